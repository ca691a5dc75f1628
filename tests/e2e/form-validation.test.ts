import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';

// What only a real browser shows: a real paste (Ctrl+V from the clipboard) past a field's cap,
// the counter and the errors as drawn at 360 px, and a date input's value reaching the warning.
const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const WIDTH = 360;

/** The text of the elements the control's aria-describedby points at. */
function description(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );
}

/**
 * Pastes `text` the way the browser delivers a paste: a ClipboardEvent carrying the text, at the
 * caret. (The extension page's origin cannot be granted clipboard access, so the event is built
 * here; a refused paste is one whose default the field prevented.) Returns whether it went in.
 */
async function paste(control: Locator, text: string): Promise<boolean> {
  return control.evaluate((element, value) => {
    const input = element as HTMLInputElement;
    input.focus();
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    if (!input.dispatchEvent(event)) return false;
    // What the browser would do next with an accepted paste.
    document.execCommand('insertText', false, value);
    return true;
  }, text);
}

async function shoot(panel: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await screenshotTo(panel, { path: resolve(SCREENSHOTS, `${name}.png`) });
}

async function noSidewaysScroll(panel: Page) {
  const widths = await panel.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    view: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.view);
}

describe('one set of input rules, at 360 px', () => {
  let browser: ExtensionBrowser;
  let profile: string;
  let panel: Page;

  beforeAll(async () => {
    profile = newProfileDir();
    browser = await launchExtension(profile);
    panel = await browser.openPanel();
    await panel.setViewportSize({ width: WIDTH, height: 720 });
  });

  afterAll(async () => {
    await browser?.close();
    removeProfileDir(profile);
  });

  test('a pasted 5,000-character name is refused with a message, not cut; a long name counts', async () => {
    await panel.getByRole('tab', { name: 'Partners' }).click();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    const name = panel.getByLabel('Name', { exact: true });
    expect(await paste(name, 'Eastside '.repeat(556).slice(0, 5000))).toBe(false);
    expect(await name.inputValue()).toBe('');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await description(name)).toBe(
      'Not pasted: that text is 5,000 characters and this field takes 300.',
    );

    expect(await paste(name, 'Eastside Family Resource Center '.repeat(9))).toBe(true);
    expect((await name.inputValue()).length).toBe(288);
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    const counter = panel.getByText('288 / 300');
    await counter.waitFor();
    expect(await counter.getAttribute('aria-live')).toBe('polite');

    await panel.getByLabel('Email').fill('denise@eastside');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    const email = panel.getByLabel('Email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await description(email)).toContain('“denise@eastside” is not an email address.');
    await email.scrollIntoViewIfNeeded();
    await noSidewaysScroll(panel);
    await shoot(panel, 'form-validation-partner');
    await panel.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a goal due in 2020 shows a warning under its due date and still saves', async () => {
    await dismissToast(panel);
    await panel.getByRole('tab', { name: 'Goals' }).click();
    await panel.getByRole('button', { name: 'New goal' }).click();
    await panel.getByLabel('Title').fill('Reading buddies for every first grader');
    const due = panel.getByLabel('Due date');
    await due.fill('2020-06-30');
    await panel
      .getByText('This date is in the past (Jun 30, 2020). You can still save it.')
      .waitFor();
    expect(await due.getAttribute('aria-invalid')).toBeNull();
    expect(await description(due)).toContain('This date is in the past');
    await due.scrollIntoViewIfNeeded();
    await noSidewaysScroll(panel);
    await shoot(panel, 'form-validation-goal-past-due');
    await panel.getByRole('button', { name: 'Save goal' }).click();
    await panel
      .getByRole('button', { name: 'Reading buddies for every first grader', exact: true })
      .first()
      .waitFor();
  });

  test('"not a url" is one error, drawn as an error, under the signaling field', async () => {
    await dismissToast(panel);
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const signaling = panel.getByLabel('Signaling servers');
    const error = panel.locator('#sync-signaling-error');
    // Under a full CI run the Settings view can still be settling when the text goes in (1 run in
    // ~3 lost it); typing again until the value holds, then saving, is what a person would do.
    await expect
      .poll(
        async () => {
          if ((await signaling.inputValue()) !== 'not a url') await signaling.fill('not a url');
          await panel.getByRole('button', { name: 'Save sync settings' }).click();
          return error.isVisible();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    expect(await error.textContent()).toBe('Not a ws:// or wss:// address: “not a url”');
    expect(await signaling.getAttribute('aria-invalid')).toBe('true');
    expect(await description(signaling)).toContain('“not a url”');
    const colours = await panel.evaluate(() => {
      const colour = (selector: string) =>
        getComputedStyle(document.querySelector(selector)!).color;
      return { error: colour('#sync-signaling-error'), hint: colour('#sync-signaling-hint') };
    });
    expect(colours.error).not.toBe(colours.hint);
    // Under its own field: after the signaling box, before the STUN/TURN label.
    const order = await panel.evaluate(() => {
      const ids = ['sync-signaling', 'sync-signaling-error', 'sync-ice'];
      const nodes = ids.map((id) => document.getElementById(id)!);
      return nodes.every(
        (node, i) =>
          i === 0 || nodes[i - 1]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(order).toBe(true);
    await signaling.scrollIntoViewIfNeeded();
    await noSidewaysScroll(panel);
    await shoot(panel, 'form-validation-sync');
  });
});
