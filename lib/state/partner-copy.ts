import { createDuplicateIndex } from '../capture/match';
import { t } from '../i18n';
import { listPartners } from '../model/partner';
import { copyPartners, type CopySource, type CopySummary } from '../model/partner-copy';
import { listPeople } from '../model/person';
import { readWorkspaceForExport } from '../sync/local-persistence';
import type { WorkspaceSession } from './workspace-session';

/** Reads another workspace's partners and people. */
export type CopySourceReader = (workspaceId: string) => Promise<CopySource>;

/**
 * Reads a workspace on this device without opening it in the panel: a private, read-only copy of
 * its stored rows, validated like any doc, then dropped. The open workspace is not touched, and
 * nothing is written to the other one. The cost is one full load of that doc (seconds for a
 * district-size workspace), paid only when someone asks for the copy.
 */
export async function readPartnersOf(workspaceId: string): Promise<CopySource> {
  const { doc } = await readWorkspaceForExport(workspaceId);
  try {
    return { partners: listPartners(doc).items, people: listPeople(doc).items };
  } finally {
    doc.destroy();
  }
}

/**
 * `Copy partners from…`: copies another workspace's partners (and their people) into the open
 * one as one undoable step, skipping partners the open workspace already has by the duplicate
 * matching capture uses (same website or e-mail domain, or a near-equal name).
 */
export async function copyPartnersFrom(
  session: WorkspaceSession,
  sourceId: string,
  read: CopySourceReader = readPartnersOf,
): Promise<CopySummary> {
  const source = await read(sourceId);
  if (session.doc.isDestroyed) throw new Error(t('workspace.copy.closed'));
  const index = createDuplicateIndex([...session.partners.live()]);
  const alreadyHere = (partner: { name: string; website?: string; emails: string[] }) =>
    index.find({ name: partner.name, website: partner.website, emails: partner.emails }).length > 0;
  return session.act(() => copyPartners(session.doc, source, alreadyHere));
}

/** What a copy did, in a sentence: "Copied 2 partners and 3 people from “My workspace”." */
export function copySummaryText(summary: CopySummary, sourceName: string): string {
  const copied =
    summary.partners === 0
      ? t('workspace.copy.noneCopied', { source: sourceName })
      : t('workspace.copy.done', {
          partners: summary.partners,
          people: summary.people,
          source: sourceName,
        });
  return summary.skipped === 0
    ? copied
    : `${copied} ${t('workspace.copy.skipped', { count: summary.skipped })}`;
}
