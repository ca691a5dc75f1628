import { z } from 'zod';
import { PARTNER_KINDS, type Partner, type PartnerRowData } from './partner';
import type { PartnershipHealth } from './health';

/**
 * The partners list's first screen, kept beside the workspace doc so that the panel paints rows
 * before the doc has loaded. Why: loading a district's doc takes seconds in the browser
 * (PLATFORM.md, "Yjs sizes and load times") while this is a few kilobytes. It is a picture of the
 * list when it was last shown, replaced by the live list as soon as the doc is open; it is never
 * read as data and never synced, so a stale one costs a moment of old rows, nothing more.
 *
 * Cost: the first FIRST_VIEW_ROWS rows (enough for a tall screen and a scroll) and the count;
 * lib/state/first-view-keeper.ts says when it is written.
 */
export const FIRST_VIEW_KEY = 'first-view';
export const FIRST_VIEW_ROWS = 60;

export interface FirstViewRow {
  partner: PartnerRowData;
  peopleCount: number;
  contact?: { lastContact?: string; overdue: boolean };
  health?: PartnershipHealth;
}

export interface FirstView {
  version: 1;
  total: number;
  rows: FirstViewRow[];
}

const text = z.string().max(2_000);
const rowSchema = z.object({
  partner: z.object({
    id: text,
    name: text,
    kind: z.enum(PARTNER_KINDS),
    website: text.optional(),
    emails: z.array(text).max(1),
    logo: text.optional(),
    tags: z.array(text).max(3),
  }),
  peopleCount: z.number().int().min(0),
  contact: z.object({ lastContact: text.optional(), overdue: z.boolean() }).optional(),
  health: z
    .object({
      level: z.enum(['good', 'watch', 'at-risk', 'unknown']),
      reasons: z
        .array(
          z.object({
            code: z.enum([
              'noHistory',
              'neverContacted',
              'contactOverdue',
              'commitmentsOverdue',
              'openConcerns',
              'feedbackDown',
              'contactOnTime',
              'feedbackUp',
              'feedbackSteady',
            ]),
            count: z.number().optional(),
          }),
        )
        .max(10),
    })
    .optional(),
});
const firstViewSchema = z.object({
  version: z.literal(1),
  total: z.number().int().min(0),
  rows: z.array(rowSchema).max(FIRST_VIEW_ROWS),
});

/** What was kept, or null when there is none or it is not one we can read (older, damaged). */
export function readFirstView(value: unknown): FirstView | null {
  const parsed = firstViewSchema.safeParse(value);
  return parsed.success ? (parsed.data as FirstView) : null;
}

export interface FirstViewSources {
  partners: readonly Partner[];
  peopleCount: (partnerId: string) => number;
  contactOf?: ((partner: Partner) => FirstViewRow['contact']) | undefined;
  healthOf?: ((partner: Partner) => PartnershipHealth | undefined) | undefined;
}

/** The first screen of the list as it is now (partners in list order). */
export function firstViewOf(sources: FirstViewSources): FirstView {
  const rows = sources.partners.slice(0, FIRST_VIEW_ROWS).map((partner): FirstViewRow => {
    const row: FirstViewRow = {
      partner: {
        id: partner.id,
        name: partner.name,
        kind: partner.kind,
        emails: partner.emails.slice(0, 1),
        tags: partner.tags.slice(0, 3),
        ...(partner.website ? { website: partner.website } : {}),
        ...(partner.logo ? { logo: partner.logo } : {}),
      },
      peopleCount: sources.peopleCount(partner.id),
    };
    const contact = sources.contactOf?.(partner);
    if (contact) row.contact = contact;
    const health = sources.healthOf?.(partner);
    if (health) row.health = health;
    return row;
  });
  return { version: 1, total: sources.partners.length, rows };
}
