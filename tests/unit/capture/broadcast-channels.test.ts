/** A broadcaster's channel, as a cable line-up lists it, is the broadcaster's partner record. */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('a television channel', () => {
  it("reads the channel as the organisation, not the line-up's title", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>KFEN 12 on Riverline Cable</title><script type="application/ld+json">${JSON.stringify(
        {
          '@context': 'https://schema.org',
          '@type': 'TelevisionChannel',
          name: 'KFEN 12',
          broadcastChannelId: '12',
          inBroadcastLineup: { '@type': 'CableOrSatelliteService', name: 'Riverline Cable' },
        },
      )}</script></head><body></body></html>`,
      'https://lineup.riverlinecable.example.com/channels/kfen-12',
    );
    expect(r.name).toBe('KFEN 12');
    expect(r.type).toBe('Organization');
  });
});
