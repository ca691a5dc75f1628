// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);
afterEach(() => cleanup());

const CODE = 'bridgework:v1:room.secret.Riverside';

function renderView(onJoin: (code: string) => Promise<string | null>, onDone = vi.fn()) {
  render(
    <WorkspacesView
      workspaces={[{ id: 'w1', name: 'My workspace', shared: false }]}
      activeId="w1"
      invite={null}
      onCreate={async () => {}}
      onJoin={onJoin}
      onSwitch={() => {}}
      onLeave={() => {}}
      onCopyInvite={async () => true}
      onRotate={undefined}
      hasUnsentEdits={() => false}
      linkedInvite={CODE}
      onLinkedInviteDone={onDone}
    />,
  );
  return onDone;
}

describe('an invite link opened in the web app', () => {
  test('opens Join with the code filled in; Join is the confirmation', async () => {
    const onJoin = vi.fn(async () => null);
    const onDone = renderView(onJoin);
    const dialog = await screen.findByRole('dialog', { name: 'Join workspace' });
    expect(dialog.textContent).toContain('came with the link you opened');
    expect(
      (screen.getByRole('textbox', { name: 'Invite code' }) as HTMLTextAreaElement).value,
    ).toBe(CODE);
    expect(onJoin).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(onJoin).toHaveBeenCalledWith(CODE));
    expect(onDone).toHaveBeenCalled();
  });

  test('Cancel joins nothing and lets the link go', async () => {
    const onJoin = vi.fn(async () => null);
    const onDone = renderView(onJoin);
    await screen.findByRole('dialog', { name: 'Join workspace' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onJoin).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalled();
  });
});

describe('the web app address', () => {
  test('says when an address is not usable, and saves one that is', async () => {
    const { WebAppAddressForm } = await import('../../../components/workspace/WebAppAddressForm');
    const onSave = vi.fn(async (text: string) => text.startsWith('https://'));
    render(<WebAppAddressForm address="" onSave={onSave} />);
    const field = screen.getByRole('textbox', { name: 'Web app address' });
    fireEvent.input(field, { target: { value: 'http://bridgework.example/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save web app address' }));
    await screen.findByText(/starts with https:\/\//);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: 'https://bridgework.example/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save web app address' }));
    await screen.findByText('Web app address saved.');
    expect(onSave).toHaveBeenLastCalledWith('https://bridgework.example/');
  });

  test('a shared workspace offers its invite as a link too, once copied', async () => {
    render(
      <WorkspacesView
        workspaces={[{ id: 'w1', name: 'Harbour Schools', shared: true }]}
        activeId="w1"
        invite={CODE}
        inviteLink={`https://bridgework.example/#join=${encodeURIComponent(CODE)}`}
        onCreate={async () => {}}
        onJoin={async () => null}
        onSwitch={() => {}}
        onLeave={() => {}}
        onCopyInvite={async () => true}
        onRotate={undefined}
        hasUnsentEdits={() => false}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy invite' }));
    const link = (await screen.findByRole('textbox', {
      name: 'Invite link',
    })) as HTMLTextAreaElement;
    expect(link.value).toBe(`https://bridgework.example/#join=${encodeURIComponent(CODE)}`);
  });
});
