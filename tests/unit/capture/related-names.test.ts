/** One party's names: shared words, initials (also of a leading part), one inside the other. */
import { describe, expect, it } from 'vitest';
import { relatedNames } from '../../../lib/capture/related-names';

describe('relatedNames', () => {
  it('relates a name to its initials, its leading initials and its legal form', () => {
    expect(relatedNames('VUSC', 'Valley United Soccer Club')).toBe(true);
    expect(relatedNames('BFI', 'Becker Friedman Institute for Economics at UChicago')).toBe(true);
    expect(relatedNames('Brightwater Men’s Shed Inc', 'Brightwater Men’s Shed')).toBe(true);
  });

  it('keeps unrelated parties apart', () => {
    expect(relatedNames('SportsPlatform', 'Valley United Soccer Club')).toBe(false);
    expect(relatedNames('Parishly', 'St Aidan’s Church, Hexley')).toBe(false);
  });
});
