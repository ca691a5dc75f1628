import { signal } from '@preact/signals';

/**
 * A log entry another view asked the Log to open (a goal's check-in links back to the meeting it
 * was recorded in). The panel switches to the Log when it is set; the Log clears it once shown.
 */
export const requestedLogEntry = signal<string | null>(null);

export function openLogEntry(id: string) {
  requestedLogEntry.value = id;
}
