// @vitest-environment happy-dom
// A partner's contributions and feedback in a split workspace: the partner page shows the years
// loaded and offers the older ones (components/common/EarlierYears.tsx), loading them on request.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { PartnerContributions } from '../../../components/contributions/PartnerContributions';
import { PartnerFeedback } from '../../../components/feedback/PartnerFeedback';
import { addContribution } from '../../../lib/model/contribution';
import { dayNumber } from '../../../lib/model/days';
import { addFeedback } from '../../../lib/model/feedback';
import { addPartner } from '../../../lib/model/partner';
import { earlierYears } from '../../../lib/state/earlier-years';
import { feedbackActions } from '../../../lib/state/feedback-actions';
import { FeedbackView } from '../../../lib/state/feedback-view';
import { valueActions } from '../../../lib/state/value-actions';
import { ValueView } from '../../../lib/state/value-view';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from '../log/year-storage';

afterEach(() => cleanup());

const TODAY = '2026-11-20';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);

/** A split workspace: a grant in 2024–25, a pulse in 2025–26 (last July), this year loaded only. */
async function workspace() {
  const writer = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
  const partnerId = addPartner(writer.main, { name: 'Riverside Library' });
  addContribution(writer, {
    partnerId,
    direction: 'from-partner',
    kind: 'grant',
    amount: 300,
    currency: 'USD',
    date: '2024-10-05',
  });
  addFeedback(writer, { partnerId, date: '2026-07-10', score: 2, channel: 'survey' }, NOW);
  const disk = storage();
  for (const day of ['2024-10-05', '2026-07-10'])
    disk.keep(Number(day.slice(0, 4)) - (day < `${day.slice(0, 4)}-09-01` ? 1 : 0), (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.docFor(day))),
    );
  const history = new YearHistory(writer.main, disk.open, () => TODAY);
  await history.load(history.currentYear);
  const session = { doc: history.main, act: <T,>(action: () => T) => action(), undo: () => {} };
  return { history, partnerId, session };
}

describe('a partner’s older school years', () => {
  test('contributions: the totals say they count the years loaded, and the button loads 2024–25', async () => {
    const { history, partnerId, session } = await workspace();
    const view = new ValueView(history.main, history);
    const actions = valueActions(session, history, 'Ana');
    const ui = () => (
      <PartnerContributions
        partnerId={partnerId}
        partnerName="Riverside Library"
        contributions={view.contributionsOf(partnerId)}
        totals={view.givenAndReceivedOf(partnerId)}
        goals={[]}
        today={TODAY}
        actions={actions}
        notify={vi.fn()}
        earlier={earlierYears(history)}
      />
    );
    const api = render(ui());
    expect(screen.queryByText('$300.00')).toBeNull();
    expect(screen.getByText('No contributions in the school years loaded.')).toBeTruthy();
    expect(screen.getByText(/earlier school years are not loaded yet/).textContent).toContain(
      'the totals above count the years loaded',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show contributions from 2025–26' }));
    await waitFor(() => expect(history.isLoaded(2025)).toBe(true));
    api.rerender(ui());
    fireEvent.click(screen.getByRole('button', { name: 'Show contributions from 2024–25' }));
    await waitFor(() => expect(history.isLoaded(2024)).toBe(true));
    await waitFor(() => {
      api.rerender(ui());
      expect(screen.getAllByText(/\$300\.00/).length).toBeGreaterThan(0);
    });
    expect(screen.queryByRole('button', { name: /Show contributions from/ })).toBeNull();
    view.dispose();
  });

  test('feedback: a pulse of last school year counts in the trend before its year loads, and shows once loaded', async () => {
    const { history, partnerId, session } = await workspace();
    const view = new FeedbackView(history);
    const actions = feedbackActions(session, history, 'Ana');
    const ui = () => (
      <PartnerFeedback
        partnerId={partnerId}
        partnerName="Riverside Library"
        pulses={view.pulsesOf(partnerId)}
        trend={view.trendOf(partnerId, dayNumber(TODAY)!)}
        meetings={[]}
        today={TODAY}
        actions={actions}
        notify={vi.fn()}
        earlier={earlierYears(history)}
      />
    );
    const api = render(ui());
    expect(view.trendOf(partnerId, dayNumber(TODAY)!).previous.count).toBe(1);
    expect(view.pulsesOf(partnerId)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Show feedback from 2025–26' }));
    await waitFor(() => expect(history.isLoaded(2025)).toBe(true));
    await waitFor(() => {
      api.rerender(ui());
      expect(view.pulsesOf(partnerId).map((p) => p.score)).toEqual([2]);
    });
    expect(view.trendOf(partnerId, dayNumber(TODAY)!).previous.count).toBe(1);
    view.dispose();
  });
});
