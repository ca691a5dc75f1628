// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LogView, type RecordQuery } from '../../../components/log/LogView';
import { PartnerLog } from '../../../components/log/PartnerLog';
import type { LogActions, LogData } from '../../../components/log/types';
import { dayNumber } from '../../../lib/model/days';
import { setLocale } from '../../../lib/i18n';
import type { LogEntry } from '../../../lib/model/log-entry';
import { DEFAULT_CADENCE_DAYS, type Partner } from '../../../lib/model/partner';
import type { RecordEvent, RecordHit } from '../../../lib/model/timeline';

afterEach(() => {
  cleanup();
  setLocale('en');
});

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

const CALL: LogEntry = {
  id: 'call',
  kind: 'call',
  title: 'Called about summer reading',
  date: '2026-11-20T10:00',
  decisions: [],
  partnerIds: ['library'],
  personIds: [],
  goalIds: [],
  agenda: [],
  createdAt: 0,
};

/** The log part of the page: one call; everything else the page does not reach here. */
function fakeData(): LogData {
  const known: Partial<LogData> = {
    ready: true,
    today: dayNumber('2026-11-23')!,
    size: 1,
    revision: 0,
    timelineOf: () => [CALL],
    timeline: (query) =>
      !query.query || CALL.title.toLowerCase().includes(query.query.toLowerCase()) ? [CALL] : [],
    partnerIdByName: () => undefined,
    searchPartners: () => [],
    openFollowups: [],
    overdueFollowups: [],
    entry: (id) => (id === CALL.id ? CALL : undefined),
    partnerName: () => LIBRARY.name,
    openFollowupsOf: () => [],
    assignees: [],
    contactStatusOf: (partner) => ({
      partnerId: partner.id,
      name: partner.name,
      cadenceDays: 30,
      daysSince: 3,
      daysOverdue: 0,
      overdue: false,
      lastContact: '2026-11-20',
    }),
  };
  return known as LogData;
}

const EVENTS: RecordEvent[] = [
  {
    id: 'commitment:c1:0',
    recordId: 'c1',
    type: 'commitment-status',
    date: '2026-11-22T09:00',
    at: 3,
    text: 'Lend 40 books',
    status: 'delivered',
    note: 'All returned',
  },
  {
    id: 'concern:k1',
    recordId: 'k1',
    type: 'concern-raised',
    date: '2026-11-21',
    at: 2,
    text: 'Buses arrive late',
  },
  {
    id: 'feedback:f1',
    recordId: 'f1',
    type: 'feedback',
    date: '2026-11-19',
    at: 1,
    text: 'Great visit',
    score: 5,
    channel: 'survey',
  },
  {
    id: 'contribution:g1',
    recordId: 'g1',
    type: 'contribution',
    date: '2026-11-18',
    at: 1,
    text: '',
    direction: 'from-partner',
    kind: 'grant',
    amount: 500,
    currency: 'USD',
  },
  {
    id: 'story:s1',
    recordId: 's1',
    type: 'story',
    date: '2026-11-01',
    at: 0,
    text: 'Reading week',
  },
];

function renderPage(listName = 'Timeline with Riverside Library') {
  render(
    <>
      <ul>
        <li>
          <strong id="concern-k1-title">Buses arrive late</strong>
        </li>
      </ul>
      <PartnerLog
        partner={LIBRARY}
        data={fakeData()}
        actions={{} as LogActions}
        notify={vi.fn()}
        recordEvents={EVENTS}
      />
    </>,
  );
  return screen.getByRole('list', { name: listName });
}

const SPANISH_LIST = 'Cronología con Riverside Library';

const rowTitles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button')
    .map((row) => row.querySelector('.row-title')?.textContent);

describe('the partner timeline on the partner page', () => {
  test('merges the records into the contacts by date, each with its kind and date', () => {
    const list = renderPage();
    expect(rowTitles(list)).toEqual([
      'Delivered: Lend 40 books — All returned',
      'Raised: Buses arrive late',
      'Called about summer reading',
      'Score 5 of 5: Great visit',
      'Given by the partner: Grant, $500.00',
      'Reading week',
    ]);
    const concern = within(list).getByRole('button', { name: /Raised: Buses arrive late/ });
    expect(concern.textContent).toContain('Concern');
    expect(concern.textContent).toContain('Nov 21, 2026');
  });

  test('Show narrows the rows to contacts, accountability or value records', () => {
    const list = renderPage();
    const show = screen.getByRole('combobox', { name: 'Show' });
    fireEvent.change(show, { target: { value: 'contacts' } });
    expect(rowTitles(list)).toEqual(['Called about summer reading']);
    fireEvent.change(show, { target: { value: 'accountability' } });
    expect(rowTitles(list)).toEqual([
      'Delivered: Lend 40 books — All returned',
      'Raised: Buses arrive late',
      'Score 5 of 5: Great visit',
    ]);
    fireEvent.change(show, { target: { value: 'value' } });
    expect(rowTitles(list)).toEqual(['Given by the partner: Grant, $500.00', 'Reading week']);
  });

  test('in Spanish, the rows, kinds and the Show filter are Spanish', () => {
    setLocale('es');
    const list = renderPage(SPANISH_LIST);
    expect(screen.getByRole('combobox', { name: 'Mostrar' })).toBeTruthy();
    const concern = within(list).getByRole('button', { name: /^Planteada: Buses arrive late/ });
    expect(concern.querySelector('.row-detail')?.textContent).toMatch(/^Inquietud · /);
    expect(rowTitles(list)).toContain('Cumplido: Lend 40 books — All returned');
    expect(rowTitles(list)).toContain('Puntuación 5 de 5: Great visit');
  });

  test('a record row opens its record on the page: focused, in view', () => {
    const list = renderPage();
    fireEvent.click(within(list).getByRole('button', { name: /Raised: Buses arrive late/ }));
    const item = document.getElementById('concern-k1-title')!.closest('li')!;
    expect(document.activeElement).toBe(item);
    expect(item.classList.contains('timeline-target')).toBe(true);
  });
});

describe('the Log timeline search across kinds', () => {
  const HIT: RecordHit = { ...EVENTS[1]!, partnerId: LIBRARY.id };

  function renderLog() {
    const searchRecords = vi.fn((query: RecordQuery) =>
      'buses late'.includes(query.query.toLowerCase()) ? [HIT] : [],
    );
    const onOpenRecord = vi.fn();
    render(
      <LogView
        data={fakeData()}
        actions={{} as LogActions}
        notify={vi.fn()}
        searchRecords={searchRecords}
        recordsRevision="0"
        onOpenRecord={onOpenRecord}
      />,
    );
    const search = screen.getByRole('searchbox', { name: 'Search log' });
    return { search, searchRecords, onOpenRecord };
  }

  test('a search shows the matching records among the entries, with kind and partner', () => {
    const { search, searchRecords } = renderLog();
    expect(screen.queryByText('Raised: Buses arrive late')).toBeNull();
    fireEvent.input(search, { target: { value: 'buses' } });
    expect(searchRecords).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'buses' }));
    const row = screen.getByRole('button', { name: /Raised: Buses arrive late/ });
    expect(row.textContent).toContain('Concern');
    expect(row.textContent).toContain(LIBRARY.name);
    expect(screen.getByText(/and 1 record of another kind/)).toBeTruthy();
    expect(screen.queryByText('Called about summer reading')).toBeNull();
  });

  test('opening a found record hands it to the panel, partner and all', () => {
    const { search, onOpenRecord } = renderLog();
    fireEvent.input(search, { target: { value: 'buses' } });
    fireEvent.click(screen.getByRole('button', { name: /Raised: Buses arrive late/ }));
    expect(onOpenRecord).toHaveBeenCalledWith(HIT);
  });
});
