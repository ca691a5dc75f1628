// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi, type Mock } from 'vitest';
import type { Partner } from '../../../lib/model/partner';
import type { Person } from '../../../lib/model/person';
import { displayUrl, mailtoHref, telHref } from '../../../components/partners/contact-links';
import {
  EMPTY_PARTNER_FORM,
  formToPartner,
  normaliseWebsite,
  partnerToForm,
  type PartnerFormValues,
} from '../../../components/partners/partner-form-values';
import { PartnerDetail } from '../../../components/partners/PartnerDetail';
import { PartnerForm } from '../../../components/partners/PartnerForm';
import { PartnersView, type PartnerActions } from '../../../components/partners/PartnersView';
import { partner } from './partner-fixture';
import { supportDialogs } from '../../helpers/dialog';
import { preloadPartnerScreens } from '../../../components/partners/partner-screens';

// The partner page, form and capture review are chunks of their own in the panel.
beforeAll(() => preloadPartnerScreens());

beforeAll(supportDialogs);

afterEach(() => {
  cleanup();
});

const LIBRARY = partner({
  name: 'Riverside Public Library',
  kind: 'library',
  website: 'https://www.riverside-library.example.org/',
  description: 'Summer reading.',
  emails: ['hello@riverside-library.example.org'],
  phones: ['+1 (555) 010-0100', '555 0101 ext. 12'],
  address: { street: '1 River Road', locality: 'Riverside', postalCode: '90210' },
  socials: ['https://social.example/@riverside'],
  tags: ['literacy', 'summer'],
  capturedFrom: { url: 'https://riverside-library.example.org/about', at: 1_700_000_000_000 },
});
const ACME = partner({ name: 'Acme Robotics', kind: 'business', tags: ['STEM'] });
const ZOO = partner({ name: 'City Zoo', emails: ['zoo@example.org'] });
const ALL = [ACME, ZOO, LIBRARY];
const PEOPLE: Person[] = [
  {
    id: 'ada',
    name: 'Ada Lovelace',
    role: 'Librarian',
    partnerId: LIBRARY.id,
    emails: ['ada@example.org'],
    phones: ['+44 20 7946 0000'],
    createdAt: 0,
  },
];

type MockActions = { [K in keyof PartnerActions]: Mock };

/** Every action is a mock, whatever actions the view grows later. */
function mockActions(): PartnerActions & MockActions {
  const mocks: Record<string | symbol, Mock> = {};
  return new Proxy(mocks, {
    get: (target, key) => (target[key] ??= vi.fn(() => 'new-id')),
  }) as unknown as PartnerActions & MockActions;
}

function renderView(partners: Partner[] = ALL, canCapture?: boolean) {
  const actions = mockActions();
  const notify = vi.fn();
  const search = vi.fn((query: string) =>
    partners.filter((p) => p.name.toLowerCase().includes(query.trim().toLowerCase())),
  );
  const byId = new Map(partners.map((p) => [p.id, p]));
  const added = partner({ name: 'Added Partner', id: 'new-id' });
  render(
    <PartnersView
      totalCount={partners.length}
      search={search}
      getPartner={(id) => byId.get(id) ?? (id === 'new-id' ? added : undefined)}
      peopleByPartner={new Map([[LIBRARY.id, PEOPLE]])}
      actions={actions}
      notify={notify}
      {...(canCapture === undefined ? {} : { canCapture })}
    />,
  );
  return { actions, notify, search };
}

function typeInto(element: HTMLElement, value: string) {
  fireEvent.input(element, { target: { value } });
}

describe('PartnersView list', () => {
  test('has the stable accessible names', () => {
    renderView();
    expect(screen.getByRole('button', { name: 'Add partner' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search partners' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Partners' })).toBeTruthy();
    expect(screen.getByText('3 partners')).toBeTruthy();
  });

  test('each partner is a listitem whose accessible name starts with its name', () => {
    renderView();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    for (const p of ALL) {
      expect(screen.getByRole('listitem', { name: new RegExp(`^${p.name}`) })).toBeTruthy();
    }
  });

  test('typing in the search box searches and reports the count', () => {
    const { search } = renderView();
    typeInto(screen.getByRole('searchbox', { name: 'Search partners' }), 'zoo');
    expect(search).toHaveBeenLastCalledWith('zoo');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('City Zoo'),
    ]);
    expect(screen.getByText('1 of 3 partners')).toBeTruthy();
    typeInto(screen.getByRole('searchbox', { name: 'Search partners' }), 'nothing like it');
    expect(screen.getByText(/No partners match/)).toBeTruthy();
  });

  test('an empty directory says so', () => {
    renderView([]);
    expect(screen.getByText('No partners yet.')).toBeTruthy();
    expect(screen.getByText(/capture it/)).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  test('where pages cannot be captured (the web app), the empty directory says how to add instead', () => {
    renderView([], false);
    expect(screen.getByText(/needs the Bridgework extension/)).toBeTruthy();
    expect(screen.queryByText(/capture it/)).toBeNull();
  });
});

describe('adding a partner through PartnersView', () => {
  test('the form has the stable field names', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    for (const name of ['Name', 'Website', 'Email', 'Phone', 'Description']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Save partner' })).toBeTruthy();
  });

  test('an empty name is refused with a message, and nothing is saved', () => {
    const { actions } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(screen.getByText('Enter the partner’s name.')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('partner-name-error');
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('a bad website and a bad email are refused with their messages', () => {
    const { actions } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    typeInto(screen.getByRole('textbox', { name: 'Name' }), 'Acme');
    typeInto(screen.getByRole('textbox', { name: 'Website' }), 'javascript:alert(1)');
    typeInto(screen.getByRole('textbox', { name: 'Email' }), 'ok@example.org, not-an-email');
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(screen.getByText('Enter a web address such as https://example.org.')).toBeTruthy();
    expect(screen.getByText('“not-an-email” is not an email address.')).toBeTruthy();
    expect(actions.add).not.toHaveBeenCalled();
  });

  test('a valid form saves the parsed partner, notifies, and opens it', () => {
    const { actions, notify } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    typeInto(screen.getByRole('textbox', { name: 'Name' }), '  Riverside Library ');
    typeInto(screen.getByRole('textbox', { name: 'Website' }), 'riverside-library.example.org');
    typeInto(
      screen.getByRole('textbox', { name: 'Email' }),
      'Hello@Riverside.example.org; a@b.org',
    );
    typeInto(screen.getByRole('textbox', { name: 'Phone' }), '+1 555 010 0100');
    typeInto(screen.getByRole('textbox', { name: 'Description' }), ' Books. ');
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(actions.add).toHaveBeenCalledTimes(1);
    expect(actions.add.mock.calls[0]![0]).toEqual({
      name: 'Riverside Library',
      kind: 'other',
      website: 'https://riverside-library.example.org/',
      emails: ['hello@riverside.example.org', 'a@b.org'],
      phones: ['+1 555 010 0100'],
      description: 'Books.',
      tags: [],
      address: {
        street: undefined,
        locality: undefined,
        region: undefined,
        postalCode: undefined,
        country: undefined,
      },
      socials: [],
      cadenceDays: 30,
    });
    expect(notify).toHaveBeenCalledWith({ text: 'Added Riverside Library.' });
    expect(screen.getByRole('heading', { name: 'Added Partner' })).toBeTruthy();
  });
});

describe('partner detail and delete through PartnersView', () => {
  function openLibrary() {
    const rendered = renderView();
    fireEvent.click(
      within(screen.getByRole('listitem', { name: /^Riverside/ })).getByRole('button'),
    );
    return rendered;
  }

  test('opening a row shows the partner and its people', () => {
    openLibrary();
    expect(screen.getByRole('heading', { name: 'Riverside Public Library' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: /^Ada Lovelace/ })).toBeTruthy();
  });

  test('Delete partner asks first; Cancel deletes nothing', () => {
    const { actions } = openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete partner' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Riverside Public Library?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(within(dialog).getByText(/and its 1 person/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(actions.remove).not.toHaveBeenCalled();
  });

  test('confirming deletes, returns to the list and offers Undo', () => {
    const { actions, notify } = openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete partner' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(actions.remove).toHaveBeenCalledWith(LIBRARY.id);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search partners' })).toBeTruthy();
    expect(notify).toHaveBeenCalledTimes(1);
    const toast = notify.mock.calls[0]![0] as {
      text: string;
      actionLabel: string;
      onAction: () => void;
    };
    expect(toast.text).toBe('Deleted Riverside Public Library.');
    expect(toast.actionLabel).toBe('Undo');
    expect(actions.undo).not.toHaveBeenCalled();
    toast.onAction();
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  test('Escape (the dialog’s cancel event) closes the question without deleting', () => {
    const { actions } = openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete partner' }));
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(actions.remove).not.toHaveBeenCalled();
  });

  test('removing a person offers Undo too', () => {
    const { actions, notify } = openLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada Lovelace' }));
    expect(actions.removePerson).toHaveBeenCalledWith('ada');
    expect(notify.mock.calls[0]![0]).toMatchObject({
      text: 'Removed Ada Lovelace.',
      actionLabel: 'Undo',
    });
  });
});

describe('PartnerDetail', () => {
  function renderDetail(p: Partner = LIBRARY, people: Person[] = PEOPLE) {
    const props = {
      onBack: vi.fn(),
      onEdit: vi.fn(),
      onDelete: vi.fn(),
      onAddPerson: vi.fn(),
      onUpdatePerson: vi.fn(),
      onDeletePerson: vi.fn(),
    };
    render(<PartnerDetail partner={p} people={people} {...props} />);
    return props;
  }

  test('contact details are working links', () => {
    renderDetail();
    const website = screen.getByRole('link', { name: 'riverside-library.example.org' });
    expect(website.getAttribute('href')).toBe('https://www.riverside-library.example.org/');
    expect(website.getAttribute('target')).toBe('_blank');
    expect(website.getAttribute('rel')).toContain('noopener');
    expect(
      screen
        .getByRole('link', { name: 'hello@riverside-library.example.org' })
        .getAttribute('href'),
    ).toBe('mailto:hello@riverside-library.example.org');
    expect(screen.getByRole('link', { name: '+1 (555) 010-0100' }).getAttribute('href')).toBe(
      'tel:+15550100100',
    );
    expect(screen.getByRole('link', { name: '555 0101 ext. 12' }).getAttribute('href')).toBe(
      'tel:5550101;ext=12',
    );
    expect(
      screen.getByRole('link', { name: 'social.example/@riverside' }).getAttribute('href'),
    ).toBe('https://social.example/@riverside');
    expect(screen.getByText('1 River Road, 90210 Riverside')).toBeTruthy();
    const person = screen.getByRole('listitem', { name: /^Ada Lovelace/ });
    expect(within(person).getByRole('link', { name: 'ada@example.org' }).getAttribute('href')).toBe(
      'mailto:ada@example.org',
    );
    expect(
      within(person).getByRole('link', { name: '+44 20 7946 0000' }).getAttribute('href'),
    ).toBe('tel:+442079460000');
  });

  test('every tel: link holds digits (and a leading +) only', () => {
    renderDetail();
    const tels = screen
      .getAllByRole('link')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => href.startsWith('tel:'));
    expect(tels.length).toBe(3);
    for (const href of tels) expect(href).toMatch(/^tel:\+?\d+(;ext=\d+)?$/);
  });

  test('the buttons call their handlers', () => {
    const props = renderDetail();
    fireEvent.click(screen.getByRole('button', { name: 'Delete partner' }));
    expect(props.onDelete).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Edit partner' }));
    expect(props.onEdit).toHaveBeenCalledTimes(1);
  });

  test('a partner without contact details shows no empty links', () => {
    renderDetail(partner({ name: 'Bare' }), []);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('No people recorded yet.')).toBeTruthy();
  });
});

describe('PartnerForm', () => {
  test('editing starts from the partner’s values and saves the change', () => {
    const onSave = vi.fn();
    render(
      <PartnerForm
        heading="Edit Riverside Public Library"
        initial={partnerToForm(LIBRARY)}
        onSave={onSave}
        onCancel={vi.fn()}
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      LIBRARY.name,
    );
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'hello@riverside-library.example.org',
    );
    typeInto(screen.getByRole('textbox', { name: 'Name' }), 'Riverside Library');
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      name: 'Riverside Library',
      kind: 'library',
      website: LIBRARY.website,
      emails: LIBRARY.emails,
      phones: LIBRARY.phones,
      tags: LIBRARY.tags,
      socials: LIBRARY.socials,
      address: { street: '1 River Road', locality: 'Riverside', postalCode: '90210' },
    });
  });

  test('Cancel calls onCancel and saves nothing', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    render(
      <PartnerForm
        heading="Add partner"
        initial={EMPTY_PARTNER_FORM}
        onSave={onSave}
        onCancel={onCancel}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('partner-form-values', () => {
  const form = (values: Partial<PartnerFormValues>): PartnerFormValues => ({
    ...EMPTY_PARTNER_FORM,
    ...values,
  });

  test.each([
    ['', ''],
    ['example.org', 'https://example.org/'],
    ['  http://example.org/path ', 'http://example.org/path'],
    ['HTTPS://Example.org', 'https://example.org/'],
    ['localhost:3000', null],
    ['http://localhost:3000', 'http://localhost:3000/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['ftp://example.org', null],
    ['intranet', null],
    ['http://', null],
  ])('normaliseWebsite(%j) is %j', (input, expected) => {
    expect(normaliseWebsite(input)).toBe(expected);
  });

  test('an empty name is the only error of an otherwise empty form', () => {
    expect(formToPartner(EMPTY_PARTNER_FORM)).toEqual({
      ok: false,
      errors: { name: 'Enter the partner’s name.' },
    });
  });

  test('every field error is reported at once', () => {
    const result = formToPartner(
      form({
        name: ' ',
        website: 'javascript:alert(1)',
        emails: 'a@b.org, nope',
        phones: 'call me',
        socials: 'https://ok.example\njavascript:x',
        cadenceDays: '0',
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter the partner’s name.',
        website: 'Enter a web address such as https://example.org.',
        emails: '“nope” is not an email address.',
        phones: '“call me” is not a phone number.',
        socials: 'Enter one profile address per line.',
        cadenceDays: 'Enter a number of days between 1 and 3650.',
      },
    });
  });

  test.each(['1.5', 'abc', '-3', '3651', ''])('cadence %j is refused', (cadenceDays) => {
    const result = formToPartner(form({ name: 'A', cadenceDays }));
    expect(result.ok).toBe(false);
  });

  test('a full form becomes a clean PartnerInput', () => {
    const result = formToPartner(
      form({
        name: '  Acme  ',
        kind: 'business',
        website: 'acme.example',
        emails: 'Info@Acme.example;\nsales@acme.example, info@acme.example',
        phones: '+1 555 010 0100, 555-0101 x 12',
        description: '  Robots.\n ',
        tags: 'stem, sponsor, stem',
        street: ' 1 Main St ',
        locality: 'Springfield',
        socials: 'social.example/@acme\n https://video.example/acme ',
        cadenceDays: '14',
      }),
    );
    expect(result).toEqual({
      ok: true,
      partner: {
        name: 'Acme',
        kind: 'business',
        website: 'https://acme.example/',
        emails: ['info@acme.example', 'sales@acme.example'],
        phones: ['+1 555 010 0100', '555-0101 x 12'],
        description: 'Robots.',
        tags: ['stem', 'sponsor'],
        address: {
          street: '1 Main St',
          locality: 'Springfield',
          region: undefined,
          postalCode: undefined,
          country: undefined,
        },
        socials: ['https://social.example/@acme', 'https://video.example/acme'],
        cadenceDays: 14,
      },
    });
  });

  test('partnerToForm and formToPartner round trip a partner', () => {
    const result = formToPartner(partnerToForm(LIBRARY));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.partner).toMatchObject({
      name: LIBRARY.name,
      kind: LIBRARY.kind,
      website: LIBRARY.website,
      description: LIBRARY.description,
      emails: LIBRARY.emails,
      phones: LIBRARY.phones,
      tags: LIBRARY.tags,
      socials: LIBRARY.socials,
      cadenceDays: LIBRARY.cadenceDays,
      address: { ...LIBRARY.address },
    });
  });
});

describe('contact-links', () => {
  test.each([
    ['+1 (555) 010-0100', 'tel:+15550100100'],
    ['555.010.0100', 'tel:5550100100'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['555 0101 ext. 12', 'tel:5550101;ext=12'],
    ['555 0101 x12', 'tel:5550101;ext=12'],
    ['00 +33 1 23', 'tel:0033123'],
    ['call +1 555 <script>', 'tel:+1555'],
  ])('telHref(%j) is %j', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  test.each([
    ['hello@example.org', 'mailto:hello@example.org'],
    ['a+b@example.org', 'mailto:a%2Bb@example.org'],
    ['x@example.org?subject=hi&body=evil', 'mailto:x@example.org%3Fsubject%3Dhi%26body%3Devil'],
    ['bad email@example.org', 'mailto:bad%20email@example.org'],
  ])('mailtoHref(%j) is %j', (email, href) => {
    expect(mailtoHref(email)).toBe(href);
  });

  test.each([
    ['https://www.example.org/', 'example.org'],
    ['https://www.example.org/about/', 'example.org/about'],
    ['http://sub.example.org/a/b', 'sub.example.org/a/b'],
    ['not a url', 'not a url'],
  ])('displayUrl(%j) is %j', (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });
});
