import type * as Y from 'yjs';
import { t } from '../i18n';
import { localDay } from '../model/days';
import type { LogDocs } from '../model/log-docs';
import { exportVCards, type VCardVersion } from '../model/vcard';
import { exportCsv, upcomingIcs, type CsvExportKind } from '../model/workspace-csv';

/**
 * Settings → Export: the file for one request, named after the workspace and the day. Reading a
 * whole collection costs one pass over it (a district's 100,000 log entries take about a second),
 * paid only when someone asks for that file.
 */

export type ExportRequest =
  { kind: CsvExportKind } | { kind: 'vcard'; version: VCardVersion } | { kind: 'ics' };

export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
}

function safeName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'workspace'
  );
}

/**
 * `logDocs`: every doc holding the history (log, check-ins), all years loaded (`session.history.loadAll()`),
 * so a split workspace's older years are in the file; the workspace doc alone by default.
 */
export function exportFile(
  doc: Y.Doc,
  request: ExportRequest,
  workspaceName: string,
  now = new Date(),
  logDocs: LogDocs = doc,
): ExportFile {
  const day = localDay(now.getTime());
  const base = `bridgework-${safeName(workspaceName)}`;
  if (request.kind === 'vcard') {
    return {
      fileName: `${base}-people-${day}.vcf`,
      text: exportVCards(doc, request.version),
      type: 'text/vcard',
    };
  }
  if (request.kind === 'ics') {
    return {
      fileName: `${base}-upcoming-${day}.ics`,
      text: upcomingIcs(doc, {
        today: day,
        now: now.getTime(),
        followupSummary: (text) => t('data.ics.followup', { text }),
        logDocs,
      }),
      type: 'text/calendar',
    };
  }
  return {
    fileName: `${base}-${request.kind}-${day}.csv`,
    text: exportCsv(doc, request.kind, logDocs),
    type: 'text/csv',
  };
}
