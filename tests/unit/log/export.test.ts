import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  escapeIcsText,
  foldLine,
  localDateTimeToUtc,
  meetingToIcs,
} from '../../../lib/model/export-ics';
import {
  agendaMarkdown,
  exportFileName,
  minutesMarkdown,
} from '../../../lib/model/export-markdown';
import type { Followup } from '../../../lib/model/followup';
import { addLogEntry, getLogEntry, updateAgendaItem } from '../../../lib/model/log-entry';

function meeting(date = '2026-11-23T10:00') {
  const doc = new Y.Doc();
  const { id, agendaIds } = addLogEntry(doc, {
    kind: 'meeting',
    date,
    title: 'Review; budget, *and* plans\\next',
    notes: 'Went well.\nSee you in spring.',
    decisions: ['Renew the MOU'],
    meeting: {
      format: 'virtual',
      location: 'https://meet.example.org/abc',
      attendeeNames: ['Zoë Ångström'],
      durationMinutes: 90,
    },
    agenda: [{ text: 'Reading buddies' }, { text: 'Summer fair, logistics' }],
  });
  updateAgendaItem(doc, id, agendaIds[0]!, {
    notes: 'Ten volunteers',
    decisions: ['Start in January'],
  });
  return { entry: getLogEntry(doc, id)!, agendaIds };
}

const names = { partners: ['Riverside Library'], people: ['Ada Lovelace'] };

describe('Markdown export', () => {
  test('agenda lists the items in order with the meeting details', () => {
    const md = agendaMarkdown(meeting().entry, names);
    expect(md).toContain('# Agenda: Review; budget, \\*and\\* plans\\\\next');
    expect(md).toContain('- **Date:** 2026-11-23 10:00');
    expect(md).toContain('- **Format:** Virtual');
    expect(md).toContain('- **Attendees:** Ada Lovelace, Zoë Ångström');
    expect(md).toMatch(/1\. Reading buddies\n2\. Summer fair, logistics\n$/);
    expect(md).not.toContain('Ten volunteers');
  });

  test('minutes carry notes and decisions per item, and follow-ups under their item', () => {
    const { entry, agendaIds } = meeting();
    const followups = [
      {
        id: 'f1',
        text: 'Email the rota',
        assigneeName: 'Sam',
        due: '2026-12-01',
        done: false,
        agendaItemId: agendaIds[0],
      },
      { id: 'f2', text: 'Book the hall', done: true },
    ] as Followup[];
    const md = minutesMarkdown(entry, names, followups);
    expect(md).toContain(
      '### 1. Reading buddies\n\nTen volunteers\n\n**Decisions**\n\n- Start in January',
    );
    expect(md).toContain('- [ ] Email the rota — Sam, due 2026-12-01');
    expect(md).toContain('### 2. Summer fair, logistics\n\n_No notes._');
    expect(md).toContain('## Decisions\n\n- Renew the MOU');
    expect(md).toContain('## Follow-ups\n\n- [x] Book the hall');
    expect(md).toContain('Went well.\nSee you in spring.');
  });

  test('file names are slugs with the date', () => {
    expect(exportFileName(meeting().entry, 'minutes', 'md')).toBe(
      '2026-11-23-review-budget-and-plans-next-minutes.md',
    );
  });
});

describe('ICS export', () => {
  test('escapes text values and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  test('a timed meeting parses with ical.js and keeps its fields', () => {
    const { entry } = meeting();
    const ics = meetingToIcs(entry, {
      now: Date.UTC(2026, 10, 20, 8, 0, 0),
      timeZone: 'Europe/London',
      attendees: ['Ada Lovelace', 'Zoë Ångström'],
      description: 'x'.repeat(200),
    });
    expect(ics).toMatch(/\r\n$/);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const component = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${entry.id}@bridgework.local`);
    expect(event.summary).toBe(entry.title);
    expect(event.location).toBe('https://meet.example.org/abc');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-23T11:30:00.000Z');
    expect(event.description).toContain('Attendees: Ada Lovelace, Zoë Ångström');
    expect(event.description).toContain('1. Reading buddies\n2. Summer fair, logistics');
    expect(
      component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString(),
    ).toBe('2026-11-20T08:00:00Z');
  });

  test('wall-clock time converts with the zone’s offset, including summer time', () => {
    expect(new Date(localDateTimeToUtc('2026-07-01T10:00', 'Europe/London')).toISOString()).toBe(
      '2026-07-01T09:00:00.000Z',
    );
    expect(new Date(localDateTimeToUtc('2026-11-23T10:00', 'America/New_York')).toISOString()).toBe(
      '2026-11-23T15:00:00.000Z',
    );
  });

  test('a date-only entry is an all-day event', () => {
    const ics = meetingToIcs(meeting('2026-12-31').entry, { now: 0 });
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.endDate.toString()).toBe('2027-01-01');
  });
});
