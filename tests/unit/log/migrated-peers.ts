import type * as Y from 'yjs';
import { migrateHistory, startForwarding } from '../../../lib/state/history-migration';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { syncAll } from '../../helpers/yjs';

/**
 * Two peers that migrate the same workspace to the split layout at once, each with a forwarder
 * (as their panels run one), for the convergence property tests: `settled` waits for both
 * forwarders, `syncYears` exchanges every year doc either knows, `stop` ends the forwarders.
 */
export async function migratedPeers(mains: readonly [Y.Doc, Y.Doc], today: string) {
  const histories = mains.map((main) => new YearHistory(main, memoryYears, () => today)) as [
    YearHistory,
    YearHistory,
  ];
  const forwarders = histories.map((h) => startForwarding(h));
  await Promise.all(histories.map((h) => migrateHistory(h)));
  const settled = () => Promise.all(forwarders.map((f) => f.settled()));
  const syncYears = async () => {
    const years = new Set([...histories[0].knownYears(), ...histories[1].knownYears()]);
    for (const year of years) syncAll(await histories[0].load(year), await histories[1].load(year));
    await settled();
  };
  const stop = () => Promise.all(forwarders.map((forwarder) => forwarder()));
  return { histories, settled, syncYears, stop };
}
