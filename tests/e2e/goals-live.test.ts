import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  createSharedWorkspace,
  join,
  setName,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

// Two people co-edit one goal live: typing in the same description at once, moving the same
// card at once, and seeing each other on the goal (presence).

const COLUMNS = ['Idea', 'Planned', 'In progress', 'Achieved', 'Paused'];

function description(panel: Page) {
  return panel.getByLabel('Description', { exact: true });
}

/** Shows the Goals board (not a goal's page). */
async function showBoard(panel: Page) {
  await tab(panel, 'Goals');
  const back = panel.getByRole('button', { name: '← All goals' });
  if (await back.count()) await back.click();
}

/** A adds a goal called `title`; resolves once B's board shows it. */
async function addGoal(panelA: Page, panelB: Page, title: string) {
  await showBoard(panelA);
  await panelA.getByRole('button', { name: 'New goal' }).click();
  await panelA.getByLabel('Title').fill(title);
  await panelA.getByRole('button', { name: 'Save goal' }).click();
  await showBoard(panelB);
  await panelB.getByRole('button', { name: title, exact: true }).waitFor({ timeout: SYNC_TIMEOUT });
}

async function openGoal(panel: Page, title: string) {
  await showBoard(panel);
  await panel.getByRole('button', { name: title, exact: true }).click({ timeout: SYNC_TIMEOUT });
  await panel.getByRole('heading', { name: title }).waitFor();
}

async function backToBoard(panel: Page) {
  await panel.getByRole('button', { name: '← All goals' }).click();
}

/** The columns the card is in on this panel's board, one entry per copy of the card. */
async function columnsOfCard(panel: Page, title: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of COLUMNS) {
    const count = await panel
      .getByRole('list', { name, exact: true })
      .getByRole('listitem', { name: new RegExp(`^${title}`) })
      .count();
    for (let i = 0; i < count; i++) found.push(name);
  }
  return found;
}

// One shared workspace for the file (joining is sync.test.ts's business); each test works on a
// goal of its own, so any test runs alone with `-t`.
describe('co-editing a goal in two browsers', () => {
  let server: SignalingServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let panelA: Page;
  let panelB: Page;

  beforeAll(async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    [a, b] = await Promise.all([launchExtension(), launchExtension()]);
    [panelA, panelB] = await Promise.all([a.openPanel(), b.openPanel()]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    await Promise.all([setName(panelA, 'Ana Alvarez'), setName(panelB, 'Bea Brown')]);
  }, 60_000);

  // Shared once, by whichever test runs first (expect.poll, which the helpers use, works in
  // beforeEach but not in beforeAll).
  let shared: Promise<void> | undefined;
  beforeEach(async () => {
    shared ??= (async () => {
      const invite = await createSharedWorkspace(panelA, 'Goals together');
      await join(panelB, invite);
      await Promise.all([
        statusIs(panelA, 'Connected · 1 peer'),
        statusIs(panelB, 'Connected · 1 peer'),
      ]);
    })();
    await shared;
  });

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    await server?.close();
    if (a) removeProfileDir(a.profileDir);
    if (b) removeProfileDir(b.profileDir);
  });

  test('a goal A adds appears on B’s board', async () => {
    await addGoal(panelA, panelB, 'Family reading nights');
    expect(await columnsOfCard(panelB, 'Family reading nights')).toEqual(['Idea']);
  });

  test('presence: each sees the other on the goal, viewing, and A’s focus in the description says editing', async () => {
    const goal = 'Homework club';
    await addGoal(panelA, panelB, goal);
    await Promise.all([openGoal(panelA, goal), openGoal(panelB, goal)]);
    await panelB.getByText('Ana Alvarez is viewing').waitFor({ timeout: SYNC_TIMEOUT });
    await panelA.getByText('Bea Brown is viewing').waitFor({ timeout: SYNC_TIMEOUT });

    await description(panelA).click();
    await panelB.getByText('Ana Alvarez is editing').waitFor({ timeout: SYNC_TIMEOUT });
    // Leaving the field turns "editing" back into "viewing".
    await panelA.getByRole('heading', { name: goal }).click();
    await panelB.getByText('Ana Alvarez is viewing').waitFor({ timeout: SYNC_TIMEOUT });

    // On the board, B sees A on the card while A is on the goal, and nobody once A leaves.
    await backToBoard(panelB);
    const onCard = panelB.getByRole('list', { name: `Here now on ${goal}` });
    await onCard.getByText('Ana Alvarez is viewing').waitFor({ timeout: SYNC_TIMEOUT });
    await backToBoard(panelA);
    await expect.poll(() => onCard.count(), { timeout: SYNC_TIMEOUT }).toBe(0);
  });

  test('both type in the description at once: both strings survive, identical on both', async () => {
    const goal = 'Reading buddies';
    await addGoal(panelA, panelB, goal);
    await Promise.all([openGoal(panelA, goal), openGoal(panelB, goal)]);

    await description(panelA).click();
    await description(panelA).pressSequentially('Shared middle.');
    await expect
      .poll(() => description(panelB).inputValue(), { timeout: SYNC_TIMEOUT })
      .toBe('Shared middle.');
    // A's caret is drawn in B's description, at the end of the text A typed.
    const caret = panelB.locator('.description-overlay .peer-caret', { hasText: 'Ana Alvarez' });
    await expect
      .poll(() => caret.getAttribute('data-index'), { timeout: SYNC_TIMEOUT })
      .toBe(String('Shared middle.'.length));

    await description(panelA).press('Control+Home');
    await description(panelB).click();
    await description(panelB).press('Control+End');
    await Promise.all([
      description(panelA).pressSequentially('Alpha first. ', { delay: 25 }),
      description(panelB).pressSequentially(' Omega last.', { delay: 25 }),
    ]);
    const expected = 'Alpha first. Shared middle. Omega last.';
    await expect
      .poll(() => description(panelA).inputValue(), { timeout: SYNC_TIMEOUT })
      .toBe(expected);
    await expect
      .poll(() => description(panelB).inputValue(), { timeout: SYNC_TIMEOUT })
      .toBe(expected);
    // A's caret followed B's concurrent edit: it sits after A's own text, not at index 0.
    await expect
      .poll(() => caret.getAttribute('data-index'), { timeout: SYNC_TIMEOUT })
      .toBe(String('Alpha first. '.length));

    await panelA.screenshot({ path: process.env.GOALS_LIVE_SHOT ?? '/tmp/goals-live-a.png' });
    await panelB.screenshot({ path: process.env.GOALS_LIVE_SHOT_B ?? '/tmp/goals-live-b.png' });
  });

  test('both move the card at once to different columns: it ends in one column, once', async () => {
    const goal = 'Career day';
    await addGoal(panelA, panelB, goal);
    await Promise.all([openGoal(panelA, goal), openGoal(panelB, goal)]);
    await Promise.all([
      panelA.getByLabel('Column').selectOption({ label: 'Planned' }),
      panelB.getByLabel('Column').selectOption({ label: 'In progress' }),
    ]);
    await Promise.all([backToBoard(panelA), backToBoard(panelB)]);
    let settled: string[] = [];
    await expect
      .poll(
        async () => {
          const [onA, onB] = await Promise.all([
            columnsOfCard(panelA, goal),
            columnsOfCard(panelB, goal),
          ]);
          settled = onA;
          return onA.length === 1 && JSON.stringify(onA) === JSON.stringify(onB);
        },
        { timeout: SYNC_TIMEOUT, interval: 250 },
      )
      .toBe(true);
    expect(['Planned', 'In progress']).toContain(settled[0]);
  });
});
