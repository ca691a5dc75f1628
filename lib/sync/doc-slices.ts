import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * A whole doc as many small Yjs updates instead of one, so that loading it can give the browser
 * its main thread back between them. Why: `Y.applyUpdate` of one update is one uninterruptible
 * task; a district's doc (57 MB) is one task of ~10 s in the browser, and the panel cannot even
 * scroll meanwhile. Applied one by one, in the order given here, the slices build exactly the doc
 * (same state vector, same content, same deletions) and each takes milliseconds.
 *
 * The order is what makes it work. An item refers to the items it was inserted between (`origin`,
 * `rightOrigin`) and to the item of the type it is in (`parent`), often written by other clients.
 * Yjs keeps an item whose references are missing aside ("pending") and re-reads every pending
 * item on each later update: slices in the wrong order are correct but slow (measured with 300
 * clients: 3× slower in an arbitrary order, 25× in the reverse one). So slices are ordered so that
 * every slice comes after the slices it refers to: a topological order of the slices' references,
 * with slices that refer to each other (a cycle, possible when two clients edited in turns within
 * one slice's range) merged into one update (Tarjan's strongly connected components). Each
 * client's slices also depend on the one before, so a client's items arrive in clock order.
 *
 * The deletions come last, with the last slice: by then every item they delete is there.
 *
 * Cost: one pass over every item to write them (what `Y.encodeStateAsUpdate` does) and one to
 * read their references: about 2 s for a district's doc in Node. Done when the stored rows are
 * merged (compaction), not when loading.
 */
export const STRUCTS_PER_SLICE = 2_000;

interface Slice {
  client: number;
  /** Indexes into the client's structs: [from, to). */
  from: number;
  to: number;
  firstClock: number;
}

export function encodeInSlices(doc: Y.Doc, structsPerSlice = STRUCTS_PER_SLICE): Uint8Array[] {
  const slices: Slice[] = [];
  /** Per client, the first clock of each of its slices and the slices' numbers. */
  const starts = new Map<number, { clocks: number[]; ids: number[] }>();
  for (const [client, structs] of doc.store.clients) {
    const own = { clocks: [] as number[], ids: [] as number[] };
    for (let from = 0; from < structs.length; from += structsPerSlice) {
      own.clocks.push(structs[from]!.id.clock);
      own.ids.push(slices.length);
      slices.push({
        client,
        from,
        to: Math.min(structs.length, from + structsPerSlice),
        firstClock: structs[from]!.id.clock,
      });
    }
    starts.set(client, own);
  }
  const sliceOf = (id: Y.ID | null | undefined): number | undefined => {
    if (!id) return undefined;
    const own = starts.get(id.client);
    if (!own) return undefined;
    let low = 0;
    let high = own.clocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (own.clocks[middle]! <= id.clock) low = middle;
      else high = middle - 1;
    }
    return own.ids[low];
  };
  const dependencies = slices.map((slice, index) => {
    const needs = new Set<number>();
    const own = starts.get(slice.client)!;
    const position = own.ids.indexOf(index);
    if (position > 0) needs.add(own.ids[position - 1]!);
    const structs = doc.store.clients.get(slice.client)!;
    for (let i = slice.from; i < slice.to; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item)) continue;
      for (const id of [struct.origin, struct.rightOrigin, parentItemId(struct)]) {
        const needed = sliceOf(id);
        if (needed !== undefined && needed !== index) needs.add(needed);
      }
    }
    return [...needs];
  });
  const updates = inDependencyOrder(dependencies).map((group) =>
    group.length === 1
      ? encodeSlice(doc, slices[group[0]!]!)
      : Y.mergeUpdates(group.map((index) => encodeSlice(doc, slices[index]!))),
  );
  // Every deletion and no items (the doc's state against its own state vector), with the last
  // slice: a small doc stays one row.
  const deletions = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
  const last = updates.pop();
  updates.push(last ? Y.mergeUpdates([last, deletions]) : deletions);
  return updates;
}

function parentItemId(item: Y.Item): Y.ID | null {
  const parent = item.parent;
  return parent instanceof Y.AbstractType && parent._item ? parent._item.id : null;
}

/** The slice's structs in Yjs' update format (version 1), with no deletions. */
function encodeSlice(doc: Y.Doc, slice: Slice): Uint8Array {
  const structs = doc.store.clients.get(slice.client)!;
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, slice.to - slice.from);
  encoder.writeClient(slice.client);
  encoding.writeVarUint(encoder.restEncoder, slice.firstClock);
  for (let i = slice.from; i < slice.to; i++) structs[i]!.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/**
 * Groups of slices in an order where every group comes after the groups it depends on; slices
 * that depend on each other share a group. Tarjan's algorithm, without recursion (a district has
 * ~1,000 slices and a long chain of them), emits each strongly connected component after every
 * component it can reach, which along "depends on" edges is exactly that order.
 */
export function inDependencyOrder(dependencies: readonly (readonly number[])[]): number[][] {
  const count = dependencies.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const groups: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = dependencies[frame.node]!;
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!;
        if (index[target] === -1) {
          index[target] = low[target] = next++;
          stack.push(target);
          onStack[target] = true;
          work.push({ node: target, edge: 0 });
        } else if (onStack[target]) {
          low[frame.node] = Math.min(low[frame.node]!, index[target]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const group: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          group.push(member);
        } while (member !== frame.node);
        groups.push(group.sort((a, b) => a - b));
      }
    }
  }
  return groups;
}
