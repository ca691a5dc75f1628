// Workspaces at the sizes DESIGN.md names, written with the model's own functions (addPartner,
// addPerson, addLogEntry, addGoal, addCheckin, addFeedback, addContribution) from a fixed seed, and cached as one Yjs update in
// /tmp: a district takes minutes to generate on a shared 2-core machine, and every run of the
// benchmark should open the same bytes. Record ids are the model's random ones; everything else
// (names, dates, links between records) comes from the seed.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCheckin, listCheckins } from '../../lib/model/checkin';
import { raiseLatestCheckins } from '../../lib/model/checkin-summary';
import { addGoal, DEFAULT_COLUMNS } from '../../lib/model/goal';
import { addLogEntry, listLogEntries, LOG_KINDS } from '../../lib/model/log-entry';
import { countsAsContact } from '../../lib/model/cadence';
import { raiseContacts } from '../../lib/model/contact-summary';
import { markYearLayout, noteHistoryYear } from '../../lib/model/history-years';
import { schoolYearOf } from '../../lib/model/school-year';
import { addPartner } from '../../lib/model/partner';
import { addPerson } from '../../lib/model/person';
import { addContribution } from '../../lib/model/contribution';
import { addFeedback, feedbackSchema } from '../../lib/model/feedback';
import { noteRecentPulses } from '../../lib/model/feedback-summary';
import { readAll } from '../../lib/model/records';

export type BenchSize = 'school' | 'district';

export const SIZES: Record<
  BenchSize,
  {
    partners: number;
    people: number;
    logEntries: number;
    goals: number;
    checkins: number;
    feedback: number;
    contributions: number;
  }
> = {
  school: {
    partners: 500,
    people: 1_500,
    logEntries: 5_000,
    goals: 50,
    checkins: 1_000,
    feedback: 500,
    contributions: 1_000,
  },
  district: {
    partners: 10_000,
    people: 30_000,
    logEntries: 100_000,
    goals: 1_000,
    checkins: 20_000,
    feedback: 10_000,
    contributions: 20_000,
  },
};

/** Bump when the generator changes, so a cached file from an older one is not reused. */
const GENERATOR_VERSION = 2;
/** The split layout's own version (its cache folder). */
const SPLIT_VERSION = 4;
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

const FIRST_DAY = Date.UTC(2019, 0, 1);

/** Generates a workspace of `size` into a new doc; `split`: its log goes into year docs instead. */
export function generateWorkspace(size: BenchSize, split?: SplitHistory): Y.Doc {
  const counts = SIZES[size];
  // A split workspace's history runs up to NOW, so the current school year holds its months.
  const first = split ? NOW - 2_500 * 86_400_000 : FIRST_DAY;
  const day = (offset: number) => new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
  const logDocFor = (date: string, main: Y.Doc) => split?.docFor(date, main) ?? main;
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
      const date = day(Math.floor(next() * 2_500));
      addCheckin(
        logDocFor(date, doc),
        { goalId: goalIds[i % counts.goals]!, date, value: i % 100 },
        NOW,
      );
    }
    for (let i = 0; i < counts.logEntries; i++) {
      // Skewed like real life: a few partners have many entries.
      const partner = next() < 0.1 ? partnerIds[0]! : pick(partnerIds);
      const date = day(Math.floor(next() * 2_500));
      addLogEntry(
        logDocFor(date, doc),
        {
          kind: pick(LOG_KINDS),
          date,
          title: `Contact ${i} about the reading programme`,
          notes: `Notes for entry ${i}.`,
          partnerIds: [partner],
          ...(i % 6 === 0 ? { agenda: [{ text: 'Volunteers' }, { text: 'Next steps' }] } : {}),
        },
        NOW,
      );
    }
    const history = { main: doc, docFor: (date: string) => logDocFor(date, doc), all: () => [doc] };
    for (let i = 0; i < counts.feedback; i++) {
      const date = day(Math.floor(next() * 2_500));
      const score = 1 + Math.floor(next() * 5);
      addFeedback(history, { partnerId: pick(partnerIds), date, score, channel: 'survey' }, NOW);
    }
    for (let i = 0; i < counts.contributions; i++) {
      const date = day(Math.floor(next() * 2_500));
      const money = next() < 0.6;
      const fromPartner = next() < 0.8;
      addContribution(
        history,
        {
          partnerId: pick(partnerIds),
          direction: fromPartner ? 'from-partner' : 'to-partner',
          kind: fromPartner
            ? money
              ? 'grant'
              : 'volunteer-hours'
            : money
              ? 'resources'
              : 'training',
          ...(money ? { amount: 50 + Math.floor(next() * 5_000), currency: 'USD' } : {}),
          ...(money ? {} : { hours: 1 + Math.floor(next() * 40) }),
          date,
        },
        NOW,
      );
    }
  }, 'bench-seed');
  return doc;
}

/** Where a split workspace's history goes (log entries, check-ins, feedback, contributions): a doc per school year. */
export interface SplitHistory {
  docFor: (date: string, main: Y.Doc) => Y.Doc;
}

/**
 * The workspace in the split layout (lib/model/history-years.ts), as a district's looks once its
 * history is per school year: the workspace doc (layout, years, last contacts, no log) and one
 * doc per year. Cached in /tmp like `workspaceUpdate`.
 */
export function splitWorkspaceUpdates(size: BenchSize): {
  main: Uint8Array;
  years: Map<number, Uint8Array>;
  cached: boolean;
} {
  const dir = join(tmpdir(), 'bridgework-bench', `${size}-split-v${SPLIT_VERSION}`);
  if (existsSync(join(dir, 'done'))) {
    const years = new Map<number, Uint8Array>();
    for (const name of readdirSync(dir))
      if (/^\d{4}\.yjs$/.test(name))
        years.set(Number(name.slice(0, 4)), new Uint8Array(readFileSync(join(dir, name))));
    return { main: new Uint8Array(readFileSync(join(dir, 'main.yjs'))), years, cached: true };
  }
  const yearDocs = new Map<number, Y.Doc>();
  const today = new Date(NOW).toISOString().slice(0, 10);
  const main = generateWorkspace(size, {
    docFor: (date, workspace) => {
      const year = schoolYearOf(date) ?? 2019;
      let doc = yearDocs.get(year);
      if (!doc) yearDocs.set(year, (doc = new Y.Doc()));
      noteHistoryYear(workspace, year);
      return doc;
    },
  });
  main.transact(() => {
    markYearLayout(main);
    noteHistoryYear(main, schoolYearOf(today)!);
    // Each partner's latest contact, written once (as a migration does), not raised entry by entry.
    const latest = new Map<string, string>();
    for (const doc of yearDocs.values())
      for (const entry of listLogEntries(doc).items) {
        if (!countsAsContact(entry.kind) || entry.date.slice(0, 10) > today) continue;
        for (const id of entry.partnerIds)
          if ((latest.get(id) ?? '') < entry.date) latest.set(id, entry.date);
      }
    for (const [id, date] of latest) raiseContacts(main, [id], date, today);
    // And each goal's latest check-in.
    for (const doc of yearDocs.values()) raiseLatestCheckins(main, listCheckins(doc).items);
    // And the recent feedback pulses partners' trends read.
    for (const doc of yearDocs.values())
      noteRecentPulses(main, readAll(doc, 'feedback', feedbackSchema).items, NOW);
  }, 'bench-seed');
  mkdirSync(dir, { recursive: true });
  const years = new Map<number, Uint8Array>();
  for (const [year, doc] of yearDocs) {
    const update = Y.encodeStateAsUpdate(doc);
    years.set(year, update);
    writeFileSync(join(dir, `${year}.yjs`), update);
  }
  const update = Y.encodeStateAsUpdate(main);
  writeFileSync(join(dir, 'main.yjs'), update);
  writeFileSync(join(dir, 'done'), '');
  return { main: update, years, cached: false };
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
