// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Field } from '../../../components/common/Field';
import { setLocale } from '../../../lib/i18n';
import { PersonForm } from '../../../components/partners/PersonForm';
import { FollowupForm } from '../../../components/log/FollowupForm';
import { PartnerForm } from '../../../components/partners/PartnerForm';
import { EMPTY_PARTNER_FORM } from '../../../components/partners/partner-form-values';
import { EMPTY_GOAL_FORM, GoalForm } from '../../../components/goals/GoalForm';
import { SyncSettingsView } from '../../../components/settings/SyncSettingsView';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const typeInto = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });

/** The text of the elements an input's aria-describedby points at. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

/** The field wrapper an input sits in: an error belongs under its own field. */
const fieldOf = (input: HTMLElement) => input.closest('.field') as HTMLElement;

describe('the person form', () => {
  test('refuses denise@eastside with the error under the email field only', () => {
    const onSave = vi.fn();
    render(<PersonForm onSave={onSave} onCancel={() => {}} />);
    typeInto(screen.getByRole('textbox', { name: 'Person’s name' }), 'Denise Ruiz');
    const email = screen.getByRole('textbox', { name: 'Person’s email' });
    typeInto(email, 'denise@eastside');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(description(email)).toBe('“denise@eastside” is not an email address.');
    expect(fieldOf(email).querySelector('.error')?.textContent).toBe(
      '“denise@eastside” is not an email address.',
    );
    const name = screen.getByRole('textbox', { name: 'Person’s name' });
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(fieldOf(name).querySelector('.error')).toBeNull();
  });

  test('saves a valid person with an international phone', () => {
    const onSave = vi.fn();
    render(<PersonForm onSave={onSave} onCancel={() => {}} />);
    typeInto(screen.getByRole('textbox', { name: 'Person’s name' }), ' Denise Ruiz ');
    typeInto(screen.getByRole('textbox', { name: 'Person’s email' }), 'Denise@Eastside.org');
    typeInto(screen.getByRole('textbox', { name: 'Person’s phone' }), '+44 20 7946 0000');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    expect(onSave).toHaveBeenCalledWith({
      name: 'Denise Ruiz',
      role: undefined,
      emails: ['denise@eastside.org'],
      phones: ['+44 20 7946 0000'],
      notes: undefined,
    });
  });

  test('the name field takes at most what the model keeps', () => {
    render(<PersonForm onSave={() => {}} onCancel={() => {}} />);
    expect(
      (screen.getByRole('textbox', { name: 'Person’s name' }) as HTMLInputElement).maxLength,
    ).toBe(300);
    expect(
      (screen.getByRole('textbox', { name: 'Role or title' }) as HTMLInputElement).maxLength,
    ).toBe(200);
  });
});

describe('the follow-up form', () => {
  test('puts Cancel before Save, like every other form', () => {
    render(<FollowupForm assignees={[]} onSave={() => {}} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: 'Add follow-up' });
    const buttons = [...form.querySelectorAll('.actions button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Cancel', 'Save follow-up']);
  });

  test('text too long gets its error under the text field, not elsewhere', () => {
    const onSave = vi.fn();
    render(<FollowupForm assignees={[]} onSave={onSave} onCancel={() => {}} />);
    const text = screen.getByRole('textbox', { name: 'Follow-up' });
    typeInto(text, 'x'.repeat(600));
    fireEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(description(text)).toContain('This is 600 characters; keep it to 500 or fewer.');
    expect(fieldOf(text).querySelector('.error')).not.toBeNull();
    expect(screen.getByLabelText('Due date').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Assignee').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('the partner form', () => {
  test('a pasted 5,000-character name that got in is refused on save, not cut to 300', () => {
    const onSave = vi.fn();
    render(
      <PartnerForm
        heading="Add partner"
        initial={EMPTY_PARTNER_FORM}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    typeInto(name, 'E'.repeat(5000));
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(name)).toContain('This is 5,000 characters; keep it to 300 or fewer.');
    expect((name as HTMLInputElement).maxLength).toBe(300);
  });
});

describe('the goal form', () => {
  const renderGoalForm = (onSave = vi.fn()) => {
    render(
      <GoalForm
        heading="New goal"
        initial={EMPTY_GOAL_FORM}
        columns={[{ id: 'col-1', name: 'Planned', order: 'a0' }]}
        partners={[]}
        ownerSuggestions={[]}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    return onSave;
  };

  test('a due date in 2020 shows a warning under the due date and still saves', () => {
    const onSave = renderGoalForm();
    typeInto(screen.getByRole('textbox', { name: 'Title' }), 'Reading buddies');
    const due = screen.getByLabelText('Due date');
    typeInto(due, '2020-06-30');
    expect(description(due)).toBe(
      'This date is in the past (Jun 30, 2020). You can still save it.',
    );
    expect(fieldOf(due).querySelector('.warning')).not.toBeNull();
    expect(due.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].metric.due).toBe('2020-06-30');
  });

  test('a future due date shows no warning', () => {
    renderGoalForm();
    const due = screen.getByLabelText('Due date');
    typeInto(due, '2999-01-01');
    expect(fieldOf(due).querySelector('.warning')).toBeNull();
  });
});

describe('the sync settings', () => {
  test('"not a url" gets one error, styled as an error, under the signaling field', async () => {
    const onSave = vi.fn(async () => null);
    render(
      <SyncSettingsView
        values={{ signaling: 'ws://127.0.0.1:4444', ice: '', paused: false }}
        onSave={onSave}
        onPause={() => {}}
      />,
    );
    const signaling = screen.getByRole('textbox', { name: 'Signaling servers' });
    const ice = screen.getByRole('textbox', { name: 'STUN/TURN servers' });
    typeInto(signaling, 'not a url');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(signaling.getAttribute('aria-invalid')).toBe('true');
    const errors = fieldOf(signaling).querySelectorAll('.error');
    expect([...errors].map((e) => e.textContent)).toEqual([
      'Not a ws:// or wss:// address: “not a url”',
    ]);
    expect(description(signaling)).toContain('Not a ws:// or wss:// address: “not a url”');
    expect(ice.getAttribute('aria-invalid')).toBeNull();
    expect(fieldOf(ice).querySelector('.error')).toBeNull();
  });

  test('stored settings that arrive after the person started typing do not replace what they typed', () => {
    const props = { onSave: vi.fn(async () => null), onPause: () => {} };
    const { rerender } = render(
      <SyncSettingsView values={{ signaling: '', ice: '', paused: false }} {...props} />,
    );
    const signaling = screen.getByRole('textbox', { name: 'Signaling servers' });
    typeInto(signaling, 'not a url');
    rerender(
      <SyncSettingsView
        values={{ signaling: 'ws://127.0.0.1:4444', ice: '', paused: false }}
        {...props}
      />,
    );
    expect((signaling as HTMLTextAreaElement).value).toBe('not a url');
  });

  test('stored settings that arrive before any typing fill the fields', () => {
    const props = { onSave: vi.fn(async () => null), onPause: () => {} };
    const { rerender } = render(
      <SyncSettingsView values={{ signaling: '', ice: '', paused: false }} {...props} />,
    );
    rerender(
      <SyncSettingsView
        values={{ signaling: 'ws://127.0.0.1:4444', ice: '', paused: false }}
        {...props}
      />,
    );
    const signaling = screen.getByRole('textbox', { name: 'Signaling servers' });
    expect((signaling as HTMLTextAreaElement).value).toBe('ws://127.0.0.1:4444');
  });

  test('a bad STUN server is reported under its own field, and valid lists are saved parsed', async () => {
    const onSave = vi.fn(async () => null);
    render(
      <SyncSettingsView
        values={{ signaling: 'ws://127.0.0.1:4444', ice: '', paused: false }}
        onSave={onSave}
        onPause={() => {}}
      />,
    );
    const ice = screen.getByRole('textbox', { name: 'STUN/TURN servers' });
    typeInto(ice, 'stun.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    expect(fieldOf(ice).querySelector('.error')?.textContent).toBe(
      'Not a stun: or turn: server: “stun.example.org”',
    );
    typeInto(ice, 'stun:stun.example.org:3478');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await vi.waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        signalingServers: ['ws://127.0.0.1:4444'],
        iceServers: [{ urls: 'stun:stun.example.org:3478' }],
      }),
    );
    expect(ice.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('a capped field', () => {
  function renderField(value: string, max = 300) {
    const onInput = vi.fn();
    render(<Field id="f" label="Name" value={value} onInput={onInput} maxLength={max} />);
    return { onInput };
  }

  test('shows no counter well below the cap', () => {
    renderField('a'.repeat(100));
    expect(screen.queryByText('100 / 300')).toBeNull();
  });

  test('shows a polite counter from 80% of the cap, described by the input', () => {
    renderField('a'.repeat(280));
    const counter = screen.getByText('280 / 300');
    expect(counter.getAttribute('aria-live')).toBe('polite');
    expect(description(screen.getByRole('textbox', { name: 'Name' }))).toContain('280 / 300');
  });

  test('refuses a paste past the cap with an error instead of cutting it', () => {
    const { onInput } = renderField('Eastside ');
    const input = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    input.setSelectionRange(input.value.length, input.value.length);
    const pasted = 'x'.repeat(5000);
    const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
      clipboardData: { getData: () => string };
    };
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => pasted } });
    fireEvent(input, event);
    expect(event.defaultPrevented).toBe(true);
    expect(onInput).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toBe(
      'Not pasted: that text is 5,009 characters and this field takes 300.',
    );
  });

  test('lets a paste that fits through', () => {
    renderField('Eastside ');
    const input = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'Library' } });
    fireEvent(input, event);
    expect(event.defaultPrevented).toBe(false);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  test('speaks the interface language: counter and refusal in Spanish', () => {
    setLocale('es');
    renderField('a'.repeat(290));
    expect(screen.getByText('290 / 300')).toBeTruthy();
    const input = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    input.setSelectionRange(input.value.length, input.value.length);
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'x'.repeat(20) } });
    fireEvent(input, event);
    expect(description(input)).toContain(
      'No se pegó: ese texto tiene 310 caracteres y este campo admite 300.',
    );
  });

  test('a warning is described but does not mark the field invalid', () => {
    render(
      <Field id="d" label="Due" type="date" value="2020-01-01" onInput={() => {}} warning="Past" />,
    );
    const input = screen.getByLabelText('Due');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(description(input)).toBe('Past');
  });
});
