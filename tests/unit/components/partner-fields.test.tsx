// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PartnerForm } from '../../../components/partners/PartnerForm';
import { PartnerFields } from '../../../components/partners/PartnerFields';
import {
  EMPTY_PARTNER_FORM,
  type PartnerFormValues,
} from '../../../components/partners/partner-form-values';
import { CaptureReview, type DuplicateMatch } from '../../../components/capture/CaptureReview';
import type { CaptureDraft } from '../../../components/capture/capture-draft';
import { DEFAULT_CADENCE_DAYS } from '../../../lib/model/partner';
import { partner } from './partner-fixture';

afterEach(() => {
  cleanup();
});

const PAGE = 'https://maplegrove-literacy.example.org/contact';

function draft(overrides: Partial<CaptureDraft> = {}): CaptureDraft {
  return {
    values: {
      ...EMPTY_PARTNER_FORM,
      name: 'Maple Grove Literacy Alliance',
      kind: 'nonprofit',
      website: 'https://maplegrove-literacy.example.org/',
      emails: 'hello@maplegrove-literacy.example.org',
      street: '1200 Birch Street',
    },
    sources: {
      name: 'Found in structured data (JSON-LD)',
      emails: 'Found in page text',
      street: 'Found in page text',
    },
    alternatives: {
      names: ['Maple Grove Literacy'],
      emails: ['board@maplegrove-literacy.example.org'],
      phones: [],
      logos: [],
    },
    logo: '',
    people: [],
    ...overrides,
  };
}

function review(props: Partial<Parameters<typeof CaptureReview>[0]> = {}) {
  const onSave = vi.fn();
  const onMerge = vi.fn();
  const view = render(
    <CaptureReview
      draft={draft()}
      pageUrl={PAGE}
      capturedAt={1_700_000_000_000}
      matches={[]}
      onSave={onSave}
      onMerge={onMerge}
      onCancel={() => {}}
      {...props}
    />,
  );
  return { ...view, onSave, onMerge };
}

/** The partner fields a container shows, in screen order, as "id: label". */
function partnerFieldsIn(container: Element): string[] {
  return Array.from(
    container.querySelectorAll<HTMLElement>(
      'input[id^="partner-"], select[id^="partner-"], textarea[id^="partner-"]',
    ),
  ).map((el) => `${el.id}: ${container.querySelector(`label[for="${el.id}"]`)?.textContent}`);
}

describe('PartnerFields', () => {
  test('the partner form and the capture review render the same fields, labelled the same, in the same order', () => {
    const alone = render(
      <PartnerFields values={EMPTY_PARTNER_FORM} errors={{}} onInput={() => () => {}} />,
    );
    const expected = partnerFieldsIn(alone.container);
    cleanup();
    const form = render(
      <PartnerForm
        heading="Add partner"
        initial={EMPTY_PARTNER_FORM}
        onSave={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(partnerFieldsIn(form.container)).toEqual(expected);
    cleanup();
    const captured = review();
    expect(partnerFieldsIn(captured.container)).toEqual(expected);
    expect(expected).toEqual([
      'partner-name: Name',
      'partner-kind: Kind',
      'partner-stakeholderGroup: Stakeholder group',
      'partner-website: Website',
      'partner-emails: Email',
      'partner-phones: Phone',
      'partner-description: Description',
      'partner-tags: Tags',
      'partner-street: Street',
      'partner-locality: City or town',
      'partner-postalCode: Postal code',
      'partner-region: Region or state',
      'partner-country: Country',
      'partner-socials: Social profiles',
      'partner-cadenceDays: Contact every (days)',
    ]);
  });

  test('the partner form carries none of the capture review’s sources or other candidates', () => {
    const form = render(
      <PartnerForm
        heading="Add partner"
        initial={draft().values}
        onSave={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(form.container.querySelector('.source')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Other names on the page' })).toBeNull();
  });

  test('extras appear under their own field', () => {
    const values: PartnerFormValues = { ...EMPTY_PARTNER_FORM };
    render(
      <PartnerFields
        values={values}
        errors={{}}
        onInput={() => () => {}}
        extras={{ website: <p>Found on the page</p>, address: <p>Address from the footer</p> }}
      />,
    );
    const website = screen.getByLabelText('Website');
    expect(website.parentElement?.parentElement?.textContent).toContain('Found on the page');
    const address = screen.getByRole('group', { name: 'Address' });
    expect(within(address).getByText('Address from the footer')).toBeTruthy();
  });
});

describe('CaptureReview', () => {
  test('says where each value was found', () => {
    review();
    expect(screen.getByText('Found in structured data (JSON-LD)')).toBeTruthy();
    expect(screen.getAllByText('Found in page text')).toHaveLength(2);
  });

  test('a name the page also used replaces the name; another email is added to the list', () => {
    review();
    fireEvent.click(screen.getByRole('button', { name: 'Use name Maple Grove Literacy' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Maple Grove Literacy');
    fireEvent.click(
      screen.getByRole('button', { name: 'Add board@maplegrove-literacy.example.org' }),
    );
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe(
      'hello@maplegrove-literacy.example.org, board@maplegrove-literacy.example.org',
    );
    expect(screen.queryByRole('group', { name: 'Other emails on the page' })).toBeNull();
  });

  test('Save partner saves what the review shows, with where and when it was captured', () => {
    const { onSave } = review();
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'literacy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      name: 'Maple Grove Literacy Alliance',
      kind: 'nonprofit',
      emails: ['hello@maplegrove-literacy.example.org'],
      tags: ['literacy'],
      cadenceDays: DEFAULT_CADENCE_DAYS,
      address: { street: '1200 Birch Street' },
      capturedFrom: { url: PAGE, at: 1_700_000_000_000 },
    });
  });

  test('a failed save focuses the first invalid field on screen', () => {
    const { onSave } = review();
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'not an email' } });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });

  test('Merge into existing merges into the chosen partner', () => {
    const existing = partner({ id: 'p1', name: 'Maple Grove Literacy', kind: 'nonprofit' });
    const matches: DuplicateMatch[] = [{ partner: existing, reason: 'same website' }];
    const { onMerge, onSave } = review({ matches });
    expect(screen.queryByRole('button', { name: 'Save partner' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Merge into existing' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(onMerge).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({ name: 'Maple Grove Literacy Alliance' }),
      [],
    );
  });
  test('the chosen logo and the people left ticked are what is saved', () => {
    const { onSave } = review({
      draft: draft({
        logo: 'https://maplegrove-literacy.example.org/logo.png',
        alternatives: {
          names: [],
          emails: [],
          phones: [],
          logos: ['https://maplegrove-literacy.example.org/logo.png'],
        },
        people: [
          { name: 'Ana Ortiz', role: 'Director' },
          { name: 'Ben Cole', email: 'Ben@Maplegrove-Literacy.example.org' },
        ],
      }),
    });
    fireEvent.click(screen.getByRole('radio', { name: 'No logo' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ana Ortiz · Director' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave.mock.calls[0]![0].logo).toBeUndefined();
    expect(onSave.mock.calls[0]![1]).toEqual([
      { name: 'Ben Cole', emails: ['ben@maplegrove-literacy.example.org'], phones: [] },
    ]);
  });
});

describe('PartnerForm', () => {
  test('a failed save focuses the first invalid field on screen', () => {
    const onSave = vi.fn();
    render(
      <PartnerForm
        heading="Add partner"
        initial={{ ...EMPTY_PARTNER_FORM, name: 'Riverside', emails: 'nope', socials: 'nope' }}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
  });
});
