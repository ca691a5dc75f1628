// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CaptureResult } from '../../../lib/capture/types';
import { setLocale, t } from '../../../lib/i18n';
import type { Partner } from '../../../lib/model/partner';
import type { QuarantinedRecord } from '../../../lib/model/quarantine';
import { CaptureReview } from '../../../components/capture/CaptureReview';
import { captureToDraft } from '../../../components/capture/capture-draft';
import { PartnerForm } from '../../../components/partners/PartnerForm';
import { PartnersView, type PartnerActions } from '../../../components/partners/PartnersView';
import { EMPTY_PARTNER_FORM } from '../../../components/partners/partner-form-values';
import { Shell } from '../../../components/Shell';
import { NeedsAttention } from '../../../components/trust/NeedsAttention';
import { RecentlyDeleted } from '../../../components/trust/RecentlyDeleted';
import { whyNotCapturable } from '../../../lib/extension/capturable';
import { partner } from '../components/partner-fixture';
import { supportDialogs } from '../../helpers/dialog';
import { preloadPartnerScreens } from '../../../components/partners/partner-screens';

// The partner page, form and capture review are chunks of their own in the panel.
beforeAll(() => preloadPartnerScreens());

beforeAll(supportDialogs);

beforeEach(() => setLocale('es'));
afterEach(() => {
  cleanup();
  setLocale('en');
});

const actions = (): PartnerActions => ({
  add: vi.fn(() => 'new-id'),
  update: vi.fn(),
  remove: vi.fn(),
  restore: vi.fn(),
  addPerson: vi.fn(),
  updatePerson: vi.fn(),
  removePerson: vi.fn(),
  undo: vi.fn(),
  addCaptured: vi.fn(() => 'new-id'),
  mergeCaptured: vi.fn(),
});

function renderView(partners: Partner[]) {
  const notify = vi.fn();
  const byId = new Map(partners.map((p) => [p.id, p]));
  render(
    <PartnersView
      totalCount={partners.length}
      search={(query) => partners.filter((p) => p.name.toLowerCase().includes(query))}
      getPartner={(id) => byId.get(id)}
      peopleByPartner={new Map()}
      actions={actions()}
      notify={notify}
      onCapture={() => {}}
    />,
  );
  return { notify };
}

describe('partners in Spanish', () => {
  test('the list names its controls in Spanish and keeps partner names as typed', () => {
    renderView([partner({ name: 'Riverside Public Library', kind: 'library' })]);
    expect(screen.getByRole('button', { name: 'Agregar socio' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Capturar esta página' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Buscar socios' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Socios' });
    const item = within(list).getByRole('listitem', { name: /^Riverside Public Library/ });
    expect(item.textContent).toContain('Biblioteca');
  });

  test('the partner count follows Spanish plural rules', () => {
    renderView([partner({ name: 'Acme' })]);
    expect(screen.getByText('1 socio')).toBeTruthy();
    cleanup();
    renderView([partner({ name: 'Acme' }), partner({ name: 'Zoo' }), partner({ name: 'Lab' })]);
    expect(screen.getByText('3 socios')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Buscar socios' }), {
      target: { value: 'zoo' },
    });
    expect(screen.getByText('1 de 3 socios')).toBeTruthy();
    expect([0, 1, 2].map((count) => t('partners.list.count', { count }))).toEqual([
      '0 socios',
      '1 socio',
      '2 socios',
    ]);
  });

  test('an empty list says so in Spanish', () => {
    renderView([]);
    expect(screen.getByText('Todavía no hay socios.')).toBeTruthy();
    expect(screen.getByText('0 socios')).toBeTruthy();
  });

  test('a new partner is added from a Spanish form, with a Spanish toast', () => {
    const { notify } = renderView([]);
    fireEvent.click(screen.getByRole('button', { name: 'Agregar socio' }));
    expect(screen.getByRole('heading', { name: 'Agregar socio' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Nombre' }), {
      target: { value: 'Biblioteca Central' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar socio' }));
    expect(notify).toHaveBeenCalledWith({ text: 'Se agregó Biblioteca Central.' });
  });

  test('the partner form labels, kinds and validation errors are in Spanish', () => {
    render(
      <PartnerForm
        heading="Agregar socio"
        initial={{ ...EMPTY_PARTNER_FORM, emails: 'not-an-email' }}
        onSave={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const kind = screen.getByRole('combobox', { name: 'Tipo' });
    expect(within(kind).getByRole('option', { name: 'Biblioteca' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Ciudad o localidad' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Dirección' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guardar socio' }));
    expect(screen.getByText('Escribe el nombre del socio.')).toBeTruthy();
    expect(screen.getByText('«not-an-email» no es una dirección de correo.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeTruthy();
  });
});

describe('capture in Spanish', () => {
  test('the review and where each value was found are in Spanish; page data stays as found', () => {
    const draft = captureToDraft(
      {
        type: 'Organization',
        name: 'Maple Grove Literacy Alliance',
        emails: ['hello@maplegrove.example.org'],
        phones: [],
        socials: [],
        people: [],
        candidates: [],
        sources: { name: 'json-ld', emails: 'text' },
      } satisfies CaptureResult,
      'https://maplegrove.example.org/contact',
    );
    render(
      <CaptureReview
        draft={draft}
        pageUrl="https://maplegrove.example.org/contact"
        capturedAt={0}
        matches={[
          { partner: partner({ name: 'Maple Grove' }), reason: t('capture.duplicate.reason.name') },
        ]}
        onSave={vi.fn()}
        onMerge={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Revisa los datos capturados' })).toBeTruthy();
    expect(screen.getByText('Encontrado en: datos estructurados (JSON-LD)')).toBeTruthy();
    expect(screen.getByText('El propio sitio de la página')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '¿Ya está entre tus socios?' })).toBeTruthy();
    expect(screen.getByText(/nombre parecido/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Combinar con el existente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar como nuevo' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nombre' })).toHaveProperty(
      'value',
      'Maple Grove Literacy Alliance',
    );
  });

  test('a page that cannot be captured is explained in Spanish', () => {
    expect(whyNotCapturable('chrome://settings')).toMatch(/^Esta es una página propia/);
    expect(whyNotCapturable('https://example.org/report.pdf')).toMatch(/^Esto es un PDF/);
  });
});

describe('trust and the shell in Spanish', () => {
  const record: QuarantinedRecord = {
    collection: 'partners',
    id: 'deep',
    label: 'deep',
    problem: 'It holds nested more than 16 levels.',
    reason: { code: 'tooDeep', values: { levels: 16 } },
    writers: [4242],
  };

  test('Needs attention counts records with Spanish plurals and names its buttons in Spanish', () => {
    render(<NeedsAttention records={[record]} onExport={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'Requiere atención' })).toBeTruthy();
    expect(
      screen.getByText('No se pudo leer 1 registro. Se dejó aparte sin cambios.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar' }));
    expect(screen.getByText('Socio «deep»')).toBeTruthy();
    expect(screen.getByText('Escrito por: otra persona conectada (cliente 4242)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Eliminar' }));
    expect(screen.getByRole('dialog', { name: '¿Eliminar este registro?' })).toBeTruthy();
    cleanup();
    render(
      <NeedsAttention
        records={[record, { ...record, id: 'other' }]}
        onExport={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    expect(
      screen.getByText('No se pudieron leer 2 registros. Se dejaron aparte sin cambios.'),
    ).toBeTruthy();
  });

  test('Recently deleted says who deleted what in Spanish', () => {
    render(
      <RecentlyDeleted
        items={[{ key: 'p/1', title: 'Acme', kind: 'socio', deletedAt: 0, deletedBy: undefined }]}
        onRestore={vi.fn()}
      />,
    );
    expect(screen.getByRole('region', { name: 'Eliminados recientemente' })).toBeTruthy();
    expect(
      screen.getByRole('listitem', { name: /^Acme, Socio · lo eliminó alguien el / }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restaurar' })).toBeTruthy();
  });

  test('the tabs and header controls are in Spanish; English keeps the contract names', () => {
    const shell = (
      <Shell
        workspaceName="Mi escuela"
        syncStatus="Offline"
        section="Partners"
        onSection={vi.fn()}
        canUndo
        canRedo={false}
        onUndo={vi.fn()}
        onRedo={vi.fn()}
      >
        <p>contenido</p>
      </Shell>
    );
    render(shell);
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Socios', 'Metas', 'Registro', 'Panel', 'Ajustes']);
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeTruthy();
    cleanup();
    setLocale('en');
    render(shell);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Partners',
      'Goals',
      'Log',
      'Dashboard',
      'Settings',
    ]);
  });
});
