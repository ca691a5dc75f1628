// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DashboardView } from '../../../components/dashboard/DashboardView';
import type { DashboardFigures } from '../../../components/dashboard/types';
import { setLocale } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const FIGURES: DashboardFigures = {
  goals: {
    total: 3,
    met: 1,
    underway: 1,
    overdue: 1,
    stale: 1,
    unmeasured: 0,
    rows: [
      { id: 'g1', title: 'Reading buddies', fraction: 0.25, met: false },
      { id: 'g2', title: 'Volunteers', fraction: 1, met: true },
    ],
  },
  activity: [
    { month: '2026-10', count: 4 },
    { month: '2026-11', count: 2 },
  ],
  dueForContact: 2,
  overdueFollowups: 1,
  overdueCommitments: 0,
  contributions: {
    year: '2026–27',
    rows: [{ kind: 'grant', label: 'Grant', total: '$500.00', weight: 1 }],
  },
  inclusion: [
    { group: 'families', label: 'Families and parents', partners: 2, engaged: 1 },
    { group: 'businesses', label: 'Businesses', partners: 0, engaged: 0 },
  ],
  stories: [{ id: 's1', title: 'Book fair record', date: '2026-11-02', celebrate: true }],
};

function renderDashboard(figures = FIGURES) {
  const links = { openGoals: vi.fn(), openDueForContact: vi.fn(), openOverdueFollowups: vi.fn() };
  render(<DashboardView figures={figures} links={links} />);
  return links;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('the dashboard', () => {
  test('has the regions named in the contract, each with its figures', () => {
    renderDashboard();
    expect(region('Goal progress').textContent).toContain(
      '3 goals: 1 met, 1 under way, 1 overdue, 0 without a target.',
    );
    expect(region('Contact activity').textContent).toContain(
      '6 contacts logged in the last 12 months.',
    );
    expect(region('Contributions').textContent).toContain('$500.00');
    expect(region('Inclusion').textContent).toContain('1 of 2 groups engaged');
    expect(region('Inclusion').textContent).toContain('Not engaged: Businesses.');
    expect(region('Recent stories').textContent).toContain('Book fair record');
    expect(region('Follow up now').textContent).toContain('2 partners are due for contact');
  });

  test('every chart has its figures as a table one click away', () => {
    renderDashboard();
    const activity = region('Contact activity');
    expect(
      within(activity).getByRole('img', {
        name: 'Contacts logged per month over the last 12 months',
      }),
    ).toBeTruthy();
    fireEvent.click(within(activity).getByRole('button', { name: 'Show as table' }));
    const table = within(activity).getByRole('table', {
      name: 'Contacts logged per month over the last 12 months',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['MonthContacts', 'Oct 20264', 'Nov 20262']);
    fireEvent.click(within(activity).getByRole('button', { name: 'Show as chart' }));
    expect(within(activity).queryByRole('table')).toBeNull();

    fireEvent.click(within(region('Inclusion')).getByRole('button', { name: 'Show as table' }));
    const inclusion = within(region('Inclusion')).getByRole('table');
    expect(within(inclusion).getAllByRole('row')[1]!.textContent).toBe('Families and parents12');
  });

  test('links open what needs doing', () => {
    const links = renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'See who is due' }));
    fireEvent.click(screen.getByRole('button', { name: 'See overdue follow-ups' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the goals board' }));
    expect(links.openDueForContact).toHaveBeenCalledOnce();
    expect(links.openOverdueFollowups).toHaveBeenCalledOnce();
    expect(links.openGoals).toHaveBeenCalledOnce();
  });

  test('an empty workspace says so instead of drawing empty charts', () => {
    renderDashboard({
      ...FIGURES,
      goals: { total: 0, met: 0, underway: 0, overdue: 0, stale: 0, unmeasured: 0, rows: [] },
      dueForContact: 0,
      overdueFollowups: 0,
      stories: [],
    });
    expect(region('Goal progress').textContent).toContain('No goals yet.');
    expect(within(region('Goal progress')).queryByRole('img')).toBeNull();
    expect(region('Follow up now').textContent).toContain(
      'Every partner was contacted within their cadence.',
    );
    expect(region('Recent stories').textContent).toContain('No success stories yet.');
  });

  test('reads in Spanish', () => {
    setLocale('es');
    renderDashboard();
    expect(region('Avance de las metas')).toBeTruthy();
    expect(region('Inclusión').textContent).toContain('Sin participación: Businesses.');
  });
});
