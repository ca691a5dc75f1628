/**
 * A picture of the partners list's first screen, kept beside the workspace doc so that the panel
 * paints rows before the doc has loaded. Why: loading a district's doc takes seconds in the
 * browser (PLATFORM.md, "Yjs sizes and load times") while this is a few kilobytes, and the panel
 * paints it before its own code has loaded. So it holds the rows' texts as they were shown (in the
 * language of that moment), not data: nothing reads it but the picture, it is never synced, and a
 * stale one costs a moment of old rows, replaced by the live list as soon as the doc is open.
 *
 * Cost: the first FIRST_VIEW_ROWS rows (enough for a tall screen and a scroll) and the count;
 * lib/state/first-view-keeper.ts says when it is written. Read back with a hand-written check, not
 * zod, which the picture's small chunk does without.
 */
export const FIRST_VIEW_KEY = 'first-view';
export const FIRST_VIEW_ROWS = 60;
const MAX_TEXT = 2_000;

/** What a partner row says, worded: the same for the live row and the picture. */
export interface PartnerRowTexts {
  /** Kind, website or email, people. */
  detail: string;
  /** Last contact, or none yet; `overdue` marks it. Ends with a separator when more follows. */
  contact?: { text: string; overdue: boolean };
  /** What the health line adds to the contact status (commitments, concerns, feedback). */
  concern?: { level: 'watch' | 'at-risk'; text: string };
  /** At most two tags are shown. */
  tags: string[];
  /** The tags' accessible name, when there are any. */
  tagsLabel?: string;
}

export interface FirstViewRow {
  id: string;
  name: string;
  logo?: string;
  texts: PartnerRowTexts;
}

export interface FirstView {
  version: 2;
  /** The interface language the texts are in. */
  lang: string;
  total: number;
  texts: { status: string; count: string; list: string };
  rows: FirstViewRow[];
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);

function isRowTexts(value: unknown): value is PartnerRowTexts {
  if (!isObject(value) || !isText(value.detail)) return false;
  const { contact, concern, tags } = value;
  return (
    optional(contact, (c) => isObject(c) && isText(c.text) && typeof c.overdue === 'boolean') &&
    optional(
      concern,
      (c) => isObject(c) && (c.level === 'watch' || c.level === 'at-risk') && isText(c.text),
    ) &&
    Array.isArray(tags) &&
    tags.length <= 2 &&
    tags.every(isText) &&
    optional(value.tagsLabel, isText)
  );
}

function isRow(value: unknown): value is FirstViewRow {
  return (
    isObject(value) &&
    isText(value.id) &&
    isText(value.name) &&
    optional(value.logo, (logo) => isText(logo) && /^https?:\/\//i.test(logo as string)) &&
    isRowTexts(value.texts)
  );
}

/** The picture that was kept, or null when there is none or it is not one we can read. */
export function readFirstView(value: unknown): FirstView | null {
  if (!isObject(value) || value.version !== 2 || !isText(value.lang)) return null;
  const { total, texts, rows } = value;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) return null;
  if (!isObject(texts) || !isText(texts.status) || !isText(texts.count) || !isText(texts.list))
    return null;
  if (!Array.isArray(rows) || rows.length > FIRST_VIEW_ROWS || !rows.every(isRow)) return null;
  return value as unknown as FirstView;
}
