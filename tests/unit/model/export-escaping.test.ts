import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { meetingToIcs } from '../../../lib/model/export-ics';
import { agendaMarkdown, minutesMarkdown } from '../../../lib/model/export-markdown';
import { listLogEntries, type LogEntry } from '../../../lib/model/log-entry';
import { writeRawRecord } from '../../helpers/yjs';

const INJECTED = 'ATTENDEE:mailto:evil@example.com';

/** An entry as the schema hands it out, with hostile text where a peer controls it. */
function hostileEntry(id: string): LogEntry {
  return {
    id,
    kind: 'meeting',
    date: '2026-11-23T10:00',
    title: `Review\r\n${INJECTED}`,
    notes: `Line one\n# Not a heading\n---\n===`,
    decisions: [`Renew\n- injected item`],
    agenda: [
      { id: 'a1', text: `Budget\nEND:VEVENT`, notes: undefined, decisions: [], source: undefined },
    ],
    meeting: {
      format: 'virtual',
      location: `https://meet.example.org/x\r\n${INJECTED}`,
      attendeeNames: [],
      durationMinutes: 60,
    },
    createdAt: 0,
  } as unknown as LogEntry;
}

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events };
}

describe('.ics export escapes every field', () => {
  test('a line break in an id cannot inject lines: one event, no ATTENDEE, UID kept as text', () => {
    const ics = meetingToIcs(hostileEntry(`abc\r\n${INJECTED}\nEND:VEVENT`), { now: 0 });
    const { events } = parseIcs(ics);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.getAllProperties('attendee')).toEqual([]);
    expect(event.getFirstPropertyValue('uid')).toBe(`abc${INJECTED}END:VEVENT@bridgework.local`);
    expect(event.getFirstPropertyValue('summary')).toBe(`Review\n${INJECTED}`);
    expect(String(event.getFirstPropertyValue('url'))).not.toMatch(/[\r\n]/);
    // No raw line of the file starts with the injected property.
    expect(ics.split('\r\n').filter((line) => line.startsWith('ATTENDEE'))).toEqual([]);
  });

  test('control characters are dropped from TEXT values', () => {
    const entry = { ...hostileEntry('ok'), title: 'A\u0000B\u0007C\u001bD' } as LogEntry;
    const { events } = parseIcs(meetingToIcs(entry, { now: 0 }));
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('ABCD');
  });

  test('records under ids with line breaks never reach an export: the model sets them aside', () => {
    const doc = new Y.Doc();
    writeRawRecord(doc, 'log', `x\r\n${INJECTED}`, { title: 'Met', date: '2026-11-23' });
    expect(listLogEntries(doc).items).toEqual([]);
  });
});

describe('Markdown export escapes every field', () => {
  test('inline fields cannot start a heading or a list; multi-line notes cannot make rules', () => {
    const entry = hostileEntry('ok');
    const names = { partners: ['P\n# Heading'], people: [] };
    const minutes = minutesMarkdown(entry, names);
    const lines = minutes.split('\n');
    expect(lines.filter((line) => /^#/.test(line)).map((line) => line.split(':')[0])).toEqual([
      '# Minutes',
      '## Agenda items',
      '### 1. Budget END',
      '## Notes',
      '## Decisions',
    ]);
    expect(lines).not.toContain('---');
    expect(lines).not.toContain('===');
    expect(lines).not.toContain('- injected item');
    expect(agendaMarkdown(entry, names).split('\n')).not.toContain('END:VEVENT');
  });
});

describe('ids inside records', () => {
  test('agenda items under ids Bridgework does not make are dropped, never exported', () => {
    const doc = new Y.Doc();
    const agenda = new Y.Map<unknown>();
    const item = (text: string) => {
      const map = new Y.Map<unknown>();
      map.set('text', text);
      map.set('order', 'a0');
      return map;
    };
    writeRawRecord(doc, 'log', 'l1', { title: 'Met', date: '2026-11-23', agenda });
    agenda.set('good-id', item('Kept'));
    agenda.set(`bad\n${INJECTED}`, item('Dropped'));
    const [entry] = listLogEntries(doc).items;
    expect(entry!.agenda.map((i) => i.text)).toEqual(['Kept']);
    expect(agendaMarkdown(entry!, { partners: [], people: [] })).not.toContain('Dropped');
  });
});
