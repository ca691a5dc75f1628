import { signal } from '@preact/signals';
import * as Y from 'yjs';
import { createDuplicateIndex } from '../capture/match';
import { t, type MessageKey } from '../i18n';
import {
  findHeaderRow,
  guessMapping,
  recordsFromTable,
  type ColumnMapping,
  type ImportField,
} from '../model/csv-mapping';
import { firstFilledRecord, parseCsvText, tableFrom, type CsvTable } from '../model/csv-table';
import type { ImportRecord } from '../model/import-record';
import {
  applyImport,
  planImport,
  type DuplicateChoice,
  type FindExisting,
  type ImportPlan,
  type ImportSummary,
  type RowError,
} from '../model/import-plan';
import type { Partner } from '../model/partner';
import { decodeText, type TextEncodingName } from '../model/text-decoding';
import { isVCardText, parseVCards } from '../model/vcard';

/**
 * Settings → Import: file (or pasted text) → columns → preview → Import → result. The slow
 * steps (reading a large file, checking its rows) run in slices that yield to the panel between
 * them (`pause`), with `progress` for a progress bar. The import itself is one local transaction
 * after an 'import' snapshot, between two undo boundaries, so Undo takes back exactly the import.
 */

/** A file larger than this is refused before it is read (a district's whole list is far less). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportStep = 'choose' | 'busy' | 'mapping' | 'preview' | 'done';

export interface ImportDeps {
  doc: Y.Doc;
  /** The workspace's live partners, for duplicate matching. */
  partners: () => Iterable<Partner>;
  /** Takes the safety snapshot; resolves false when none could be stored. */
  snapshot: () => Promise<boolean>;
  /** The undo manager's stopCapturing. */
  undoBoundary: () => void;
  /** Undoes the last undo step: takes back an import that failed halfway. */
  revert: () => void;
  /** Awaited between slices of work; yields to the event loop by default. */
  pause?: () => Promise<void>;
}

export interface ImportResult {
  summary: ImportSummary;
  errors: RowError[];
  safety: boolean;
}

const DELIMITER_KEYS: Record<string, MessageKey> = {
  ',': 'data.delimiter.comma',
  ';': 'data.delimiter.semicolon',
  '\t': 'data.delimiter.tab',
  '|': 'data.delimiter.bar',
};

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

/** Duplicate matching as capture does it, over the workspace's partners at planning time. */
export function duplicateFinder(partners: Iterable<Partner>): FindExisting {
  const byId = new Map<string, Partner>();
  for (const partner of partners) byId.set(partner.id, partner);
  const index = createDuplicateIndex([...byId.values()]);
  return (candidate) => {
    for (const match of index.find(candidate)) {
      const partner = byId.get(match.id);
      if (partner) return { partnerId: partner.id, name: partner.name, reason: match.reason };
    }
    return null;
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Rows turned into import records between two yields. */
const RECORD_SLICE = 2000;

const yieldToPanel = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ImportFlow {
  readonly step = signal<ImportStep>('choose');
  /** What the busy step is doing, and how far (0–1). */
  readonly busy = signal<{ label: string; progress: number } | null>(null);
  readonly error = signal<string | null>(null);
  /** "200 rows in 4 columns, separated by commas, read as UTF-8." */
  readonly found = signal('');
  readonly table = signal<CsvTable | null>(null);
  readonly mapping = signal<ColumnMapping>([]);
  readonly plan = signal<ImportPlan | null>(null);
  readonly choices = signal<ReadonlyMap<string, DuplicateChoice>>(new Map());
  readonly result = signal<ImportResult | null>(null);
  private fromVCard = false;

  constructor(private readonly deps: ImportDeps) {}

  private get pause() {
    return this.deps.pause ?? yieldToPanel;
  }

  reset() {
    this.step.value = 'choose';
    this.busy.value = null;
    this.error.value = null;
    this.found.value = '';
    this.table.value = null;
    this.mapping.value = [];
    this.plan.value = null;
    this.choices.value = new Map();
    this.result.value = null;
  }

  private fail(message: string) {
    this.busy.value = null;
    this.error.value = message;
    this.step.value = 'choose';
  }

  async readFile(file: { size: number; arrayBuffer: () => Promise<ArrayBuffer> }): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      this.fail(t('data.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }));
      return;
    }
    let bytes: Uint8Array;
    this.reset();
    this.step.value = 'busy';
    this.busy.value = { label: t('data.import.reading'), progress: 0 };
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.fail(t('data.import.unreadable'));
      return;
    }
    const decoded = decodeText(bytes);
    await this.readText(decoded.text, decoded.encoding);
  }

  async readText(text: string, encoding: TextEncodingName = 'utf-8'): Promise<void> {
    this.reset();
    if (!text.trim()) {
      this.fail(t('data.import.empty'));
      return;
    }
    if (isVCardText(text)) {
      const read = parseVCards(text);
      if (!read.ok) {
        this.fail(t('data.import.badVcard', { problem: read.detail }));
        return;
      }
      this.fromVCard = true;
      this.found.value = t('data.import.foundCards', { count: read.records.length });
      await this.planRecords(read.records);
      return;
    }
    this.fromVCard = false;
    this.step.value = 'busy';
    this.busy.value = { label: t('data.import.reading'), progress: 0 };
    try {
      const raw = await parseCsvText(text, {
        pause: this.pause,
        onProgress: (progress) => (this.busy.value = { label: t('data.import.reading'), progress }),
      });
      const table = tableFrom(raw, findHeaderRow(raw.records, firstFilledRecord(raw.records)));
      if (table.rows.length === 0) {
        this.fail(t('data.import.empty'));
        return;
      }
      this.table.value = table;
      this.mapping.value = guessMapping(table.header);
      this.found.value = t('data.import.found', {
        rows: table.rows.length,
        columns: table.header.length,
        delimiter: t(DELIMITER_KEYS[table.delimiter] ?? 'data.delimiter.comma'),
        encoding: ENCODING_NAMES[encoding],
      });
      this.busy.value = null;
      this.step.value = 'mapping';
    } catch {
      this.fail(t('data.import.unreadable'));
    }
  }

  setField(column: number, field: ImportField) {
    const next = [...this.mapping.value];
    next[column] = field;
    this.mapping.value = next;
  }

  /** Whether the mapping names who each row is about; the preview needs it. */
  get mappingNamesSomeone(): boolean {
    return this.mapping.value.some(
      (f) => f === 'organisation' || f === 'person' || f === 'givenName' || f === 'familyName',
    );
  }

  async preview(): Promise<void> {
    const table = this.table.value;
    if (!table) return;
    if (!this.mappingNamesSomeone) {
      this.error.value = t('data.mapping.noName');
      return;
    }
    this.error.value = null;
    this.step.value = 'busy';
    const label = t('data.import.checking');
    this.busy.value = { label, progress: 0 };
    // Built in slices too: a 10 MB file has some 100,000 rows.
    const records: ImportRecord[] = [];
    for (let start = 0; start < table.rows.length; start += RECORD_SLICE) {
      const slice = { ...table, rows: table.rows.slice(start, start + RECORD_SLICE) };
      records.push(...recordsFromTable(slice, this.mapping.value));
      await this.pause();
    }
    await this.planRecords(records);
  }

  private async planRecords(records: ImportRecord[]) {
    this.step.value = 'busy';
    const label = t('data.import.checking');
    this.busy.value = { label, progress: 0 };
    const plan = await planImport(records, duplicateFinder(this.deps.partners()), {
      pause: this.pause,
      onProgress: (progress) => (this.busy.value = { label, progress }),
    });
    this.plan.value = plan;
    this.choices.value = new Map();
    this.busy.value = null;
    this.step.value = 'preview';
  }

  choose(key: string, choice: DuplicateChoice) {
    const next = new Map(this.choices.value);
    next.set(key, choice);
    this.choices.value = next;
  }

  chooseAll(choice: DuplicateChoice) {
    const plan = this.plan.value;
    if (!plan) return;
    this.choices.value = new Map(
      plan.partners.filter((p) => p.match).map((p) => [p.key, choice] as const),
    );
  }

  /** Back from the preview: to the columns for a CSV file, to the start for vCards. */
  back() {
    this.plan.value = null;
    this.step.value = this.fromVCard || !this.table.value ? 'choose' : 'mapping';
  }

  async confirm(): Promise<void> {
    const plan = this.plan.value;
    if (!plan || this.step.value !== 'preview') return;
    this.step.value = 'busy';
    this.busy.value = { label: t('data.import.importing'), progress: 0 };
    const safety = await this.deps.snapshot();
    const before = Y.encodeStateVector(this.deps.doc);
    try {
      this.deps.undoBoundary();
      const summary = applyImport(this.deps.doc, plan, this.choices.value);
      this.deps.undoBoundary();
      this.result.value = { summary, errors: plan.errors, safety };
      this.busy.value = null;
      this.step.value = 'done';
    } catch (error) {
      // A Yjs transaction keeps what it wrote before a throw; the import is its own undo step
      // (the boundaries above), so undoing it leaves the workspace as it was.
      this.deps.undoBoundary();
      if (!sameBytes(before, Y.encodeStateVector(this.deps.doc))) this.deps.revert();
      this.fail(
        t('data.result.failed', {
          problem: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
}
