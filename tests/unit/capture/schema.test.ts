import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/capture/parse-html';
import { buildContext } from '../../../lib/capture/context';
import { jsonLdRule } from '../../../lib/capture/rules/json-ld';
import type { Candidate } from '../../../lib/capture/types';

const ldPage = (ld: unknown) =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`;
const jsonLd = (ld: unknown): Candidate[] =>
  jsonLdRule(buildContext(parseDocument(ldPage(ld)), 'https://www.example.org/report/'));
const values = (cands: Candidate[], field: Candidate['field']): unknown[] =>
  cands.filter((c) => c.field === field).map((c) => c.value);

describe('schema.org entity choice', () => {
  it('never takes the page entity from inside accountablePerson (matched whatever its case)', () => {
    const cands = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Annual report',
      accountablePerson: {
        '@type': 'Person',
        name: 'Dana Reyes',
        about: { '@type': 'Organization', name: 'Reyes Consulting', url: 'https://reyes.example/' },
      },
    });
    expect(values(cands, 'name')).not.toContain('Reyes Consulting');
    expect(values(cands, 'url')).not.toContain('https://reyes.example/');
  });

  it('still follows an owner property (publisher) from the page to its organisation', () => {
    const cands = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Annual report',
      accountablePerson: { '@type': 'Person', name: 'Dana Reyes' },
      publisher: { '@type': 'Organization', name: 'Riverside Trust' },
    });
    expect(values(cands, 'name')).toEqual(['Riverside Trust']);
  });

  it('keeps a country as the page wrote it (codes are not expanded)', () => {
    const cands = jsonLd({
      '@type': 'Organization',
      name: 'Riverside Trust',
      address: { '@type': 'PostalAddress', streetAddress: '1 Main St', addressCountry: 'US' },
    });
    expect(values(cands, 'address')).toEqual([{ street: '1 Main St', country: 'US' }]);
  });

  it('keeps a country named like an object property as text (no lookup table behind it)', () => {
    const cands = jsonLd({
      '@type': 'Organization',
      name: 'Riverside Trust',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '1 Main St',
        addressCountry: 'constructor',
      },
    });
    expect(values(cands, 'address')).toEqual([{ street: '1 Main St', country: 'constructor' }]);
  });
});
