// Workspaces at the sizes DESIGN.md names, written with the model's own functions (addPartner,
// addPerson, addLogEntry, addGoal, addCheckin) from a fixed seed, and cached as one Yjs update in
// /tmp: a district takes minutes to generate on a shared 2-core machine, and every run of the
// benchmark should open the same bytes. Record ids are the model's random ones; everything else
// (names, dates, links between records) comes from the seed.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCheckin } from '../../lib/model/checkin';
import { addGoal, DEFAULT_COLUMNS } from '../../lib/model/goal';
import { addLogEntry, LOG_KINDS } from '../../lib/model/log-entry';
import { addPartner } from '../../lib/model/partner';
import { addPerson } from '../../lib/model/person';

export type BenchSize = 'school' | 'district';

export const SIZES: Record<
  BenchSize,
  { partners: number; people: number; logEntries: number; goals: number; checkins: number }
> = {
  school: { partners: 500, people: 1_500, logEntries: 5_000, goals: 50, checkins: 1_000 },
  district: {
    partners: 10_000,
    people: 30_000,
    logEntries: 100_000,
    goals: 1_000,
    checkins: 20_000,
  },
};

/** Bump when the generator changes, so a cached file from an older one is not reused. */
const GENERATOR_VERSION = 1;
const SEED = 20261127;
const NOW = Date.UTC(2026, 10, 1);

/** The sizes to run: BENCH_SIZE=school or district, both when unset. */
export function benchSizes(): BenchSize[] {
  const size = process.env.BENCH_SIZE;
  if (!size) return ['school', 'district'];
  if (size !== 'school' && size !== 'district') {
    throw new Error(`BENCH_SIZE must be school or district, not ${size}`);
  }
  return [size];
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = ['Riverside', 'Eastside', 'Maple', 'Harbor', 'Summit', 'Lakeview', 'Oak', 'Cedar'];
const KINDS = ['Library', 'Foundation', 'Bakery', 'University', 'Clinic', 'Museum', 'Club'];

function day(offset: number): string {
  return new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Generates a workspace of `size` into a new doc. */
export function generateWorkspace(size: BenchSize): Y.Doc {
  const counts = SIZES[size];
  const next = random(SEED);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const doc = new Y.Doc();
  const partnerIds: string[] = [];
  const goalIds: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < counts.partners; i++) {
      const name = `${pick(WORDS)} ${pick(KINDS)} ${i}`;
      partnerIds.push(
        addPartner(
          doc,
          {
            name,
            kind: 'nonprofit',
            website: `https://partner-${i}.example.org/`,
            emails: [`info@partner-${i}.example.org`],
            tags: [pick(['literacy', 'stem', 'arts', 'sports'])],
            cadenceDays: pick([14, 30, 60, 90]),
          },
          NOW,
        ),
      );
    }
    for (let i = 0; i < counts.people; i++) {
      addPerson(
        doc,
        { name: `Person ${i}`, role: 'Coordinator', partnerId: partnerIds[i % counts.partners]! },
        NOW,
      );
    }
    for (let i = 0; i < counts.goals; i++) {
      goalIds.push(
        addGoal(
          doc,
          {
            title: `Goal ${i}: ${pick(['Reading', 'Attendance', 'Mentoring', 'Funding'])}`,
            column: DEFAULT_COLUMNS[i % DEFAULT_COLUMNS.length]!.id,
            owners: [`Owner ${i % 17}`],
            metric: {
              baseline: 10,
              target: 100,
              direction: 'up',
              unit: 'hours',
              due: '2030-06-30',
            },
          },
          NOW,
        ),
      );
    }
    for (let i = 0; i < counts.checkins; i++) {
      addCheckin(
        doc,
        {
          goalId: goalIds[i % counts.goals]!,
          date: day(Math.floor(next() * 2_500)),
          value: i % 100,
        },
        NOW,
      );
    }
    for (let i = 0; i < counts.logEntries; i++) {
      // Skewed like real life: a few partners have many entries.
      const partner = next() < 0.1 ? partnerIds[0]! : pick(partnerIds);
      addLogEntry(
        doc,
        {
          kind: pick(LOG_KINDS),
          date: day(Math.floor(next() * 2_500)),
          title: `Contact ${i} about the reading programme`,
          notes: `Notes for entry ${i}.`,
          partnerIds: [partner],
          ...(i % 6 === 0 ? { agenda: [{ text: 'Volunteers' }, { text: 'Next steps' }] } : {}),
        },
        NOW,
      );
    }
  }, 'bench-seed');
  return doc;
}

/** The workspace as one Yjs update, from the cache in /tmp when an earlier run made it. */
export function workspaceUpdate(size: BenchSize): { update: Uint8Array; cached: boolean } {
  const dir = join(tmpdir(), 'bridgework-bench');
  const file = join(dir, `${size}-v${GENERATOR_VERSION}.yjs`);
  if (existsSync(file)) return { update: new Uint8Array(readFileSync(file)), cached: true };
  const update = Y.encodeStateAsUpdate(generateWorkspace(size));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, update);
  renameSync(`${file}.tmp`, file);
  return { update, cached: false };
}
