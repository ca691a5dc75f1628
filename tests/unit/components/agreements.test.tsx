// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  CommitmentsTab,
  NO_COMMITMENT_FILTERS,
} from '../../../components/agreements/CommitmentsTab';
import { PartnerAccountability } from '../../../components/agreements/PartnerAccountability';
import { setLocale } from '../../../lib/i18n';
import { saveAgreement } from '../../../lib/model/agreement';
import { addCommitment } from '../../../lib/model/commitment';
import { addPartner, getPartner } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { agreementActions } from '../../../lib/state/agreement-actions';
import { AgreementsView } from '../../../lib/state/agreements-view';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const NOW = new Date(2026, 10, 24, 12).getTime();

/** The real model and view model behind the partner page's agreement slot. */
function setup() {
  const doc = new Y.Doc();
  const undo = createUndoManager(doc);
  const view = new AgreementsView(doc, { clock: () => NOW });
  const session = {
    doc,
    act: <T,>(action: () => T) => {
      undo.stopCapturing();
      return action();
    },
    undo: () => undo.undo(),
  };
  const actions = agreementActions(session, view, 'Ana');
  const partnerId = addPartner(doc, { name: 'Riverside Library', cadenceDays: 30 });
  const notify = vi.fn();
  function Page() {
    const partner = getPartner(doc, partnerId)!;
    void view.agreements.changes.value;
    return (
      <PartnerAccountability
        partner={partner}
        agreement={view.agreementOf(partnerId)}
        commitments={view.commitmentsOf(partnerId)}
        summary={view.summaryOf(partnerId)}
        today={view.today.value}
        me="Ana"
        goals={[{ id: 'g1', title: 'Every child reads' }]}
        actions={actions}
        notify={notify}
      />
    );
  }
  return { doc, view, partnerId, notify, Page };
}

const input = (name: string) => screen.getByLabelText(name, { exact: true });
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('the partner page agreement', () => {
  test('saving the agreement shows it, sets the cadence, and keeps the earlier version readable', async () => {
    const { doc, partnerId, Page } = setup();
    render(<Page />);
    click('Edit agreement');
    click('Save agreement');
    expect(await screen.findByText('Write the purpose of the partnership.')).toBeTruthy();
    type('Purpose', 'Get every child reading');
    type('Our responsibilities', 'Bring classes monthly');
    type('Partner responsibilities', 'Host story time');
    type('How often (days)', '14');
    type('Review date', '2027-06-30');
    click('Save agreement');
    const section = screen.getByRole('region', { name: 'Agreement' });
    await within(section).findByText('Get every child reading');
    expect(within(section).getByText('Host story time')).toBeTruthy();
    expect(getPartner(doc, partnerId)?.cadenceDays).toBe(14);

    click('Edit agreement');
    expect((input('Purpose') as HTMLTextAreaElement).value).toBe('Get every child reading');
    type('Purpose', 'Get every child reading for fun');
    click('Save agreement');
    await within(section).findByText('Get every child reading for fun');
    const earlier = within(section).getByRole('list', {
      name: 'Earlier versions of the agreement',
    });
    expect(within(earlier).getByText('Get every child reading')).toBeTruthy();
  });

  test('confirming adds a dated entry per side; a past review date is flagged', async () => {
    const { doc, partnerId, Page } = setup();
    saveAgreement(doc, partnerId, { purpose: 'Reading', reviewDate: '2026-11-01' });
    render(<Page />);
    expect(screen.getByText('Review overdue')).toBeTruthy();
    expect(screen.getByText('Nobody has confirmed this version yet.')).toBeTruthy();
    click('Confirm agreement');
    click('Save confirmation');
    await screen.findByText('Waiting for the partner to confirm this version.');
    expect(screen.getByText(/^Ana · Our school · /)).toBeTruthy();
    click('Confirm agreement');
    type('Confirmed by', 'Lee');
    fireEvent.change(input('Side'), { target: { value: 'partner' } });
    click('Save confirmation');
    await screen.findByText('Agreed by both sides.');
  });
});

describe('the partner page commitments', () => {
  test('a commitment goes Pledged → Delivered and the summary changes', async () => {
    const { Page } = setup();
    render(<Page />);
    click('Add commitment');
    type('Commitment', 'Lend 30 books');
    fireEvent.change(input('Who pledged'), { target: { value: 'partner' } });
    type('Due date', '2026-12-01');
    fireEvent.change(input('Linked goal'), { target: { value: 'g1' } });
    click('Save commitment');
    const row = await screen.findByRole('listitem', { name: /^Lend 30 books/ });
    expect(within(row).getByText('Goal: Every child reads')).toBeTruthy();
    expect(screen.getByText('Partner: 0 of 1 delivered')).toBeTruthy();

    fireEvent.change(within(row).getByLabelText('Status'), { target: { value: 'delivered' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save status' }));
    await screen.findByText('Partner: 1 of 1 delivered');
    expect((within(row).getByLabelText('Status') as HTMLSelectElement).value).toBe('delivered');
  });

  test('going back needs a note; with one it is saved in the history', async () => {
    const { doc, partnerId, view, Page } = setup();
    const id = addCommitment(doc, { partnerId, side: 'school', text: 'Host the fair' });
    render(<Page />);
    const row = screen.getByRole('listitem', { name: /^Host the fair/ });
    const status = () => within(row).getByLabelText('Status');
    fireEvent.change(status(), { target: { value: 'delivered' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save status' }));
    await vi.waitFor(() => expect(view.commitments.get(id)?.status).toBe('delivered'));

    fireEvent.change(status(), { target: { value: 'in-progress' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save status' }));
    expect(within(row).getByRole('alert').textContent).toBe(
      'Going back from Delivered to In progress needs a note saying why.',
    );
    expect(view.commitments.get(id)?.status).toBe('delivered');
    fireEvent.input(within(row).getByLabelText('Note'), {
      target: { value: 'Hall double-booked' },
    });
    fireEvent.click(within(row).getByRole('button', { name: 'Save status' }));
    await vi.waitFor(() => expect(view.commitments.get(id)?.status).toBe('in-progress'));
    expect(within(row).getByText('Hall double-booked')).toBeTruthy();
  });

  test('deleting a commitment hides it, and the toast’s Undo brings it back', async () => {
    const { doc, partnerId, notify, Page } = setup();
    addCommitment(doc, { partnerId, side: 'school', text: 'Print flyers' });
    render(<Page />);
    click('Delete commitment Print flyers');
    await vi.waitFor(() =>
      expect(screen.queryByRole('listitem', { name: /^Print flyers/ })).toBeNull(),
    );
    const toast = notify.mock.calls.at(-1)![0] as { text: string; onAction: () => void };
    expect(toast.text).toBe('Deleted “Print flyers”.');
    toast.onAction();
    await screen.findByRole('listitem', { name: /^Print flyers/ });
  });

  test('an overdue commitment is flagged with how late it is', () => {
    const { doc, partnerId, Page } = setup();
    addCommitment(doc, { partnerId, side: 'partner', text: 'Send volunteers', due: '2026-11-21' });
    render(<Page />);
    const row = screen.getByRole('listitem', { name: /^Send volunteers/ });
    expect(within(row).getByText('Overdue by 3 days')).toBeTruthy();
    expect(screen.getByText('1 overdue')).toBeTruthy();
  });
});

describe('in Spanish', () => {
  test('the agreement and commitments read in Spanish, statuses included', () => {
    setLocale('es');
    const { doc, partnerId, Page } = setup();
    saveAgreement(doc, partnerId, { purpose: 'Leer juntos' });
    addCommitment(doc, { partnerId, side: 'school', text: 'Visitas mensuales' });
    render(<Page />);
    expect(screen.getByRole('button', { name: 'Editar acuerdo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir compromiso' })).toBeTruthy();
    expect(screen.getByText('Nuestro centro: 0 de 1 cumplidos')).toBeTruthy();
    const status = screen.getByLabelText('Estado') as HTMLSelectElement;
    expect([...status.options].map((o) => o.text)).toEqual([
      'Comprometido',
      'En curso',
      'Cumplido',
      'No cumplido',
    ]);
    expect(screen.getByText('Nadie ha confirmado esta versión todavía.')).toBeTruthy();
  });
});

describe('all commitments', () => {
  test('filters by side, status and overdue through the view model', () => {
    const { doc, partnerId, view } = setup();
    addCommitment(doc, { partnerId, side: 'school', text: 'Late one', due: '2026-11-01' });
    addCommitment(doc, { partnerId, side: 'partner', text: 'Partner one' });
    function All() {
      const [filters, setFilters] = useState(NO_COMMITMENT_FILTERS);
      return (
        <CommitmentsTab
          filters={filters}
          onFilters={setFilters}
          commitments={view.allCommitments({
            side: filters.side || undefined,
            status: filters.status || undefined,
            overdueOnly: filters.overdueOnly,
          })}
          today={view.today.value}
          partnerName={() => 'Riverside Library'}
          goals={[]}
          actions={{ changeStatus: () => ({ ok: true }), undo: () => {} }}
          notify={() => {}}
        />
      );
    }
    render(<All />);
    const list = () => screen.queryByRole('list', { name: 'All commitments' });
    expect(within(list()!).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.change(input('Filter by side'), { target: { value: 'partner' } });
    expect(within(list()!).getByRole('listitem', { name: /^Partner one/ })).toBeTruthy();
    expect(within(list()!).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.change(input('Filter by side'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Overdue only'));
    expect(within(list()!).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list()!).getByRole('listitem', { name: /^Late one/ })).toBeTruthy();
    expect(screen.getByText('With Riverside Library', { exact: false })).toBeTruthy();
    fireEvent.change(input('Filter by status'), { target: { value: 'delivered' } });
    expect(screen.getByText('No commitments match.')).toBeTruthy();
  });
});
