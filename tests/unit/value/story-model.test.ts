import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readStakeholderGroup, STAKEHOLDER_GROUPS } from '../../../lib/model/stakeholder-group';
import {
  addStory,
  deleteStory,
  getStory,
  storyShareParts,
  updateStory,
} from '../../../lib/model/story';
import { clipText, graphemeLength } from '../../../lib/model/text-clip';
import { inspectStored } from '../../../lib/model/quarantine';
import { insertRecord } from '../../../lib/model/records';

describe('stories', () => {
  test('a story is written, edited and soft-deleted', () => {
    const doc = new Y.Doc();
    const id = addStory(doc, {
      title: '  Reading   buddies ',
      body: 'Forty pupils read weekly.',
      partnerIds: ['p1'],
      thanks: ['Ana', ' '],
      celebrate: true,
    });
    expect(getStory(doc, id)).toMatchObject({
      title: 'Reading buddies',
      thanks: ['Ana'],
      celebrate: true,
    });
    updateStory(doc, id, { title: 'Reading buddies 2', partnerIds: ['p1'] });
    expect(getStory(doc, id)).toMatchObject({ title: 'Reading buddies 2', celebrate: false });
    deleteStory(doc, id);
    expect(getStory(doc, id)).toBeNull();
  });

  test('a peer’s story without a title goes to Needs attention', () => {
    const doc = new Y.Doc();
    insertRecord(doc, 'stories', 'bad', { body: 'no title' });
    expect(inspectStored(doc, 'stories', 'bad')).not.toBeNull();
  });

  test('share parts name the story’s partners that still exist', () => {
    const doc = new Y.Doc();
    const id = addStory(doc, { title: 'T', body: 'a\n\nb', partnerIds: ['p1', 'gone'] });
    const parts = storyShareParts(getStory(doc, id)!, (pid) => (pid === 'p1' ? 'Acme' : undefined));
    expect(parts).toMatchObject({ title: 'T', body: 'a b', partnerNames: ['Acme'] });
  });
});

describe('clipping text for sharing', () => {
  test('short text is kept whole', () => {
    expect(clipText('Hello world', 280)).toBe('Hello world');
  });

  test('a long Latin title is cut at a word boundary with an ellipsis, within the limit', () => {
    const text = 'Partnership '.repeat(40).trim();
    const clipped = clipText(text, 280);
    expect(graphemeLength(clipped)).toBeLessThanOrEqual(280);
    expect(clipped.endsWith('Partnership…')).toBe(true);
  });

  test('Japanese is counted in characters, not bytes, and cut at a word', () => {
    const text = '地域の図書館と学校が協力して読書プログラムを始めました。'.repeat(20);
    const clipped = clipText(text, 280);
    expect(graphemeLength(clipped)).toBeLessThanOrEqual(280);
    expect(graphemeLength(clipped)).toBeGreaterThan(200);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped.startsWith('地域の図書館')).toBe(true);
  });

  test('Arabic words stay whole', () => {
    const text = 'شراكة ناجحة مع المكتبة العامة '.repeat(30).trim();
    const clipped = clipText(text, 280);
    expect(graphemeLength(clipped)).toBeLessThanOrEqual(280);
    const words = clipped.slice(0, -1).split(' ');
    for (const word of words) expect(['شراكة', 'ناجحة', 'مع', 'المكتبة', 'العامة']).toContain(word);
  });

  test('emoji and combined accents count as one character each and are never split', () => {
    const family = '👨‍👩‍👧';
    const text = `${family}${'e\u0301'.repeat(300)}`;
    expect(graphemeLength(text)).toBe(301);
    const clipped = clipText(text, 10);
    expect(graphemeLength(clipped)).toBe(10);
    expect(clipped.startsWith(family)).toBe(true);
    expect(clipped.endsWith('e\u0301…')).toBe(true);
  });
});

describe('stakeholder groups', () => {
  test('a code reads as its group; free text from before the codes stays as typed', () => {
    for (const group of STAKEHOLDER_GROUPS) {
      expect(readStakeholderGroup(group)).toEqual({ type: 'group', group });
    }
    expect(readStakeholderGroup('Parent-teacher association')).toEqual({
      type: 'text',
      text: 'Parent-teacher association',
    });
    expect(readStakeholderGroup('  ')).toEqual({ type: 'none' });
    expect(readStakeholderGroup(undefined)).toEqual({ type: 'none' });
  });
});
