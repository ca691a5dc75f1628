import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pseudoText } from '../../lib/i18n/pseudo';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import { storedOnDevice } from './two-browsers';

// Every view of the panel in the pseudo-locale en-XA (each letter accented, each message ~30 %
// longer and in brackets) at the narrowest width the panel supports. Two things would show up:
// a layout that breaks with longer text (as Spanish's ~25 % will), and a string on screen that
// did not come from the catalogue (it has no accents). The same views then render right to left.

const WIDTH = 360;
const PARTNER = 'Riverside Library';
/** Text people typed (the seed's data): shown as typed in every language, so never marked. */
const DATA = [
  PARTNER,
  'My workspace',
  'Planning the spring reading club',
  'Send the volunteer rota',
  'Volunteer schedule',
  'Two volunteers per session',
  'hello@riverside.example',
  // seedGoals' goals
  'Goal 0: Reading',
  'Goal 1: Attendance',
  'Owner 0',
  'Owner 1',
  'literacy',
  'stem',
];
const SHOTS = process.env.BRIDGEWORK_SHOTS_DIR;

/** How an English message without placeholders reads in en-XA. */
function pseudo(english: string): string {
  return `[${pseudoText(english)}]`;
}

interface PanelWindow {
  __bridgework: {
    current: { value: { session: { doc: unknown } } | null };
    hooks: {
      setLocale: (locale: string) => void;
      seedViews: (doc: unknown, partnerName: string) => string;
    };
  };
}

/** Each view: how to reach it from a freshly opened panel (already in en-XA). */
const VIEWS: Record<string, (panel: Page) => Promise<void>> = {
  'Partners tab': (panel) => openTab(panel, 0),
  'Goals tab': (panel) => openTab(panel, 1),
  'Log tab': (panel) => openTab(panel, 2),
  'Dashboard tab': (panel) => openTab(panel, 3),
  'Settings tab, scrolled to the end': async (panel) => {
    await openTab(panel, 4);
    // Overflow is measured over the whole page at once; scrolling shows the end in screenshots.
    await panel.evaluate(() => {
      const texts = [...document.querySelectorAll('main *')].filter(
        (element) => element.children.length === 0 && element.textContent?.trim(),
      );
      texts.at(-1)?.scrollIntoView({ block: 'end' });
    });
  },
  'partner page': async (panel) => {
    await openTab(panel, 0);
    const row = panel.getByRole('listitem', { name: new RegExp(`^${PARTNER}`) });
    await row.getByRole('button').first().click();
    await panel.getByRole('heading', { name: PARTNER }).waitFor();
  },
  'partner form': async (panel) => {
    await openTab(panel, 0);
    await panel.getByRole('button', { name: pseudo('Add partner') }).click();
    await panel.getByRole('button', { name: pseudo('Save partner') }).waitFor();
  },
  'goal form': async (panel) => {
    await openTab(panel, 1);
    await panel.getByRole('button', { name: pseudo('New goal') }).click();
    await panel.getByRole('button', { name: pseudo('Save goal') }).waitFor();
  },
  'log entry form': async (panel) => {
    await openTab(panel, 2);
    await panel.getByRole('button', { name: pseudo('Log contact') }).click();
    await panel.getByRole('button', { name: pseudo('Save entry') }).waitFor();
  },
  'Needs attention notice': async (panel) => {
    await openTab(panel, 0);
    const region = panel.getByRole('region', { name: pseudo('Needs attention') });
    await region.waitFor();
    const show = region.getByRole('button', { name: pseudo('Show') });
    if (await show.count()) await show.click();
  },
};

async function openTab(panel: Page, index: number) {
  await panel.getByRole('tab').nth(index).click();
  await expect
    .poll(() => panel.getByRole('tab').nth(index).getAttribute('aria-selected'))
    .toBe('true');
}

/**
 * The panel's parts that scroll sideways by design: the tab bar and the goals board's columns.
 * Their content may be wider than the panel; they themselves may not.
 */
const SCROLLS_SIDEWAYS = ['.tabs', '.goal-board.layout-board'];

/**
 * What spills past the viewport's sides: the document's own scroll width, and each visible
 * element whose box, or whose unclipped content, reaches outside [0, width], unless it sits in a
 * part that scrolls sideways on purpose or in a one-line text cut with an ellipsis. Only the innermost offenders are listed (an element
 * spilling makes its unclipped ancestors spill too). Visually hidden elements (1 px, for screen
 * readers) are not layout.
 */
function overflow(panel: Page): Promise<string[]> {
  return panel.evaluate((scrollers) => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const page = document.scrollingElement!;
    if (page.scrollWidth > width) problems.push(`document is ${page.scrollWidth}px wide`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    // A one-line text cut with an ellipsis on purpose (a list row's title or detail).
    const truncated = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const spilling = new Map<Element, string>();
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const scroller = scrollers.some((selector) => element.matches(selector));
      const inScroller = scrollers.some((selector) => element.parentElement?.closest(selector));
      if (inScroller) continue;
      if (truncated(element)) continue;
      // Content wider than its box spills towards the end of the line: left in right-to-left.
      const content = style.overflowX === 'visible' && !scroller ? element.scrollWidth : 0;
      const rtl = style.direction === 'rtl';
      const left = Math.min(rect.left, rtl ? rect.right - content : rect.left);
      const right = Math.max(rect.right, rtl ? rect.right : rect.left + content);
      if (left < -1 || right > width + 1) {
        spilling.set(
          element,
          `${describe(element)} spans ${Math.round(left)}..${Math.round(right)}`,
        );
      }
    }
    for (const [element, problem] of spilling) {
      const inner = [...spilling.keys()].some(
        (other) => other !== element && element.contains(other),
      );
      if (!inner) problems.push(problem);
    }
    return problems;
  }, SCROLLS_SIDEWAYS);
}

/**
 * Text in the interface's chrome (buttons, labels, headings, tabs, legends) without a pseudo
 * mark: it was written in English in the component. Data people typed is left out, and so are
 * texts with no run of three letters (numbers, symbols, initials).
 */
function unmarkedChrome(panel: Page, data: string[]): Promise<string[]> {
  return panel.evaluate((data) => {
    const chrome = 'button, label, legend, h1, h2, h3, h4, h5, h6, [role="tab"], summary, th';
    const marked = /[[\]~áéíöüçñýÅÉÍÖÜÇÑÝ]/;
    const found = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>(chrome)) {
      if (!element.getClientRects().length) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        if (!/[A-Za-z]{3}/.test(text) || marked.test(text)) continue;
        if (data.some((typed) => text === typed || typed.includes(text))) continue;
        const parent = node.parentElement;
        if (parent && !parent.getClientRects().length) continue;
        found.add(text);
      }
    }
    return [...found];
  }, data);
}

describe('the panel in the pseudo-locale at 360 px', () => {
  let browser: ExtensionBrowser;
  let panel: Page;

  async function reopen(dir: 'ltr' | 'rtl') {
    await panel.reload();
    await panel.getByRole('tablist').waitFor();
    await panel.evaluate((dir) => {
      (window as unknown as PanelWindow).__bridgework.hooks.setLocale('en-XA');
      document.documentElement.dir = dir;
    }, dir);
    await panel.getByRole('tab', { name: pseudo('Partners') }).waitFor();
  }

  beforeAll(async () => {
    browser = await launchExtension();
    panel = await browser.openPanel();
    await panel.setViewportSize({ width: WIDTH, height: 720 });
    await panel.evaluate((name) => {
      const bridgework = (window as unknown as PanelWindow).__bridgework;
      bridgework.hooks.seedViews(bridgework.current.value!.session.doc, name);
    }, PARTNER);
    // A page that unloads drops IndexedDB writes not yet committed: the first reload must not
    // come before the seed's last record (the unreadable one) is on disk.
    const until = Date.now() + 15_000;
    while (!(await storedOnDevice(browser, 'unreadable-record'))) {
      if (Date.now() > until) throw new Error('the seed never reached IndexedDB');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (browser) removeProfileDir(browser.profileDir);
  });

  for (const [view, open] of Object.entries(VIEWS)) {
    test(`${view}: nothing spills sideways, and its buttons, labels and headings come from the catalogue`, async () => {
      await reopen('ltr');
      await open(panel);
      if (SHOTS) await panel.screenshot({ path: `${SHOTS}/en-XA ${view}.png` });
      expect(await overflow(panel)).toEqual([]);
      expect(await unmarkedChrome(panel, DATA)).toEqual([]);
    });

    test(`${view}: right to left, nothing spills sideways`, async () => {
      await reopen('rtl');
      await open(panel);
      if (SHOTS) await panel.screenshot({ path: `${SHOTS}/rtl ${view}.png` });
      expect(await overflow(panel)).toEqual([]);
    });
  }
});
