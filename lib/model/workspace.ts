import type * as Y from 'yjs';
import { metaMap, transactLocal } from './doc';
import { LIMITS } from './fields';

export function workspaceName(doc: Y.Doc): string | undefined {
  const name = metaMap(doc).get('name');
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, LIMITS.name) : undefined;
}

export function renameWorkspace(doc: Y.Doc, name: string) {
  transactLocal(doc, () => metaMap(doc).set('name', name.trim().slice(0, LIMITS.name)));
}
