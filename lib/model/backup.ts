import * as Y from 'yjs';
import { z } from 'zod';
import { boundedCopy } from './bounded';
import { localDay } from './days';
import { collection, COLLECTIONS, type CollectionName } from './doc';
import { forEachHistoryRecord } from './history-records';
import { isYearlyCollection } from './history-years';
import { SCHEMA_VERSION } from './migrations';
import { decodeUpdate } from './snapshot-restore';
import { workspaceName } from './workspace';

/**
 * The backup file: one JSON document holding the whole workspace as a Yjs update (base64), which
 * is what `Restore backup` merges back, plus a readable copy of the records for a person or
 * another tool (never read back: the update is the truth). A file comes from anywhere, so
 * reading it is strict: size, JSON, shape and the update itself are checked before anything
 * touches the workspace, and each failure has its own message.
 *
 * A workspace in the split layout (lib/model/history-years.ts) keeps each school year's log in a
 * doc of its own; its backup is version 2 and adds `years`, each year doc's update keyed by its
 * year. A workspace in one doc still writes version 1, the file every build reads; a build that
 * knows only version 1 refuses a version 2 file (“another version”) rather than restoring it
 * without its older years.
 */

export const BACKUP_FORMAT = 'bridgework-backup';
export const BACKUP_VERSION = 1;
/** A backup that also holds year docs (`years`). */
export const YEARS_BACKUP_VERSION = 2;
/** Larger than any district workspace we design for; a bigger file is refused unread. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION | typeof YEARS_BACKUP_VERSION;
  workspaceName: string;
  schemaVersion: number;
  createdAt: number;
  /** `Y.encodeStateAsUpdate(doc)`, base64. */
  update: string;
  /** Version 2: each year doc's `Y.encodeStateAsUpdate`, base64, keyed by its school year. */
  years?: Record<string, string>;
  /** Readable copy: collection → id → record fields (the log from every doc, each entry once). */
  records: Partial<Record<CollectionName, Record<string, unknown>>>;
}

/** One school year's doc of a workspace in the split layout. */
export interface YearDocOf {
  year: number;
  doc: Y.Doc;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function readableRecords(doc: Y.Doc, years: readonly YearDocOf[]): Backup['records'] {
  const records: Backup['records'] = {};
  for (const name of COLLECTIONS) {
    const items: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const keep = (raw: unknown, id: string) => {
      const copy = boundedCopy(raw);
      // A record too deep to copy would be too deep to stringify: it is in the update only.
      if (copy.ok) items[id] = copy.value;
    };
    try {
      if (isYearlyCollection(name))
        forEachHistoryRecord([doc, ...years.map((y) => y.doc)], name, keep);
      else collection(doc, name).forEach(keep);
    } catch {
      // The name is held by another kind of shared type: nothing readable to copy.
    }
    if (Object.keys(items).length) records[name] = items;
  }
  return records;
}

/** `years`: every year doc of a split workspace, all loaded (`YearHistory.load`). */
export function createBackup(
  doc: Y.Doc,
  fallbackName: string,
  now = Date.now(),
  years: readonly YearDocOf[] = [],
): Backup {
  const yearUpdates: Record<string, string> = {};
  for (const { year, doc: yearDoc } of years)
    yearUpdates[String(year)] = toBase64(Y.encodeStateAsUpdate(yearDoc));
  return {
    format: BACKUP_FORMAT,
    version: years.length ? YEARS_BACKUP_VERSION : BACKUP_VERSION,
    workspaceName: workspaceName(doc) ?? fallbackName,
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    update: toBase64(Y.encodeStateAsUpdate(doc)),
    ...(years.length ? { years: yearUpdates } : {}),
    records: readableRecords(doc, years),
  };
}

/** The file's text: the readable part indented so a person can read it. */
export function backupText(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** `bridgework-<name>-<YYYY-MM-DD>.bridgework.json`, with the name made safe for any disk. */
export function backupFileName(name: string, at: Date): string {
  const safe =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'workspace';
  return `bridgework-${safe}-${localDay(at.getTime())}.bridgework.json`;
}

const isSchoolYear = (key: string) => /^\d{4}$/.test(key) && Number(key) >= 1900;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(BACKUP_VERSION), z.literal(YEARS_BACKUP_VERSION)]),
  workspaceName: z.string().max(1000),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.number().finite().nonnegative(),
  update: z.string().min(1),
  years: z
    .record(z.string().refine(isSchoolYear), z.string().min(1))
    .refine((years) => Object.keys(years).length <= 200)
    .optional(),
});

export interface ReadBackup {
  workspaceName: string;
  createdAt: number;
  schemaVersion: number;
  update: Uint8Array;
  /** The year docs' updates, newest year first (none in a version 1 file). */
  years: { year: number; update: Uint8Array }[];
}

/** A base64 Yjs update that decodes and applies whole, or null. */
function checkedUpdate(text: string): Uint8Array | null {
  const update = fromBase64(text);
  const doc = update ? decodeUpdate(update) : null;
  if (!update || !doc) return null;
  doc.destroy();
  return update;
}

/** Why a file is not a readable backup, as a code the interface words (`settings.backup.error.*`). */
export type BackupError =
  | { code: 'tooLarge'; values: { megabytes: number } }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'otherVersion' }
  | { code: 'missingParts' }
  | { code: 'damagedData' };

/** English wording of a backup error, for logs and tests (the panel words the code). */
export function backupErrorText(error: BackupError): string {
  switch (error.code) {
    case 'tooLarge':
      return `This file is larger than ${error.values.megabytes} MB, too large for a Bridgework backup.`;
    case 'notJson':
      return 'This file is not a Bridgework backup: it is not valid JSON.';
    case 'notBackup':
      return 'This file is not a Bridgework backup.';
    case 'otherVersion':
      return 'This backup was made by another version of Bridgework and cannot be read here.';
    case 'missingParts':
      return 'This backup is damaged: some of its parts are missing.';
    case 'damagedData':
      return 'This backup is damaged: its workspace data cannot be read.';
  }
}

export type ParsedBackup =
  { ok: true; backup: ReadBackup } | { ok: false; error: string; reason: BackupError };

function refuse(reason: BackupError): ParsedBackup {
  return { ok: false, error: backupErrorText(reason), reason };
}

/** Checks a file's text from top to bottom; nothing is applied anywhere. */
export function parseBackup(text: string, maxBytes = MAX_BACKUP_BYTES): ParsedBackup {
  if (text.length > maxBytes)
    return refuse({
      code: 'tooLarge',
      values: { megabytes: Math.round(maxBytes / 1024 / 1024) },
    });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return refuse({ code: 'notBackup' });
  const format = (json as Record<string, unknown>).format;
  const version = (json as Record<string, unknown>).version;
  if (format !== BACKUP_FORMAT) return refuse({ code: 'notBackup' });
  if (version !== BACKUP_VERSION && version !== YEARS_BACKUP_VERSION)
    return refuse({ code: 'otherVersion' });
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return refuse({ code: 'missingParts' });
  // Version 2 is the file with year docs; without them it is missing a part.
  if ((version === YEARS_BACKUP_VERSION) !== (parsed.data.years !== undefined))
    return refuse({ code: 'missingParts' });
  const update = checkedUpdate(parsed.data.update);
  if (!update) return refuse({ code: 'damagedData' });
  const years: ReadBackup['years'] = [];
  for (const [key, text] of Object.entries(parsed.data.years ?? {})) {
    const yearUpdate = checkedUpdate(text);
    if (!yearUpdate) return refuse({ code: 'damagedData' });
    years.push({ year: Number(key), update: yearUpdate });
  }
  years.sort((a, b) => b.year - a.year);
  return {
    ok: true,
    backup: {
      workspaceName: parsed.data.workspaceName,
      createdAt: parsed.data.createdAt,
      schemaVersion: parsed.data.schemaVersion,
      update,
      years,
    },
  };
}
