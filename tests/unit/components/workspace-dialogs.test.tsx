// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { MovedBanner } from '../../../components/workspace/MovedBanner';
import {
  JoinWorkspaceDialog,
  LeaveWorkspaceDialog,
} from '../../../components/workspace/WorkspaceDialogs';
import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);

afterEach(() => cleanup());

function typeCode(value: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'Invite code' }), { target: { value } });
}

describe('Join', () => {
  test('comes back after joining fails with an exception, and says why', async () => {
    const onJoin = vi.fn(() => Promise.reject(new Error('URI malformed')));
    render(<JoinWorkspaceDialog onJoin={onJoin} onCancel={() => {}} />);
    typeCode('https://bridgework.example/join#%');
    const join = screen.getByRole('button', { name: 'Join' }) as HTMLButtonElement;
    fireEvent.click(join);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('URI malformed'));
    expect(join.disabled).toBe(false);
  });

  test('comes back after a refused code, with the reason', async () => {
    const onJoin = vi.fn(async () => 'This is not a Bridgework invite code.');
    render(<JoinWorkspaceDialog onJoin={onJoin} onCancel={() => {}} />);
    typeCode('%zz');
    const join = screen.getByRole('button', { name: 'Join' }) as HTMLButtonElement;
    fireEvent.click(join);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('not a Bridgework'),
    );
    expect(join.disabled).toBe(false);
  });
});

describe('Leave workspace', () => {
  test('warns about edits that reached no one, and deleting takes a second step', () => {
    const onLeave = vi.fn();
    render(<LeaveWorkspaceDialog name="Team" unsent onLeave={onLeave} onCancel={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Your latest edits have not reached anyone yet',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete from this device' }));
    expect(onLeave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete anyway' }));
    expect(onLeave).toHaveBeenCalledWith(false);
  });

  test('with unsent edits, keeping a copy is still one step (nothing is lost)', () => {
    const onLeave = vi.fn();
    render(<LeaveWorkspaceDialog name="Team" unsent onLeave={onLeave} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep a local copy' }));
    expect(onLeave).toHaveBeenCalledWith(true);
  });

  test('when everything reached a peer there is no warning and deleting is one step', () => {
    const onLeave = vi.fn();
    render(
      <LeaveWorkspaceDialog name="Team" unsent={false} onLeave={onLeave} onCancel={() => {}} />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete from this device' }));
    expect(onLeave).toHaveBeenCalledWith(false);
  });
});

describe('Rotate invite', () => {
  function view(overrides: Partial<Parameters<typeof WorkspacesView>[0]> = {}) {
    return render(
      <WorkspacesView
        workspaces={[
          { id: 'p', name: 'Mine', shared: false },
          { id: 's', name: 'Team', shared: true },
        ]}
        activeId="s"
        invite="bridgework:v1:new.invite"
        onCreate={async () => {}}
        onJoin={async () => null}
        onSwitch={() => {}}
        onLeave={() => {}}
        onCopyInvite={async () => true}
        onRotate={async () => ({ ok: true, invite: 'bridgework:v1:new.invite' })}
        hasUnsentEdits={() => false}
        {...overrides}
      />,
    );
  }

  test('says plainly what it protects and what not before doing anything', () => {
    const onRotate = vi.fn(async () => ({ ok: true as const, invite: 'x' }));
    view({ onRotate });
    fireEvent.click(screen.getByRole('button', { name: 'Rotate invite' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Anyone you do not send the new invite to is kept out');
    expect(dialog.textContent).toContain('a removed member keeps everything they already had');
    expect(dialog.textContent).toContain('Members who stay need the new invite');
    expect(dialog.textContent).toContain('Copy invite');
    expect(onRotate).not.toHaveBeenCalled();
  });

  test('rotating shows the new invite ready to copy', async () => {
    const onRotate = vi.fn(async () => ({ ok: true as const, invite: 'bridgework:v1:new.invite' }));
    view({ onRotate });
    fireEvent.click(screen.getByRole('button', { name: 'Rotate invite' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rotate now' }));
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'Invite to share' }) as HTMLTextAreaElement).value,
      ).toBe('bridgework:v1:new.invite'),
    );
    expect(onRotate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Copy invite' })).toBeTruthy();
  });

  test('a failed rotation says why and can be tried again', async () => {
    view({ onRotate: () => Promise.reject(new Error('disk full')) });
    fireEvent.click(screen.getByRole('button', { name: 'Rotate invite' }));
    const now = screen.getByRole('button', { name: 'Rotate now' }) as HTMLButtonElement;
    fireEvent.click(now);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('disk full'));
    expect(now.disabled).toBe(false);
  });

  test('is not offered for a workspace on this device only', () => {
    view({ activeId: 'p', invite: null, onRotate: undefined });
    expect(screen.queryByRole('button', { name: 'Rotate invite' })).toBeNull();
  });

  test('Leave asks whether edits are unsent when it is opened', () => {
    view({ hasUnsentEdits: () => true });
    fireEvent.click(screen.getByRole('button', { name: 'Leave workspace' }));
    expect(screen.getByRole('alert').textContent).toContain('have not reached anyone yet');
  });
});

describe('a recovered workspace', () => {
  test('says it was recovered and that a shared one is now a copy on this device', () => {
    render(
      <WorkspacesView
        workspaces={[{ id: 'r', name: 'Recovered workspace', shared: false, recovered: true }]}
        activeId="r"
        invite={null}
        onCreate={async () => {}}
        onJoin={async () => null}
        onSwitch={() => {}}
        onLeave={() => {}}
        onCopyInvite={async () => true}
        onRotate={undefined}
        hasUnsentEdits={() => false}
      />,
    );
    const item = screen.getByRole('listitem', { name: /^Recovered workspace/ });
    expect(item.textContent).toContain('it is now a copy on this device only');
    expect(item.textContent).toContain('ask a member for a new invite');
  });
});

describe('the moved banner', () => {
  test('tells whom to ask for a new invite', () => {
    render(<MovedBanner by="Ada" at={Date.UTC(2026, 0, 5)} />);
    expect(screen.getByRole('status').textContent).toContain(
      'This workspace has moved. Ask Ada for a new invite.',
    );
  });

  test('still makes sense without a name', () => {
    render(<MovedBanner by={null} at={1} />);
    expect(screen.getByRole('status').textContent).toContain('Ask the member who moved it');
  });
});
