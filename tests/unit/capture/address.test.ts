import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';

const partsOf = (...lines: string[]) => toParts(lines.map((text) => ({ text, heading: false })));

describe('findAddresses', () => {
  it('reads "CA" after a Canadian postal code as Canada', () => {
    const found = findAddresses(partsOf('1 Elgin Street,', 'Ottawa, ON', 'K1P 5W1,', 'CA'));
    expect(found[0]?.address).toMatchObject({ postalCode: 'K1P 5W1', country: 'CA' });
    const us = findAddresses(partsOf('12 Mill Lane', 'Fresno,', 'CA 93721'));
    expect(us[0]?.address).toMatchObject({ region: 'CA', postalCode: '93721' });
    expect(us[0]?.address.country).toBeUndefined();
  });

  it('reads a numbered pike, circle or expressway as a street, not a code before a town', () => {
    for (const street of ['8600 Rockville Pike', '12 Lakeview Circle', '400 Gulf Freeway']) {
      const found = findAddresses(partsOf('Harbor Science Library', street, 'Bethesda, MD 20894'));
      expect(found).toHaveLength(1);
      expect(found[0]?.address).toMatchObject({
        street,
        locality: 'Bethesda',
        postalCode: '20894',
      });
    }
  });

  it('leaves the caller’s parts as they were, even when it splits a street from its town', () => {
    const parts = partsOf('Riverside Trust', '665 3rd St. Suite 207 San Francisco, CA 94107');
    const before = structuredClone(parts);
    const found = findAddresses(parts);
    expect(found[0]?.address).toMatchObject({
      street: '665 3rd St. Suite 207',
      locality: 'San Francisco',
      region: 'CA',
      postalCode: '94107',
    });
    expect(parts).toEqual(before);
  });

  it('gives the index of the first part the address uses, so callers can find its line', () => {
    const parts = partsOf('Riverside Trust', '12 Rue de la Paix', '75002 Paris', 'France');
    const [found] = findAddresses(parts);
    expect(parts[found!.index]?.text).toBe('12 Rue de la Paix');
    expect(found!.address).toEqual({
      street: '12 Rue de la Paix',
      postalCode: '75002',
      locality: 'Paris',
      country: 'France',
    });
  });

  it('reads a labelled one-line address without a postal code', () => {
    const parts = partsOf('Registered office address: 1 A Street, London, UK');
    expect(findAddresses(parts).map((f) => f.address)).toEqual([
      { street: '1 A Street', locality: 'London', country: 'UK' },
    ]);
  });
});
