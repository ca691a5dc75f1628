import { describe, expect, test } from 'vitest';
import { captureToDraft, kindFromCapture } from '../../../components/capture/capture-draft';
import { formToPartner } from '../../../components/partners/partner-form-values';
import type { CaptureResult } from '../../../lib/capture/types';

const result: CaptureResult = {
  name: 'Maple Grove Literacy Alliance',
  description: 'A nonprofit of volunteer reading tutors.',
  logo: 'https://maplegrove.org/logo.png',
  emails: ['hello@maplegrove.org'],
  phones: ['(555) 555-0142'],
  socials: ['https://www.facebook.com/maplegrove'],
  address: {
    street: '1200 Birch Street',
    locality: 'Maple Grove',
    region: 'MN',
    postalCode: '55369',
  },
  type: 'Organization',
  kind: 'nonprofit',
  people: [{ name: 'Dana Whitfield', role: 'Executive Director' }],
  sources: { name: 'json-ld', kind: 'json-ld', emails: 'links', address: 'text' },
  candidates: [
    { field: 'name', value: 'Maple Grove Literacy Alliance', source: 'json-ld', confidence: 0.9 },
    { field: 'name', value: 'Contact us', source: 'meta', confidence: 0.3 },
    { field: 'emails', value: 'hello@maplegrove.org', source: 'links', confidence: 0.9 },
    { field: 'emails', value: 'press@maplegrove.org', source: 'text', confidence: 0.4 },
    { field: 'logo', value: 'https://maplegrove.org/favicon.ico', source: 'icon', confidence: 0.2 },
  ],
};

describe('captureToDraft', () => {
  test("leaves the website empty on a platform's page about someone else", () => {
    const hosted: CaptureResult = { ...result, url: undefined, hosted: true };
    const draft = captureToDraft(hosted, 'https://www.tickets.example/e/spring-fair-2231');
    expect(draft.values.website).toBe('');
    expect(draft.sources.website).toBeUndefined();
  });

  test('prefills the form, names sources and keeps alternatives', () => {
    const draft = captureToDraft(result, 'https://maplegrove.org/contact');
    expect(draft.values.name).toBe('Maple Grove Literacy Alliance');
    expect(draft.values.website).toBe('https://maplegrove.org/');
    expect(draft.values.emails).toBe('hello@maplegrove.org');
    expect(draft.values.postalCode).toBe('55369');
    expect(draft.values.kind).toBe('nonprofit');
    expect(draft.sources.name).toBe('Found in structured data (JSON-LD)');
    expect(draft.sources.kind).toBe('Found in structured data (JSON-LD)');
    expect(draft.sources.street).toBe('Found in page text');
    expect(draft.alternatives.names).toEqual(['Contact us']);
    expect(draft.alternatives.emails).toEqual(['press@maplegrove.org']);
    expect(draft.alternatives.logos).toEqual([
      'https://maplegrove.org/logo.png',
      'https://maplegrove.org/favicon.ico',
    ]);
  });

  test('the draft passes the partner form validation unchanged', () => {
    const draft = captureToDraft(result, 'https://maplegrove.org/contact');
    const parsed = formToPartner(draft.values);
    expect(parsed.ok).toBe(true);
  });

  test('an empty capture still gives a usable draft with the page’s site', () => {
    const draft = captureToDraft(
      { emails: [], phones: [], socials: [], people: [], sources: {}, candidates: [] },
      'https://example.org/about',
    );
    expect(draft.values.name).toBe('');
    expect(draft.values.website).toBe('https://example.org/');
    expect(formToPartner(draft.values).ok).toBe(false);
  });

  test('a website the partner form would refuse is not filled in', () => {
    const onIp = captureToDraft({ ...result, url: undefined }, 'http://127.0.0.1:8080/contact');
    expect(onIp.values.website).toBe('');
    expect(onIp.sources.website).toBeUndefined();
    expect(formToPartner(onIp.values).ok).toBe(true);
    const stated = captureToDraft(
      { ...result, url: 'http://10.0.0.7/' },
      'https://maplegrove.org/',
    );
    expect(stated.values.website).toBe('https://maplegrove.org/');
    expect(stated.sources.website).toBe('The page’s own site');
  });

  test('kind is the capture’s, or a guess from the entity type that says it is one', () => {
    const base = { ...result, kind: undefined, sources: {} };
    expect(kindFromCapture({ ...base, kind: 'library' })).toBe('library');
    expect(kindFromCapture({ ...base, type: 'Organization' })).toBe('business');
    expect(kindFromCapture({ ...base, type: 'Person' })).toBe('other');
    const guessed = captureToDraft(base, 'https://maplegrove.org/contact');
    expect(guessed.values.kind).toBe('business');
    expect(guessed.sources.kind).toBe('A guess: the page does not say what kind it is');
  });
});
