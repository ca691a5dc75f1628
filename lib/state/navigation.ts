import { signal } from '@preact/signals';
import type { RecordSection } from '../model/timeline';

/**
 * Requests from one view to show another: the panel switches tab when one is set, and the view
 * asked for clears it once shown. Signals rather than callbacks, so any section can ask without
 * being handed the panel's navigation.
 */

/** The panel's tabs, as the Shell names them. */
export type PanelSection = 'Partners' | 'Goals' | 'Log' | 'Dashboard' | 'Settings';

/** A tab to show (the dashboard's "Open the goals board"), or null. */
export const requestedSection = signal<PanelSection | null>(null);

export function openSection(section: PanelSection) {
  requestedSection.value = section;
}

/** A log entry to open (a goal's check-in links back to the meeting it was recorded in). */
export const requestedLogEntry = signal<string | null>(null);

export function openLogEntry(id: string) {
  requestedLogEntry.value = id;
}

/** A tab of the Log to show (the dashboard's "See who is due"), or null. */
export const requestedLogTab = signal<'due' | 'followups' | null>(null);

export function openLogTab(tab: 'due' | 'followups') {
  requestedLogTab.value = tab;
}

/** A record to show on its partner's page (a Log search hit): which partner, which record. */
export interface PartnerRecordRequest {
  partnerId: string;
  section: RecordSection;
  recordId: string;
}

/** The record the Partners tab should open its partner's page at, or null; cleared once shown. */
export const requestedPartnerRecord = signal<PartnerRecordRequest | null>(null);

export function openPartnerRecord(request: PartnerRecordRequest) {
  requestedPartnerRecord.value = request;
  requestedSection.value = 'Partners';
}

/**
 * An invite code to offer in the Join dialog (an invite link the web app was opened with), or
 * null; Settings shows the dialog with it, and clears it once the dialog closes.
 */
export const requestedJoin = signal<string | null>(null);

export function openJoin(code: string) {
  requestedJoin.value = code;
  requestedSection.value = 'Settings';
}
