// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi, type Mock } from 'vitest';
import { LogView } from '../../../components/log/LogView';
import { PartnerLog } from '../../../components/log/PartnerLog';
import type { LogActions, LogData } from '../../../components/log/types';
import { dayNumber } from '../../../lib/model/days';
import type { Followup } from '../../../lib/model/followup';
import type { LogEntry } from '../../../lib/model/log-entry';
import { DEFAULT_CADENCE_DAYS, type Partner } from '../../../lib/model/partner';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);

afterEach(() => cleanup());

const TODAY = dayNumber('2026-11-23')!;

function entry(overrides: Partial<LogEntry> & { id: string; title: string }): LogEntry {
  return {
    kind: 'call',
    date: '2026-11-20T10:00',
    decisions: [],
    partnerIds: [],
    personIds: [],
    goalIds: [],
    agenda: [],
    createdAt: 0,
    ...overrides,
  };
}

function followup(overrides: Partial<Followup> & { id: string; text: string }): Followup {
  return { done: false, createdAt: 0, ...overrides } as Followup;
}

const LIBRARY: Partner = {
  id: 'library',
  name: 'Riverside Library',
  kind: 'library',
  emails: [],
  phones: [],
  socials: [],
  tags: [],
  cadenceDays: DEFAULT_CADENCE_DAYS,
  createdAt: 0,
  archived: false,
};

const CALL = entry({ id: 'call', title: 'Called about summer reading', partnerIds: ['library'] });
const MEETING = entry({
  id: 'meeting',
  kind: 'meeting',
  title: 'Planning meeting',
  date: '2026-11-10',
  notes: 'Rooms booked.',
  partnerIds: ['library'],
});
const OVERDUE = followup({ id: 'fu-late', text: 'Send the MOU', due: '2026-11-20' });
const MINE = followup({ id: 'fu-mine', text: 'Book the bus', assigneeName: 'Sam' });

/** A log held in arrays; entries created through actions.add appear as `new-id`. */
function fakeData(overrides: Partial<LogData> = {}): LogData {
  const entries = new Map([CALL, MEETING].map((e) => [e.id, e]));
  entries.set('new-id', entry({ id: 'new-id', title: 'Just logged' }));
  const open = [OVERDUE, MINE];
  const daysOverdue = (f: Followup) =>
    f.due && !f.done ? Math.max(0, TODAY - dayNumber(f.due)!) : 0;
  return {
    ready: true,
    today: TODAY,
    me: 'Sam',
    size: 2,
    revision: 0,
    timeline: (query) =>
      [CALL, MEETING].filter(
        (e) => !query.query || e.title.toLowerCase().includes(query.query.toLowerCase()),
      ),
    timelineOf: (id) => [CALL, MEETING].filter((e) => e.partnerIds.includes(id)),
    entry: (id) => entries.get(id),
    partnerName: (id) => (id === LIBRARY.id ? LIBRARY.name : undefined),
    partnerIdByName: (name) =>
      name.toLowerCase() === 'riverside library' ? LIBRARY.id : undefined,
    searchPartners: (query) =>
      LIBRARY.name.toLowerCase().includes(query.toLowerCase())
        ? [{ id: LIBRARY.id, name: LIBRARY.name }]
        : [],
    peopleOf: (ids) => (ids.includes(LIBRARY.id) ? [{ id: 'ada', name: 'Ada Lovelace' }] : []),
    personName: (id) => (id === 'ada' ? 'Ada Lovelace' : undefined),
    goals: [{ id: 'goal-1', title: 'Summer readers' }],
    goalTitles: (ids) => (ids.includes('goal-1') ? ['Summer readers'] : []),
    agendaGoals: () => [],
    suggest: () => [],
    assignees: [{ name: 'Sam' }],
    openFollowups: open,
    overdueFollowups: open.filter((f) => daysOverdue(f) > 0),
    doneFollowups: () => [],
    followup: (id) => open.find((f) => f.id === id),
    followupsOf: () => [],
    openFollowupsOf: () => open,
    daysOverdue,
    contactStatusOf: (partner) => ({
      partnerId: partner.id,
      name: partner.name,
      cadenceDays: 30,
      daysSince: 40,
      daysOverdue: 10,
      overdue: true,
    }),
    dueForContact: () => [
      {
        partnerId: LIBRARY.id,
        name: LIBRARY.name,
        cadenceDays: 30,
        lastContact: '2026-10-01',
        daysSince: 53,
        daysOverdue: 23,
        overdue: true,
      },
    ],
    notYetContacted: () => [],
    ...overrides,
  };
}

type MockActions = LogActions & { [K in keyof LogActions]: Mock };

function mockActions(): MockActions {
  const mocks: Record<string | symbol, Mock> = {};
  return new Proxy(mocks, {
    get: (target, key) =>
      (target[key] ??= vi.fn(key === 'prefillFromPage' ? async () => ({}) : () => 'new-id')),
  }) as unknown as MockActions;
}

function renderLog(data: LogData = fakeData()) {
  const actions = mockActions();
  const notify = vi.fn();
  render(<LogView data={data} actions={actions} notify={notify} />);
  return { actions, notify };
}

const typeInto = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const openEntry = (title: string) =>
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${title}`) }));

describe('the contact log timeline', () => {
  test('has the stable accessible names and lists the entries', () => {
    renderLog();
    expect(button('Log contact')).toBeTruthy();
    expect(button('Add follow-up')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Timeline', selected: true })).toBeTruthy();
    expect(screen.getByText('2 entries')).toBeTruthy();
    expect(screen.getByText('Called about summer reading')).toBeTruthy();
    expect(screen.getByText('Planning meeting')).toBeTruthy();
  });

  test('an empty log says how to start', () => {
    renderLog(fakeData({ size: 0, timeline: () => [] }));
    expect(screen.getByText('No contacts logged yet.')).toBeTruthy();
  });
});

describe('logging a contact', () => {
  test('the form has the stable field names', () => {
    renderLog();
    fireEvent.click(button('Log contact'));
    for (const name of ['Title', 'Notes'])
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    expect(screen.getByLabelText('Date')).toBeTruthy();
    expect(button('Save entry')).toBeTruthy();
  });

  test('a missing title is refused with a message on the field, and nothing is saved', () => {
    const { actions } = renderLog();
    fireEvent.click(button('Log contact'));
    fireEvent.click(button('Save entry'));
    expect(screen.getByText('Give the entry a title.')).toBeTruthy();
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('an impossible date is refused', () => {
    const { actions } = renderLog();
    fireEvent.click(button('Log contact'));
    typeInto(screen.getByRole('textbox', { name: 'Title' }), 'Call');
    typeInto(screen.getByLabelText('Date'), '2026-02-30T10:00');
    fireEvent.click(button('Save entry'));
    expect(screen.getByText('Enter a date and time.')).toBeTruthy();
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('a valid entry is saved with its partner, announced with Undo, and opened', () => {
    const { actions, notify } = renderLog();
    fireEvent.click(button('Log contact'));
    fireEvent.click(screen.getByRole('radio', { name: 'Call' }));
    typeInto(screen.getByRole('textbox', { name: 'Title' }), '  Called Ada ');
    typeInto(screen.getByLabelText('Date'), '2026-11-22T09:30');
    typeInto(screen.getByRole('searchbox', { name: 'Find a partner to add' }), 'river');
    fireEvent.click(button('Add Riverside Library'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ada Lovelace' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Summer readers' }));
    typeInto(screen.getByRole('textbox', { name: 'Notes' }), 'Agreed dates.');
    fireEvent.click(button('Save entry'));
    expect(actions.add).toHaveBeenCalledTimes(1);
    expect(actions.add.mock.calls[0]![0]).toMatchObject({
      kind: 'call',
      title: 'Called Ada',
      date: '2026-11-22T09:30',
      notes: 'Agreed dates.',
      partnerIds: ['library'],
      personIds: ['ada'],
      goalIds: ['goal-1'],
      meeting: undefined,
      agenda: [],
    });
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Logged Called Ada.', actionLabel: 'Undo' }),
    );
    expect(screen.getByRole('heading', { name: 'Just logged' })).toBeTruthy();
  });

  test('a meeting saves its agenda items, and an agenda item is removable', () => {
    const { actions } = renderLog();
    fireEvent.click(button('Log contact'));
    typeInto(screen.getByRole('textbox', { name: 'Title' }), 'Planning');
    fireEvent.click(button('Add agenda item'));
    fireEvent.click(button('Add agenda item'));
    typeInto(screen.getByRole('textbox', { name: 'Agenda item 1' }), 'Dates');
    typeInto(screen.getByRole('textbox', { name: 'Agenda item 2' }), 'Budget');
    fireEvent.click(button('Remove agenda item 1'));
    fireEvent.click(button('Save entry'));
    expect(actions.add.mock.calls[0]![0].agenda).toEqual([
      { text: 'Budget', notes: '', decisions: [], source: undefined },
    ]);
  });
});

describe('the partner finder', () => {
  const PARK = { id: 'park', name: 'Riverside Park' };
  const twoPartners = () =>
    fakeData({
      searchPartners: (query) =>
        [{ id: LIBRARY.id, name: LIBRARY.name }, PARK].filter((p) =>
          p.name.toLowerCase().includes(query.toLowerCase()),
        ),
      partnerName: (id) =>
        id === LIBRARY.id ? LIBRARY.name : id === PARK.id ? PARK.name : undefined,
    });
  const finder = () => screen.getByRole('searchbox', { name: 'Find a partner to add' });
  const chosen = () =>
    within(screen.getByRole('list', { name: 'Chosen partners' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace('×', '').trim());
  /** Presses a key in the finder; true when the browser's default (e.g. submitting) still runs. */
  const press = (key: string) => fireEvent.keyDown(finder(), { key });

  test('Enter adds the first match and does not submit the form', () => {
    const { actions } = renderLog(twoPartners());
    fireEvent.click(button('Log contact'));
    typeInto(screen.getByRole('textbox', { name: 'Title' }), 'Call');
    typeInto(finder(), 'river');
    expect(press('Enter')).toBe(false);
    expect(chosen()).toEqual([LIBRARY.name]);
    expect((finder() as HTMLInputElement).value).toBe('');
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('arrow keys move the highlight, and Enter adds the highlighted partner', () => {
    const { actions } = renderLog(twoPartners());
    fireEvent.click(button('Log contact'));
    typeInto(finder(), 'river');
    expect(button('Add Riverside Library').classList.contains('highlighted')).toBe(true);
    press('ArrowDown');
    expect(button('Add Riverside Park').classList.contains('highlighted')).toBe(true);
    press('Enter');
    expect(chosen()).toEqual([PARK.name]);
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('Enter with no match adds nothing, saves nothing and keeps focus in the finder', () => {
    const { actions } = renderLog(twoPartners());
    fireEvent.click(button('Log contact'));
    typeInto(screen.getByRole('textbox', { name: 'Title' }), 'Call');
    finder().focus();
    typeInto(finder(), 'zzz');
    expect(press('Enter')).toBe(false);
    expect(screen.queryByRole('list', { name: 'Chosen partners' })).toBeNull();
    expect(document.activeElement).toBe(finder());
    expect(actions.add).not.toHaveBeenCalled();
  });
});

describe('an entry', () => {
  test('edit opens the form with its values and saves the change', () => {
    const { actions, notify } = renderLog();
    openEntry('Called about summer reading');
    fireEvent.click(button('Edit entry'));
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe('Called about summer reading');
    expect(screen.getByRole('list', { name: 'Chosen partners' }).textContent).toContain(
      'Riverside Library',
    );
    typeInto(title, 'Called about the summer programme');
    fireEvent.click(button('Save entry'));
    expect(actions.update).toHaveBeenCalledWith(
      'call',
      expect.objectContaining({ title: 'Called about the summer programme', kind: 'call' }),
    );
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Saved Called about the summer programme.' }),
    );
  });

  test('delete asks first; Cancel keeps the entry', () => {
    const { actions } = renderLog();
    openEntry('Planning meeting');
    fireEvent.click(button('Delete entry'));
    const dialog = screen.getByRole('dialog', { name: 'Delete Planning meeting?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(actions.remove).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Planning meeting' })).toBeTruthy();
  });

  test('delete, once confirmed, removes the entry and offers Undo', () => {
    const { actions, notify } = renderLog();
    openEntry('Planning meeting');
    fireEvent.click(button('Delete entry'));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(actions.remove).toHaveBeenCalledWith('meeting');
    expect(button('Log contact')).toBeTruthy();
    const toast = notify.mock.calls.at(-1)![0];
    expect(toast).toMatchObject({ text: 'Deleted Planning meeting.', actionLabel: 'Undo' });
    toast.onAction();
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  test('a deleted entry says who deleted it and can be restored', () => {
    const deleted = entry({ id: 'gone', title: 'Old call', deletedAt: 1, deletedBy: 'Kim' });
    const data = fakeData({
      timeline: () => [deleted],
      entry: (id) => (id === 'gone' ? deleted : undefined),
    });
    const { actions } = renderLog(data);
    openEntry('Old call');
    expect(screen.getByText(/Kim/)).toBeTruthy();
    fireEvent.click(button(/Restore/));
    expect(actions.restore).toHaveBeenCalledWith('gone');
  });
});

describe('the meeting loop', () => {
  const REVIEW = entry({
    id: 'review',
    kind: 'meeting',
    title: 'Termly review',
    date: '2026-11-10T10:00',
    agenda: [
      {
        id: 'item-goal',
        text: 'Progress on Summer readers',
        decisions: [],
        source: { kind: 'goal', id: 'goal-1' },
      },
      { id: 'item-rooms', text: 'Room bookings', decisions: [] },
    ],
  });
  const recorded = {
    id: 'c1',
    goalId: 'goal-1',
    date: '2026-11-10',
    value: 12,
    note: 'Two classes left',
    createdAt: 0,
    logEntryId: 'review',
    agendaItemId: 'item-goal',
  };
  const withReview = (checkins: (typeof recorded)[]) =>
    fakeData({
      timeline: () => [REVIEW],
      entry: (id) => (id === 'review' ? REVIEW : undefined),
      agendaGoals: () => [
        {
          agendaItemId: 'item-goal',
          goalId: 'goal-1',
          title: 'Summer readers',
          unit: 'books',
          checkins,
        },
      ],
    });

  test('an agenda item linked to a goal records a check-in on the meeting day, with Undo', () => {
    const { actions, notify } = renderLog(withReview([]));
    openEntry('Termly review');
    // Only the item from a goal offers it.
    expect(screen.getAllByRole('button', { name: /^Record check-in for / })).toHaveLength(1);
    fireEvent.click(button('Record check-in for Summer readers'));
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-10');
    typeInto(screen.getByRole('textbox', { name: 'Value' }), '12');
    typeInto(screen.getByRole('textbox', { name: 'Note' }), 'Two classes left');
    fireEvent.click(button('Save check-in'));
    expect(actions.recordCheckin).toHaveBeenCalledWith({
      goalId: 'goal-1',
      logEntryId: 'review',
      agendaItemId: 'item-goal',
      date: '2026-11-10',
      value: 12,
      note: 'Two classes left',
    });
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Check-in saved on “Summer readers”', actionLabel: 'Undo' }),
    );
  });

  test('the check-ins recorded from an item are listed under it', () => {
    renderLog(withReview([recorded]));
    openEntry('Termly review');
    const list = screen.getByRole('list', { name: 'Check-ins on Summer readers' });
    expect(list.textContent).toBe('Summer readers: 12 books — Two classes left');
  });
});

describe('follow-ups', () => {
  test('Add follow-up opens the follow-ups tab with the form, and saves text and due date', () => {
    const { actions, notify } = renderLog();
    fireEvent.click(button('Add follow-up'));
    expect(screen.getByRole('tab', { name: /Follow-ups/, selected: true })).toBeTruthy();
    typeInto(screen.getByRole('textbox', { name: 'Follow-up' }), 'Send the photos');
    typeInto(screen.getByLabelText('Due date'), '2026-12-01');
    fireEvent.click(button('Save follow-up'));
    expect(actions.addFollowup).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Send the photos', due: '2026-12-01' }),
    );
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ text: 'Follow-up added.' }));
    expect(screen.queryByRole('textbox', { name: 'Follow-up' })).toBeNull();
  });

  test('Mark done marks the follow-up done, with Undo', () => {
    const { actions, notify } = renderLog();
    fireEvent.click(screen.getByRole('tab', { name: /Follow-ups/ }));
    const row = screen.getByRole('listitem', { name: /Send the MOU/ });
    fireEvent.click(within(row).getByRole('button', { name: 'Mark done' }));
    expect(actions.setFollowupDone).toHaveBeenCalledWith('fu-late', true);
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Done: “Send the MOU”.', actionLabel: 'Undo' }),
    );
  });

  test('the tabs filter: My follow-ups and Overdue', () => {
    renderLog();
    fireEvent.click(screen.getByRole('tab', { name: /Follow-ups/ }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toHaveLength(2);
    fireEvent.click(screen.getByRole('radio', { name: 'My follow-ups' }));
    expect(screen.getByRole('listitem', { name: /Book the bus/ })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: /Send the MOU/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Overdue/ }));
    expect(screen.getByRole('listitem', { name: /Send the MOU/ })).toBeTruthy();
    expect(screen.getByText('Overdue by 3 days')).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: /Book the bus/ })).toBeNull();
  });

  test('the Follow-ups tab shows how many are overdue', () => {
    renderLog();
    expect(
      screen
        .getByRole('tab', { name: /Follow-ups/ })
        .querySelector('.count-badge')
        ?.getAttribute('aria-label'),
    ).toBe('1 overdue');
  });
});

describe('tabs', () => {
  test('arrow keys move between tabs', () => {
    renderLog();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Timeline' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Follow-ups/, selected: true })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: /Follow-ups/ }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Due for contact', selected: true })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Due for contact' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Timeline', selected: true })).toBeTruthy();
  });

  test('Due for contact names the partners never contacted, with when they fall due', () => {
    renderLog(
      fakeData({
        notYetContacted: () => [
          {
            partnerId: 'bakery',
            name: 'Hillside Bakery',
            cadenceDays: 30,
            daysSince: 4,
            daysOverdue: -26,
            overdue: false,
          },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Due for contact' }));
    const list = screen.getByRole('list', { name: 'Not contacted yet' });
    expect(list.textContent).toContain('Hillside Bakery');
    expect(list.textContent).toContain('due in 26 days · never contacted · every 30 days');
    expect(screen.getByText(/Never contacted: 1 partner/)).toBeTruthy();
  });

  test('Due for contact lists overdue partners and opens their timeline', () => {
    renderLog();
    fireEvent.click(screen.getByRole('tab', { name: 'Due for contact' }));
    expect(screen.getByText('1 partner is due for contact')).toBeTruthy();
    expect(screen.getByText(/Riverside Library/)).toBeTruthy();
  });

  test('a reminder opens the follow-ups tab with its follow-up pinned', () => {
    const actions = mockActions();
    const onRequestHandled = vi.fn();
    render(
      <LogView
        data={fakeData()}
        actions={actions}
        notify={vi.fn()}
        requestedFollowup="fu-late"
        onRequestHandled={onRequestHandled}
      />,
    );
    expect(onRequestHandled).toHaveBeenCalled();
    const pinned = screen.getByRole('region', { name: 'Reminder' });
    expect(within(pinned).getByText('Send the MOU')).toBeTruthy();
  });
});

describe('the partner page log', () => {
  function renderPartnerLog() {
    const actions = mockActions();
    const notify = vi.fn();
    render(<PartnerLog partner={LIBRARY} data={fakeData()} actions={actions} notify={notify} />);
    return { actions, notify };
  }

  test('shows the contact status, the open follow-ups and the timeline', () => {
    renderPartnerLog();
    expect(screen.getByRole('heading', { name: 'Contact log (2)' })).toBeTruthy();
    expect(screen.getByText(/Overdue for contact by 10 days/)).toBeTruthy();
    expect(
      screen.getByRole('list', { name: 'Open follow-ups with Riverside Library' }),
    ).toBeTruthy();
  });

  test('with earlier school years not loaded, an empty timeline says so and offers the next year', () => {
    const load = vi.fn(() => Promise.resolve());
    render(
      <PartnerLog
        partner={LIBRARY}
        data={fakeData({
          timelineOf: () => [],
          earlier: { next: '2024–25', count: 2, loading: false, load },
        })}
        actions={mockActions()}
        notify={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        'No meetings, calls or emails with Riverside Library in the school years loaded.',
      ),
    ).toBeTruthy();
    fireEvent.click(button('Show entries from 2024–25'));
    expect(load).toHaveBeenCalledOnce();
  });

  test('Log a call opens the form as a call with the partner chosen', () => {
    renderPartnerLog();
    fireEvent.click(button('Log a call'));
    expect((screen.getByRole('radio', { name: 'Call' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('list', { name: 'Chosen partners' }).textContent).toContain(
      'Riverside Library',
    );
  });

  test('a follow-up added here is linked to the partner', () => {
    const { actions } = renderPartnerLog();
    fireEvent.click(button('Add follow-up'));
    typeInto(screen.getByRole('textbox', { name: 'Follow-up' }), 'Call back');
    fireEvent.click(button('Save follow-up'));
    expect(actions.addFollowup).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Call back', partnerId: 'library' }),
    );
  });
});
