import { z } from 'zod';

/**
 * Field schemas for values read from a shared doc. Any peer can write
 * anything, so optional fields fall back to a safe value instead of
 * invalidating the whole record, and every string is capped.
 */

export const LIMITS = {
  name: 300,
  shortText: 500,
  url: 2048,
  longText: 20_000,
  listItems: 100,
} as const;

/**
 * Record ids this build accepts: what `newId()` makes (a UUID) and the fixed ids of the default
 * board columns. A peer can write a record under any key; one with a line break, a quote or a
 * megabyte in it must never reach an export, a file name or a selector, so such records are
 * quarantined instead of read.
 */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const isRecordId = (id: unknown): id is string =>
  typeof id === 'string' && RECORD_ID.test(id);

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A required one-line text: trimmed, whitespace collapsed, capped, not empty. */
export const requiredLine = (max: number = LIMITS.name) =>
  z
    .string()
    .transform((value) => collapse(value).slice(0, max))
    .pipe(z.string().min(1));

/** An optional one-line text; anything that isn't a string reads as absent. */
export const optionalLine = (max: number = LIMITS.shortText) =>
  z
    .string()
    .transform((value) => collapse(value).slice(0, max) || undefined)
    .optional()
    .catch(undefined);

/** Optional multi-line text: line breaks kept, length capped. */
export const optionalText = (max: number = LIMITS.longText) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max) || undefined)
    .optional()
    .catch(undefined);

/** Only http(s) URLs survive: a `javascript:` or `data:` value reads as absent. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > LIMITS.url) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const optionalHttpUrl = z.unknown().transform(safeHttpUrl).optional();

/**
 * A list of short strings: non-strings dropped, duplicates removed, capped.
 * Lists are `.optional()` before the transform so a record without the field
 * (older client, hand-written by a peer) reads as `[]` instead of being invalid.
 */
export const stringList = (maxLength: number = LIMITS.shortText) =>
  z
    .unknown()
    .optional()
    .transform((value) => {
      if (!Array.isArray(value)) return [] as string[];
      const seen = new Set<string>();
      for (const item of value) {
        if (typeof item !== 'string') continue;
        const clean = collapse(item).slice(0, maxLength);
        if (clean) seen.add(clean);
        if (seen.size >= LIMITS.listItems) break;
      }
      return [...seen];
    });

export const urlList = z
  .unknown()
  .optional()
  .transform((value) => {
    if (!Array.isArray(value)) return [] as string[];
    const urls = value.map(safeHttpUrl).filter((url): url is string => url !== undefined);
    return [...new Set(urls)].slice(0, LIMITS.listItems);
  });

export const timestamp = z.number().finite().nonnegative().catch(0);

export const optionalTimestamp = z.number().finite().nonnegative().optional().catch(undefined);

export const optionalId = z.string().regex(RECORD_ID).optional().catch(undefined);

export const idList = z
  .unknown()
  .optional()
  .transform((value) => (Array.isArray(value) ? [...new Set(value.filter(isRecordId))] : []));

export const flag = z.boolean().catch(false);

/** A value from a fixed set; unknown values read as the fallback. */
export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
) => z.enum(values).catch(fallback);
