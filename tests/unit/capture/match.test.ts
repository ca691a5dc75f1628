import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, findDuplicates, normaliseName } from '../../../lib/capture/match';

const existing = [
  {
    id: 'a',
    name: 'Riverside Literacy Coalition',
    website: 'https://www.riversideliteracy.org/',
    emails: ['hello@riversideliteracy.org'],
  },
  { id: 'b', name: 'Bäckerei Hoffmann GmbH', website: 'baeckerei-hoffmann.de', emails: [] },
  { id: 'c', name: 'The Acme Foundation', emails: ['acme.foundation@gmail.com'] },
  { id: 'd', name: 'Acme', website: 'https://shop.acme.co.uk', emails: ['sales@acme.co.uk'] },
];

describe('normaliseName', () => {
  it('folds case, accents, punctuation, "the" and legal forms but keeps meaningful words', () => {
    expect(normaliseName('The Acme Foundation, Inc.')).toBe('acme foundation');
    expect(normaliseName('Bäckerei Hoffmann GmbH')).toBe('backerei hoffmann');
    expect(normaliseName('Smith & Sons Ltd')).toBe('smith and sons');
    expect(normaliseName('Co-op Food')).toBe('co op food');
    expect(normaliseName('The The')).toBe('the the');
  });
});

describe('findDuplicates', () => {
  it('matches by registrable domain, ignoring www and sub-domains', () => {
    expect(
      findDuplicates({ website: 'http://riversideliteracy.org/contact' }, existing)[0],
    ).toMatchObject({ id: 'a', reason: 'domain' });
    expect(findDuplicates({ website: 'https://www.acme.co.uk/' }, existing)[0]).toMatchObject({
      id: 'd',
      reason: 'domain',
    });
  });
  it('matches by e-mail domain but not for free-mail providers', () => {
    expect(
      findDuplicates({ emails: ['volunteer@riversideliteracy.org'] }, existing)[0],
    ).toMatchObject({ id: 'a', reason: 'email-domain' });
    expect(findDuplicates({ emails: ['someone@gmail.com'] }, existing)).toEqual([]);
  });
  it('matches names fuzzily, best first', () => {
    const r = findDuplicates({ name: 'Backerei Hofmann' }, existing);
    expect(r[0]).toMatchObject({ id: 'b', reason: 'name' });
    expect(findDuplicates({ name: 'acme foundation' }, existing)[0]).toMatchObject({
      id: 'c',
      reason: 'name',
    });
    expect(findDuplicates({ name: 'Riverside Rowing Club' }, existing)).toEqual([]);
  });
  it('is fast on 10,000 partners', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      name: `Partner Organisation ${i} ${['Trust', 'School', 'Library', 'Club'][i % 4]}`,
      website: `https://partner${i}.org`,
      emails: [`info@partner${i}.org`],
    }));
    const index = createDuplicateIndex(many);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) {
      index.find({
        name: `Partner Organisation ${i * 7} Trust`,
        website: `https://www.partner${i * 7}.org/about`,
        emails: [`x@partner${i}.org`],
      });
    }
    const per = (performance.now() - t0) / 200;
    expect(per).toBeLessThan(5);
    expect(index.find({ website: 'partner42.org' })[0]).toMatchObject({
      id: '42',
      reason: 'domain',
    });
  });
});
