import * as Y from 'yjs';

export type RemoteUpdateResult = { ok: true } | { ok: false; problem: string };

/**
 * Deepest plain value (JSON inside one Yjs item) an update may carry. Bridgework writes values a
 * few levels deep; Yjs encodes and decodes them recursively, and after a transaction it encodes
 * what changed for its `update` listeners (persistence, sync). A value deep enough to overflow
 * that encoder throws out of Yjs's transaction cleanup, which leaves the doc's transaction queue
 * stuck: no observer or `update` listener runs again until reload. Such updates are refused.
 */
export const MAX_VALUE_DEPTH = 64;

/** How deep the plain values in decoded content go, walked without recursion, capped at `limit`. */
export function deepestValue(values: readonly unknown[], limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = values.map((value) => [value, 1]);
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The plain values an item's content holds (JSON, embeds, formatting attributes). */
function plainValues(content: unknown): unknown[] {
  if (content instanceof Y.ContentAny) return content.arr;
  if (content instanceof Y.ContentJSON) return content.arr;
  if (content instanceof Y.ContentEmbed) return [content.embed];
  if (content instanceof Y.ContentFormat) return [content.value];
  return [];
}

/**
 * Applies a peer's update without ever throwing. Bytes that do not decode are rejected whole:
 * `Y.decodeUpdate` reads every struct and the delete set first, because `Y.applyUpdate` alone
 * integrates the structs it has read before it meets the bad ones. Values nested deeper than
 * `MAX_VALUE_DEPTH` are refused (see there). An update that decodes but fails to integrate is
 * reported too; what Yjs integrated before the failure stays.
 */
export function applyRemoteUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
): RemoteUpdateResult {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, problem: 'The update is damaged and cannot be decoded.' };
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (deepestValue(plainValues(struct.content), MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH)
      return {
        ok: false,
        problem: `The update holds a value nested more than ${MAX_VALUE_DEPTH} levels.`,
      };
  }
  try {
    Y.applyUpdate(doc, update, origin);
    return { ok: true };
  } catch {
    return { ok: false, problem: 'The update decoded but could not be applied.' };
  }
}
