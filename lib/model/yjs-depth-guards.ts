import * as Y from 'yjs';
import { deepestValue, MAX_VALUE_DEPTH } from './remote-update';

/*
 * Yjs walks some structures recursively, and a peer controls how deep they go. Two guards here
 * make those walks safe; importing the model installs them (lib/model/doc.ts).
 */

/* ---------- Encoding plain values ---------- */

/**
 * Yjs encodes plain values recursively (`writeAny`, `JSON.stringify`), and after every transaction
 * it encodes what changed for its `update` listeners: persistence and sync. Peers' updates reach
 * the doc through providers that call `Y.applyUpdate` themselves (y-webrtc), so
 * `applyRemoteUpdate`'s depth check cannot stand in front of all of them. A value that decodes
 * but is too deep to encode — JSON content is parsed without recursion, so any depth decodes —
 * then throws out of Yjs's transaction cleanup, and the doc never runs another observer, write or
 * sync until reload: one peer's update would silently stop every save.
 *
 * So encoding itself is guarded: a value nested deeper than MAX_VALUE_DEPTH is written as `null`.
 * The doc in memory keeps the value (every reader is bounded, and the record shows under "Needs
 * attention"), while disk and other peers receive the harmless `null`, which heals the copies
 * downstream. The check walks values without recursion and stops at primitives, so encoding an
 * ordinary record costs a `typeof` per field.
 */

function tooDeep(value: unknown, limit = MAX_VALUE_DEPTH): boolean {
  // Primitives are most of what is encoded: skip the walk for them.
  if (value === null || typeof value !== 'object') return false;
  return deepestValue([value], limit) > limit;
}

let encodeGuardOn = true;

/**
 * Runs `encode` as a peer running another build (or a hostile one) would: without the guard.
 * Tests use it to make the updates such a peer sends; nothing else should.
 */
export function encodeAsUnguardedPeer<T>(encode: () => T): T {
  encodeGuardOn = false;
  try {
    return encode();
  } finally {
    encodeGuardOn = true;
  }
}

const neutral = (value: unknown) => (encodeGuardOn && tooDeep(value) ? null : value);

type Encoder = Y.UpdateEncoderV1 | Y.UpdateEncoderV2;
type Write = (this: Record<string, unknown>, encoder: Encoder, offset: number) => void;

/** Wraps `write` of one content class; `field` names the property holding its values. */
function guard(prototype: { write: Write }, field: 'arr' | 'embed' | 'value') {
  const write = prototype.write;
  prototype.write = function (this: Record<string, unknown>, encoder: Encoder, offset: number) {
    const held = this[field];
    const safe = Array.isArray(held) && field === 'arr' ? held.map(neutral) : neutral(held);
    const changed =
      Array.isArray(held) && field === 'arr'
        ? (safe as unknown[]).some((item, index) => item !== held[index])
        : safe !== held;
    // Same content, one field swapped: the write itself stays Yjs's own.
    write.call(changed ? Object.create(this, { [field]: { value: safe } }) : this, encoder, offset);
  };
}

/* ---------- Deleting and collecting nested shared types ---------- */

/**
 * Deleting a shared map deletes everything inside it, and garbage collection then frees it:
 * Yjs does both by recursion (`ContentType.delete` → `Item.delete` → `ContentType.delete` …, the
 * same for `gc`). Nested maps decode without recursion, so a peer can build one 3,000 levels
 * deep and then send an 11-byte update deleting it: every other peer overflows its stack inside
 * the transaction and its doc stops emitting updates (nothing saved or synced) until reload.
 *
 * Both walks are turned into a work list: a nested call only queues its content, and the
 * outermost call drains the queue. Each queued content does exactly what Yjs's own method does,
 * in the same transaction; only the order changes from depth-first to breadth-first. That is
 * safe because a child is always marked deleted (or replaced by a GC struct) by its parent's
 * pass before its own content is walked, which is the state Yjs's recursion sees too.
 */
function trampoline<A>(prototype: Record<string, unknown>, method: 'delete' | 'gc') {
  const original = prototype[method] as (this: unknown, arg: A) => void;
  let queue: [unknown, A][] | null = null;
  prototype[method] = function (this: unknown, arg: A) {
    if (queue) {
      queue.push([this, arg]);
      return;
    }
    queue = [[this, arg]];
    try {
      for (let i = 0; i < queue.length; i++) {
        const [content, queuedArg] = queue[i]!;
        original.call(content, queuedArg);
      }
    } finally {
      queue = null;
    }
  };
}

let installed = false;

/** Installs the guards once per copy of Yjs. */
export function installYjsDepthGuards() {
  if (installed) return;
  installed = true;
  guard(Y.ContentAny.prototype as unknown as { write: Write }, 'arr');
  guard(Y.ContentJSON.prototype as unknown as { write: Write }, 'arr');
  guard(Y.ContentEmbed.prototype as unknown as { write: Write }, 'embed');
  guard(Y.ContentFormat.prototype as unknown as { write: Write }, 'value');
  const contentType = Y.ContentType.prototype as unknown as Record<string, unknown>;
  trampoline(contentType, 'delete');
  trampoline(contentType, 'gc');
}

installYjsDepthGuards();
