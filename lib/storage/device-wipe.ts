import { storage } from 'wxt/utils/storage';
import { formatList, t } from '../i18n';
import { workspaceRegistryItem } from './workspaces';

/**
 * "Delete everything on this device": every Bridgework database (workspaces, snapshots, anything
 * else named `bridgework-…`) and every stored setting. Copies that peers hold are not ours to
 * delete and stay with them.
 *
 * Order matters. The offscreen document keeps shared workspaces' databases open, and
 * `deleteDatabase` waits ("blocked") until every connection closes; so the workspace list is
 * cleared first, which the background watches and answers by closing every workspace in the
 * offscreen hub. Only then are the databases deleted, each waiting a while when blocked, and
 * the settings cleared last. A database still blocked after the wait is reported by name: its
 * deletion stays queued in the browser and completes when the last connection closes.
 */

export const DATABASE_PREFIX = 'bridgework-';
/** How long a blocked deletion may wait for other contexts to close their connections. */
export const BLOCKED_WAIT_MS = 10_000;

export type DeletionOutcome = 'deleted' | 'blocked' | 'failed';

export interface WipeReport {
  deleted: string[];
  /** Still open elsewhere after the wait (deletion stays queued), or refused by the browser. */
  notDeleted: { name: string; outcome: Exclude<DeletionOutcome, 'deleted'> }[];
  settingsCleared: boolean;
}

/** Pure: the database names that are ours, in a stable order. */
export function bridgeworkDatabases(databases: readonly { name?: string | undefined }[]): string[] {
  return [
    ...new Set(
      databases.flatMap((db) =>
        typeof db.name === 'string' && db.name.startsWith(DATABASE_PREFIX) ? [db.name] : [],
      ),
    ),
  ].sort();
}

/** Deletes one database; 'blocked' when other connections stay open for longer than `waitMs`. */
export function deleteDatabase(
  name: string,
  waitMs = BLOCKED_WAIT_MS,
  idb: IDBFactory = indexedDB,
): Promise<DeletionOutcome> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: DeletionOutcome) => {
      if (timer) clearTimeout(timer);
      resolve(outcome);
    };
    let request: IDBOpenDBRequest;
    try {
      request = idb.deleteDatabase(name);
    } catch {
      settle('failed');
      return;
    }
    request.onsuccess = () => settle('deleted');
    request.onerror = () => settle('failed');
    request.onblocked = () => {
      timer ??= setTimeout(() => resolve('blocked'), waitMs);
    };
  });
}

/** Pure: the sentence that tells the person what happened, in the interface language. */
export function describeWipe(report: WipeReport): string {
  const problems: string[] = [];
  if (report.notDeleted.length) {
    problems.push(
      t('settings.wipe.blocked', {
        count: report.notDeleted.length,
        names: formatList(report.notDeleted.map((d) => d.name)),
      }),
    );
  }
  if (!report.settingsCleared) problems.push(t('settings.wipe.settingsKept'));
  return problems.length
    ? t('settings.wipe.partial', {
        deleted: report.deleted.length,
        total: report.deleted.length + report.notDeleted.length,
        problems: problems.join(' '),
      })
    : t('settings.wipe.done', { count: report.deleted.length });
}

export interface WipeOptions {
  waitMs?: number;
  /** Called after the workspace list is cleared, before deleting: close the panel's own doc. */
  closeOpenWorkspaces?: () => Promise<void>;
}

export async function deleteEverythingOnDevice(options: WipeOptions = {}): Promise<WipeReport> {
  // 1. Empty workspace list: the background tells the offscreen hub to close every workspace.
  try {
    await workspaceRegistryItem.setValue(null);
  } catch (error) {
    console.warn('Bridgework: could not clear the workspace list first', error);
  }
  await options.closeOpenWorkspaces?.();

  // 2. Every database of ours, in parallel: they block on different connections.
  let names: string[] = [];
  try {
    names = bridgeworkDatabases(await indexedDB.databases());
  } catch (error) {
    console.warn('Bridgework: could not list databases', error);
  }
  const outcomes = await Promise.all(
    names.map(async (name) => [name, await deleteDatabase(name, options.waitMs)] as const),
  );
  const report: WipeReport = { deleted: [], notDeleted: [], settingsCleared: false };
  for (const [name, outcome] of outcomes) {
    if (outcome === 'deleted') report.deleted.push(name);
    else report.notDeleted.push({ name, outcome });
  }

  // 3. Settings last: the list stays empty meanwhile, so nothing reopens a workspace.
  // `session` holds a pending capture (a page's contact details) until the panel reads it.
  try {
    await storage.clear('local');
    await storage.clear('session');
    report.settingsCleared = true;
  } catch (error) {
    console.warn('Bridgework: could not clear settings', error);
  }
  return report;
}
