// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  contributionFromForm,
  emptyContributionForm,
  parseTypedNumber,
} from '../../../components/contributions/contribution-form-values';
import { PartnerContributions } from '../../../components/contributions/PartnerContributions';
import { StakeholderGroupSelect } from '../../../components/partners/StakeholderGroupSelect';
import { SchoolYearSetting } from '../../../components/settings/SchoolYearSetting';
import { StoriesView } from '../../../components/stories/StoriesView';
import { setLocale } from '../../../lib/i18n';
import { addPartner, getPartner } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { valueActions } from '../../../lib/state/value-actions';
import { ValueView } from '../../../lib/state/value-view';

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
  const view = new ValueView(doc);
  const actions = valueActions(session, view.history, 'Ana');
  return { doc, session, partnerId, view, actions };
}

function contributionsScreen() {
  const { view, actions, partnerId } = workspace();
  const notify = vi.fn();
  const ui = () => (
    <PartnerContributions
      partnerId={partnerId}
      partnerName="Riverside Library"
      contributions={view.contributionsOf(partnerId)}
      totals={view.givenAndReceivedOf(partnerId)}
      goals={[]}
      today={TODAY}
      actions={actions}
      notify={notify}
    />
  );
  const api = render(ui());
  view.contributions.changes.subscribe(() => api.rerender(ui()));
  return { view, partnerId, notify, actions };
}

const input = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('contributions on the partner page', () => {
  test('a 500 USD grant and 12 volunteer hours show in the given total; received stays empty', () => {
    const { view, partnerId } = contributionsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add contribution' }));
    input('Amount', '500');
    input('Currency', 'usd');
    fireEvent.click(screen.getByRole('button', { name: 'Save contribution' }));
    expect(screen.queryByRole('form', { name: 'Contribution' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add contribution' }));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'volunteer-hours' } });
    input('Amount', '');
    input('Currency', '');
    input('Hours', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Save contribution' }));

    const totals = screen.getByText('Given to the school').closest('div')!;
    expect(totals.textContent).toContain('$500.00 · 12 hours');
    const received = screen.getByText('Given back by the school').closest('div')!;
    expect(received.textContent).toContain('Nothing yet');
    expect(
      view
        .contributionsOf(partnerId)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['grant', 'volunteer-hours']);
  });

  test('an unknown currency and an empty contribution are refused with messages', () => {
    const { view, partnerId } = contributionsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add contribution' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save contribution' }));
    expect(screen.getByText('Enter an amount with its currency, hours, or both.')).toBeTruthy();
    input('Amount', '20');
    input('Currency', 'ZZZ');
    fireEvent.click(screen.getByRole('button', { name: 'Save contribution' }));
    expect(screen.getByText(/three-letter currency code/)).toBeTruthy();
    expect(view.contributionsOf(partnerId)).toEqual([]);
  });

  test('deleting a contribution offers Undo, which brings it back', () => {
    const { view, partnerId, notify } = contributionsScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add contribution' }));
    input('Hours', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save contribution' }));
    fireEvent.click(screen.getByRole('button', { name: /^Delete contribution of/ }));
    expect(view.contributionsOf(partnerId)).toEqual([]);
    const toast = notify.mock.calls.at(-1)![0] as { onAction: () => void };
    toast.onAction();
    expect(view.contributionsOf(partnerId)).toHaveLength(1);
  });

  test('in Spanish the section, its totals and the form speak Spanish', () => {
    setLocale('es');
    contributionsScreen();
    expect(screen.getByRole('heading', { name: 'Aportaciones' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Añadir aportación' }));
    expect(screen.getByLabelText('Importe')).toBeTruthy();
    expect(screen.getByLabelText('Moneda')).toBeTruthy();
    expect(screen.getByLabelText('Horas')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar aportación' })).toBeTruthy();
    expect(screen.getAllByText('Nada todavía')).toHaveLength(2);
  });
});

function storiesScreen() {
  const { view, actions, partnerId, doc } = workspace();
  const notify = vi.fn();
  const copy = vi.fn(() => Promise.resolve());
  const partnerName = (id: string) => getPartner(doc, id)?.name;
  const ui = () => (
    <StoriesView
      searchStories={(query) => view.searchStories(query)}
      searchLessons={(query) => view.searchLessons(query)}
      links={{
        searchPartners: (query) =>
          query && 'riverside library'.includes(query.toLowerCase())
            ? [{ id: partnerId, name: 'Riverside Library' }]
            : [],
        partnerName,
        goals: [],
      }}
      actions={actions}
      today={TODAY}
      notify={notify}
      copy={copy}
    />
  );
  const api = render(ui());
  view.stories.changes.subscribe(() => api.rerender(ui()));
  view.lessons.changes.subscribe(() => api.rerender(ui()));
  return { view, partnerId, notify, copy };
}

describe('stories and lessons', () => {
  test('a story is saved, found by search, and its short text thanks its partner within 280 characters', () => {
    const { view, partnerId, copy } = storiesScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add story' }));
    input('Title', 'Reading buddies');
    fireEvent.input(screen.getByRole('textbox', { name: 'Story' }), {
      target: { value: 'Forty pupils read every week. '.repeat(20) },
    });
    input('Find a partner to add', 'river');
    fireEvent.click(screen.getByRole('button', { name: 'Add Riverside Library' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save story' }));
    expect(view.storiesOf(partnerId).map((s) => s.title)).toEqual(['Reading buddies']);

    input('Search stories and lessons', 'buddies');
    expect(screen.getAllByRole('listitem', { name: /^Reading buddies/ })).toHaveLength(1);
    input('Search stories and lessons', 'volcano');
    expect(screen.getByText('No stories match.')).toBeTruthy();
    input('Search stories and lessons', '');
    const item = screen.getByRole('listitem', { name: /^Reading buddies/ });

    fireEvent.click(within(item).getByRole('button', { name: 'Share texts' }));
    const short = (screen.getByLabelText('Short text') as HTMLTextAreaElement).value;
    expect(short.startsWith('Reading buddies: Forty pupils')).toBe(true);
    expect(short.endsWith('Thank you, Riverside Library!')).toBe(true);
    expect([...new Intl.Segmenter().segment(short)].length).toBeLessThanOrEqual(280);
    expect(short).toContain('…');
    fireEvent.click(screen.getByRole('button', { name: 'Copy paragraph' }));
    expect(copy).toHaveBeenCalledWith(expect.stringContaining('Together with Riverside Library.'));
  });

  test('a lesson is saved with what we learned, and a resolved concern’s lesson is listed as from a concern', () => {
    const { view } = storiesScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add lesson' }));
    input('Title', 'Book rooms early');
    input('What we learned', 'Exams take the hall in June');
    fireEvent.click(screen.getByRole('button', { name: 'Save lesson' }));
    expect(view.allLessons.value.map((l) => l.learned)).toEqual(['Exams take the hall in June']);
    const item = screen.getByRole('listitem', { name: /^Book rooms early/ });
    expect(within(item).getByText('What we learned: Exams take the hall in June')).toBeTruthy();
  });

  test('in Spanish the stories view speaks Spanish', () => {
    setLocale('es');
    storiesScreen();
    expect(screen.getByRole('button', { name: 'Añadir historia' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir aprendizaje' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Añadir historia' }));
    expect(screen.getByLabelText('Título')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar historia' })).toBeTruthy();
  });
});

describe('the stakeholder group select', () => {
  test('offers the groups and keeps an older free-text value as typed', () => {
    const onChange = vi.fn();
    render(<StakeholderGroupSelect value="PTA volunteers" onChange={onChange} />);
    const select = screen.getByLabelText('Stakeholder group') as HTMLSelectElement;
    expect(select.value).toBe('PTA volunteers');
    const options = [...select.options].map((option) => option.textContent);
    expect(options).toContain('PTA volunteers (as typed)');
    expect(options).toContain('Families and parents');
    expect(options).toContain('Health and social services');
    fireEvent.change(select, { target: { value: 'families' } });
    expect(onChange).toHaveBeenCalledWith('families');
  });
});

describe('the contribution form values', () => {
  test('the currency kept from the last contribution is ignored when only hours are given', () => {
    const values = { ...emptyContributionForm(TODAY, 'USD'), kind: 'volunteer-hours' as const };
    const result = contributionFromForm({ ...values, hours: '12' });
    expect(result).toMatchObject({ ok: true, input: { hours: 12, currency: undefined } });
  });

  test('a comma decimal reads as a decimal; text is refused', () => {
    const base = emptyContributionForm(TODAY, 'EUR');
    expect(contributionFromForm({ ...base, amount: '12,50' })).toMatchObject({
      ok: true,
      input: { amount: 12.5, currency: 'EUR' },
    });
    expect(contributionFromForm({ ...base, amount: 'lots' })).toMatchObject({ ok: false });
  });
});

describe('the school year setting', () => {
  test('shows the chosen first month and reports a new one as a number', () => {
    const onChange = vi.fn();
    render(<SchoolYearSetting month={9} onChange={onChange} />);
    const select = screen.getByLabelText('School year starts in') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('September');
    expect(select.options).toHaveLength(12);
    fireEvent.change(select, { target: { value: '8' } });
    expect(onChange).toHaveBeenCalledWith(8);
  });

  test('in Spanish', () => {
    setLocale('es');
    render(<SchoolYearSetting month={1} onChange={() => undefined} />);
    const select = screen.getByLabelText('El curso escolar empieza en') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toMatch(/^ene/);
  });
});

describe('a celebrated story', () => {
  test('is marked Celebrate in the list', () => {
    const { view } = storiesScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add story' }));
    input('Title', 'Science fair');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Celebrate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save story' }));
    expect(view.allStories.value[0]).toMatchObject({ title: 'Science fair', celebrate: true });
    const item = screen.getByRole('listitem', { name: /^Science fair/ });
    expect(within(item).getByText('Celebrate')).toBeTruthy();
  });
});

describe('typed amounts', () => {
  test.each([
    ['500', 500],
    ['1,000', 1000],
    ['1.000', 1000],
    ['12,50', 12.5],
    ['12.5', 12.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 000 000', 1_000_000],
    ['0.125', 0.125],
    ['', undefined],
  ])('%s reads as %s', (text, expected) => {
    expect(parseTypedNumber(text)).toBe(expected);
  });

  test.each(['lots', '1,2,3', '12.5.6', '-5'])('%s is not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNaN();
  });
});
