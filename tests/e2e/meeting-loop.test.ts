import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir } from './harness';

/**
 * The meeting loop in a real browser: a goal's check-in recorded from a meeting's agenda item
 * shows on the goal with a link back to the meeting, and the meeting's minutes list it.
 */
const profileDir = newProfileDir();
afterAll(() => removeProfileDir(profileDir));

test('a check-in recorded from a meeting agenda item shows on the goal, links back, and is in the minutes', async () => {
  const browser = await launchExtension(profileDir);
  try {
    const panel = await browser.openPanel();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Riverside Library');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Riverside Library', level: 2 }).waitFor();
    await panel.getByLabel('New goal with Riverside Library').fill('Summer readers');
    await panel.getByRole('button', { name: 'Add goal' }).click();
    await panel.getByRole('listitem', { name: /^Summer readers/ }).waitFor();

    // A meeting with the goal linked, whose progress is put on the agenda from the suggestion.
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByRole('radio', { name: 'Meeting' }).check();
    await panel.getByLabel('Title', { exact: true }).fill('Termly review');
    await panel.getByRole('checkbox', { name: 'Summer readers' }).check();
    await panel
      .getByRole('list', { name: 'Suggested agenda items' })
      .getByRole('button', { name: /^Add to agenda: .*Summer readers/ })
      .click();
    await panel.getByRole('button', { name: 'Save entry' }).click();
    await panel.getByRole('heading', { name: 'Termly review', level: 2 }).waitFor();

    await panel.getByRole('button', { name: 'Record check-in for Summer readers' }).click();
    await panel.getByRole('textbox', { name: 'Value' }).fill('12');
    await panel.getByRole('textbox', { name: 'Note' }).fill('Two classes left to count');
    await panel.getByRole('button', { name: 'Save check-in' }).click();
    const recorded = panel.getByRole('list', { name: 'Check-ins on Summer readers' });
    await expect
      .poll(() => recorded.textContent())
      .toBe('Summer readers: 12 — Two classes left to count');

    // The minutes list it under its agenda item.
    await panel.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download minutes (.md)' }).click(),
    ]);
    const file = join(profileDir, download.suggestedFilename());
    await download.saveAs(file);
    const minutes = readFileSync(file, 'utf8');
    expect(minutes).toContain('**Check-ins**');
    expect(minutes).toContain('- Summer readers: 12 — Two classes left to count');

    // The goal's history shows it with a link back to the meeting.
    await panel.getByRole('tab', { name: 'Goals' }).click();
    await panel.getByRole('button', { name: 'Summer readers', exact: true }).click();
    const history = panel.getByRole('list', { name: 'Check-in history' });
    await history.getByText('Two classes left to count').waitFor();
    await history.getByRole('button', { name: 'From meeting “Termly review”' }).click();
    await panel.getByRole('heading', { name: 'Termly review', level: 2 }).waitFor();
    expect(await panel.getByRole('tab', { name: 'Log', selected: true }).count()).toBe(1);
  } finally {
    await browser.close();
  }
});
