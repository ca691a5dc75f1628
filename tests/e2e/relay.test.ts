import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { parseInvite } from '../../lib/sync/invite';
import { openRelayLink, type RelayLink } from '../../lib/sync/relay-link';
import { startRelayServer, type RelayServer } from '../../lib/sync/relay-server';
import { startSignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser, screenshotTo } from './harness';
import {
  addPartner,
  createSharedWorkspace,
  join,
  seesPartner,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

// Ana (Monday) and Bea (Wednesday) are never online together: Ana's edit reaches Bea through the
// relay alone, from the offscreen document of each browser. A Node client with the same invite
// checks what the relay holds. The Relay settings at 360 px go to docs/screenshots/360/.

const SCREENSHOT = resolve(__dirname, '../../docs/screenshots/360/relay-settings.png');
const dataDir = mkdtempSync(joinPath(tmpdir(), 'bridgework-relay-e2e-'));
const browsers: ExtensionBrowser[] = [];
const links: RelayLink[] = [];
let relay: RelayServer | null = null;

afterAll(async () => {
  for (const link of links) link.destroy();
  await Promise.allSettled(browsers.map((b) => b.close()));
  for (const b of browsers) removeProfileDir(b.profileDir);
  await relay?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function useRelay(panel: Page, url: string) {
  await tab(panel, 'Settings');
  await panel.getByLabel('Relay servers').fill(url);
  await panel.getByRole('button', { name: 'Save relay servers' }).click();
  await panel.getByText('Relay servers applied.').waitFor();
  await panel
    .getByRole('list', { name: 'Relay connections' })
    .getByText(`${url}: connected`)
    .waitFor({ timeout: SYNC_TIMEOUT });
}

/** Whether the relay's copy of the workspace contains `text` (Yjs keeps strings as UTF-8). */
function holds(doc: Y.Doc, text: string): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(Buffer.from(text));
}

test('an edit made on Monday reaches a member who opens Bridgework on Wednesday through the relay alone, and back', async () => {
  relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 100 });
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });

  const ana = await launchExtension();
  browsers.push(ana);
  const anaPanel = await ana.openPanel();
  await useSignaling(anaPanel, signaling.url);
  const code = await createSharedWorkspace(anaPanel, 'Riverside');
  await useRelay(anaPanel, relay.url);
  await addPartner(anaPanel, 'Monday Library');

  // What the relay holds, seen by a client that has the invite.
  const parsed = parseInvite(code);
  if (!parsed.ok) throw new Error(parsed.error);
  const relayCopy = new Y.Doc();
  links.push(
    await openRelayLink({
      url: relay.url,
      room: parsed.invite.room,
      secret: parsed.invite.secret,
      doc: relayCopy,
      WebSocketPolyfill: WebSocket,
    }),
  );
  await expect.poll(() => holds(relayCopy, 'Monday Library'), { timeout: SYNC_TIMEOUT }).toBe(true);

  // Ana's browser closes; the signaling server goes too: only the relay is left.
  await ana.close();
  await signaling.close();

  const bea = await launchExtension();
  browsers.push(bea);
  const beaPanel = await bea.openPanel();
  await join(beaPanel, code);
  await useRelay(beaPanel, relay.url);
  await seesPartner(beaPanel, 'Monday Library');
  await addPartner(beaPanel, 'Wednesday Club');
  await expect.poll(() => holds(relayCopy, 'Wednesday Club'), { timeout: SYNC_TIMEOUT }).toBe(true);

  await beaPanel.setViewportSize({ width: 360, height: 900 });
  await tab(beaPanel, 'Settings');
  const form = beaPanel.getByRole('form', { name: 'Relay' });
  await form.scrollIntoViewIfNeeded();
  expect(await beaPanel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
  await screenshotTo(form, { path: SCREENSHOT });
});
