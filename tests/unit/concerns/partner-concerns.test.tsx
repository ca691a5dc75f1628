// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { healthLine } from '../../../components/concerns/health-text';
import { HealthLine } from '../../../components/concerns/HealthLine';
import { PartnerConcerns } from '../../../components/concerns/PartnerConcerns';
import { PartnerFeedback } from '../../../components/feedback/PartnerFeedback';
import { setLocale } from '../../../lib/i18n';
import { dayNumber } from '../../../lib/model/days';
import { addPartner } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { concernActions } from '../../../lib/state/concern-actions';
import { ConcernsView } from '../../../lib/state/concerns-view';
import { feedbackActions } from '../../../lib/state/feedback-actions';
import { FeedbackView } from '../../../lib/state/feedback-view';
import { singleDocHistory } from '../../../lib/model/history-docs';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const TODAY = '2026-11-27';

function workspace() {
  const doc = new Y.Doc();
  const undoManager = createUndoManager(doc);
  const session = {
    doc,
    act: <T,>(action: () => T) => {
      undoManager.stopCapturing();
      return action();
    },
    undo: () => undoManager.undo(),
  };
  const partnerId = addPartner(doc, { name: 'Riverside Library' });
  return { doc, session, partnerId };
}

/** Renders the concerns section from the real view model, re-rendering on every change. */
function concernsScreen() {
  const { doc, session, partnerId } = workspace();
  const view = new ConcernsView(doc);
  const actions = concernActions(session, 'Ana');
  const notify = vi.fn();
  const ui = () => (
    <PartnerConcerns
      partnerId={partnerId}
      partnerName="Riverside Library"
      concerns={view.concernsOf(partnerId)}
      lessonOf={(id) => view.lesson(id)}
      today={TODAY}
      me="Ana"
      actions={actions}
      notify={notify}
    />
  );
  const screenApi = render(ui());
  view.concerns.changes.subscribe(() => screenApi.rerender(ui()));
  view.lessons.changes.subscribe(() => screenApi.rerender(ui()));
  return { view, partnerId, notify };
}

describe('concerns on the partner page', () => {
  test('raising a concern says plainly who can read it, and lists it as open', () => {
    const { view, partnerId } = concernsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Raise concern' }));
    expect(screen.getByText(/Visible to the whole workspace/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save concern' }));
    expect(screen.getByText('Say what the concern is.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Concern'), { target: { value: 'Late volunteers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save concern' }));
    const item = screen.getByRole('listitem', { name: /^Late volunteers/ });
    expect(within(item).getByText(/Status: Raised/)).toBeTruthy();
    expect(screen.getByText('1 open concern')).toBeTruthy();
    expect(view.concernsOf(partnerId)[0]).toMatchObject({ raisedBy: 'Ana', date: TODAY });
  });

  test('Raised → In dialogue → Resolved asks for the post-analysis and shows the lesson with a link back', () => {
    const { view, partnerId } = concernsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Raise concern' }));
    fireEvent.input(screen.getByLabelText('Concern'), { target: { value: 'Late volunteers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save concern' }));

    fireEvent.click(screen.getByRole('button', { name: 'In dialogue' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Talked it through' } });
    fireEvent.input(screen.getByLabelText(/Who took part/), { target: { value: 'Ana, Bo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(screen.getByText(/Status: In dialogue/)).toBeTruthy();
    expect(screen.getByText(/With Ana and Bo/)).toBeTruthy();
    // Focus comes back to the concern, not to the page.
    expect(document.activeElement?.textContent).toBe('Late volunteers');

    fireEvent.click(screen.getByRole('button', { name: 'Resolved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(screen.getByText('Say what caused it.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Root cause'), {
      target: { value: 'Bus timetable changed' },
    });
    fireEvent.input(screen.getByLabelText('What we change'), {
      target: { value: 'Start at 9:30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));

    expect(view.concernsOf(partnerId)[0]?.status).toBe('resolved');
    const lessons = screen.getByRole('heading', {
      name: 'Lessons learned from concerns',
    }).parentElement!;
    expect(within(lessons).getByRole('listitem', { name: /^Start at 9:30/ })).toBeTruthy();
    const link = within(lessons).getByRole('link', { name: 'From the concern: Late volunteers' });
    const concernId = view.concernsOf(partnerId)[0]!.id;
    expect(link.getAttribute('href')).toBe(`#concern-${concernId}`);
    expect(document.getElementById(`concern-${concernId}`)).toBeTruthy();
  });

  test('going back from Mediated to In dialogue needs a note', () => {
    const { view, partnerId } = concernsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Raise concern' }));
    fireEvent.input(screen.getByLabelText('Concern'), { target: { value: 'Noise' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save concern' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mediated' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    fireEvent.click(screen.getByRole('button', { name: 'In dialogue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(screen.getAllByText('Going back needs a note saying why.').length).toBeGreaterThan(0);
    expect(view.concernsOf(partnerId)[0]?.status).toBe('mediated');
  });

  test('in Spanish the section, the statuses and the form speak Spanish', () => {
    setLocale('es');
    concernsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Plantear inquietud' }));
    expect(screen.getByLabelText('Inquietud')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Inquietud'), { target: { value: 'Ruido' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar inquietud' }));
    expect(screen.getByText(/Estado: Planteada/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'En diálogo' })).toBeTruthy();
  });
});

function feedbackScreen(
  copy = vi.fn((_text: string) => Promise.resolve()),
  agreement = { expectations: 'Reply within two days' },
) {
  const { doc, session, partnerId } = workspace();
  const history = singleDocHistory(doc);
  const view = new FeedbackView(history);
  const actions = feedbackActions(session, history, 'Ana');
  const notify = vi.fn();
  const today = dayNumber(TODAY)!;
  const ui = () => (
    <PartnerFeedback
      partnerId={partnerId}
      partnerName="Riverside Library"
      pulses={view.pulsesOf(partnerId)}
      trend={view.trendOf(partnerId, today)}
      meetings={[{ id: 'm1', label: 'Nov 20, 2026 · Planning' }]}
      agreement={agreement}
      today={TODAY}
      actions={actions}
      notify={notify}
      copy={copy}
    />
  );
  const api = render(ui());
  view.pulses.changes.subscribe(() => api.rerender(ui()));
  return { view, partnerId, notify, copy, actions };
}

describe('feedback on the partner page', () => {
  test('a pulse needs a score; two pulses 90+ days apart show a chart and a trend', () => {
    const { view, partnerId } = feedbackScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Record feedback' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save feedback' }));
    expect(screen.getByText('Choose a score from 1 to 5.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Score'), { target: { value: '2' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-07-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save feedback' }));
    expect(screen.getByText('Trend: not enough feedback to compare yet')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Record feedback' }));
    fireEvent.change(screen.getByLabelText('Score'), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Much better' } });
    fireEvent.change(screen.getByLabelText('Meeting'), { target: { value: 'm1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save feedback' }));

    expect(screen.getByText('Trend: getting better')).toBeTruthy();
    expect(screen.getByText('Last 90 days: average 4 (1 pulse)')).toBeTruthy();
    expect(screen.getByText('90 days before: average 2 (1 pulse)')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /2 pulses from Jul 1, 2026 to Nov 27, 2026, latest 4 of 5/ }),
    ).toBeTruthy();
    expect(view.pulsesOf(partnerId).at(-1)).toMatchObject({ logEntryId: 'm1', createdBy: 'Ana' });
    expect(screen.getByRole('listitem', { name: /^4 of 5/ })).toBeTruthy();
  });

  test('Copy survey puts a survey drawn from the agreement on the clipboard and says so', async () => {
    const { copy, notify } = feedbackScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Copy survey' }));
    await waitFor(() => expect(notify).toHaveBeenCalledWith({ text: 'Survey copied' }));
    const text = copy.mock.calls[0]![0] as string;
    expect(text).toContain('How is our partnership with Riverside Library going?');
    expect(text).toContain('2. We agreed: “Reply within two days”. How well is this happening?');
    expect(text).toMatch(/^3\. What one thing should we change or improve\?$/m);
  });

  test('the Markdown survey escapes the agreement’s words', async () => {
    const copy = vi.fn((_text: string) => Promise.resolve());
    const { notify } = feedbackScreen(copy, { expectations: 'Share *all* news_letters' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(notify).toHaveBeenCalled());
    const text = copy.mock.calls[0]![0] as string;
    expect(text.startsWith('# How is our partnership with Riverside Library going?')).toBe(true);
    expect(text).toContain('“Share \\*all\\* news\\_letters”');
  });

  test('a clipboard that refuses is reported, not thrown', async () => {
    const { notify } = feedbackScreen(
      vi.fn((_text: string) => Promise.reject(new Error('denied'))),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy survey' }));
    await waitFor(() =>
      expect(notify).toHaveBeenCalledWith({ text: 'The clipboard is not available here.' }),
    );
  });

  test('in Spanish the feedback section and the survey speak Spanish', async () => {
    setLocale('es');
    const { copy } = feedbackScreen();
    expect(screen.getByRole('button', { name: 'Registrar opinión' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copiar encuesta' }));
    await waitFor(() => expect(copy).toHaveBeenCalled());
    expect(copy.mock.calls[0]![0]).toContain('Acordamos: «Reply within two days»');
  });
});

describe('the health line in words', () => {
  test('names the level and every reason, in the interface language', () => {
    const health = {
      level: 'at-risk' as const,
      reasons: [
        { code: 'commitmentsOverdue' as const, count: 2 },
        { code: 'openConcerns' as const, count: 1 },
      ],
    };
    expect(healthLine(health)).toBe('At risk: 2 commitments overdue and 1 open concern');
    render(<HealthLine health={{ level: 'good', reasons: [{ code: 'contactOnTime' }] }} />);
    expect(screen.getByText('Healthy: in touch within the cadence')).toBeTruthy();
    setLocale('es');
    expect(healthLine(health)).toBe('En riesgo: 2 compromisos vencidos y 1 inquietud abierta');
  });
});
