// Live sync between two real Chromium instances (e2e build, separate profiles) over loopback,
// through the whole path a user's edit takes: panel doc → BroadcastChannel → offscreen document →
// WebRTC → other offscreen document → BroadcastChannel → other panel. Plus update sizes and the
// cost of merging 1,000 offline edits per side. Run alone: npx tsx scripts/bench/sync.bench.ts
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { addPartner, updatePartner } from '../../lib/model/partner';
import { startSignalingServer } from '../../lib/sync/signaling-server';
import { launchBenchBrowser } from '../lib/chromium';
import { median, percentile, table } from './stats';

const EDITS = 60;

type Controller = {
  current: { value: { local: { doc: Y.Doc } } | null };
};
declare global {
  interface Window {
    __bridgework?: Controller;
    __arrivals?: Map<string, number>;
  }
}

async function statusText(page: Page) {
  return ((await page.locator('header [role="status"]').textContent()) ?? '').trim();
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function setPaused(page: Page, paused: boolean) {
  await page.getByRole('tab', { name: 'Settings' }).click();
  const box = page.getByRole('checkbox', { name: 'Pause sync' });
  if ((await box.isChecked()) !== paused) await box.click();
}

function nodeFigures() {
  // One-field edit of a partner record, as the model writes it.
  const doc = new Y.Doc();
  const id = addPartner(doc, { name: 'Riverside Public Library', website: 'https://a.example/' });
  const sizes: number[] = [];
  doc.on('update', (update: Uint8Array) => sizes.push(update.length));
  updatePartner(doc, id, { website: 'https://riverside.example.org/' });
  updatePartner(doc, id, { cadenceDays: 14 });
  const text = new Y.Doc().getText('t');
  const textDoc = text.doc!;
  text.insert(0, 'Pair readers weekly.');
  let typed = 0;
  textDoc.on('update', (u: Uint8Array) => (typed = u.length));
  text.insert(5, 'x');
  // y-webrtc frame: message type + sync type + length prefix around the update.
  const frame = (n: number) => n + 2 + (n < 128 ? 1 : 2);
  // Over BroadcastChannel y-webrtc also encrypts (AES-GCM: 12-byte IV, 16-byte tag, framing).
  const bc = (n: number) => frame(n) + 12 + 16 + 4;

  // 1,000 offline edits per side, then merge (what the sync protocol does on reconnect).
  const a = new Y.Doc();
  const b = new Y.Doc();
  const shared = addPartner(a, { name: 'Shared' });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  for (let i = 0; i < 1000; i++) {
    if (i % 10 === 0) addPartner(a, { name: `A ${i}` });
    else updatePartner(a, shared, { cadenceDays: (i % 90) + 1 });
    if (i % 10 === 0) addPartner(b, { name: `B ${i}` });
    else updatePartner(b, shared, { description: `B edit ${i}` });
  }
  const start = performance.now();
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
  const mergeMs = performance.now() - start;
  return { sizes, typed, frame, bc, mergeMs, mergeBytes: toA.length + toB.length };
}

export async function run(): Promise<string> {
  const node = nodeFigures();
  const lines = [
    '## Live sync (two Chromium instances, loopback)',
    '',
    table(
      ['small edit', 'Yjs update', 'y-webrtc data-channel message', 'BroadcastChannel (encrypted)'],
      [
        [
          'partner website changed',
          node.sizes[0]!,
          node.frame(node.sizes[0]!),
          node.bc(node.sizes[0]!),
        ].map(String),
        [
          'partner cadence changed',
          node.sizes[1]!,
          node.frame(node.sizes[1]!),
          node.bc(node.sizes[1]!),
        ].map(String),
        ['one character typed', node.typed, node.frame(node.typed), node.bc(node.typed)].map(
          String,
        ),
      ].map((row) => row.map((cell, i) => (i === 0 ? cell : `${cell} B`))),
    ),
    '',
    'Data-channel bytes exclude SCTP/DTLS/UDP headers (roughly 50–80 bytes per packet more).',
    '',
    `Merging 1,000 offline edits per side (Node, Yjs only): ${node.mergeMs.toFixed(1)} ms, ` +
      `${(node.mergeBytes / 1024).toFixed(1)} KiB exchanged in total.`,
    '',
  ];

  const server = await startSignalingServer({ port: 0 });
  const [a, b] = await Promise.all([launchBenchBrowser(), launchBenchBrowser()]);
  try {
    const [pa, pb] = await Promise.all([a.openPanel(), b.openPanel()]);
    for (const page of [pa, pb]) {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByLabel('Signaling servers').fill(server.url);
      await page.getByRole('button', { name: 'Save sync settings' }).click();
    }
    await pa.getByLabel('Workspace name').fill('Bench');
    await pa.getByRole('button', { name: 'Create workspace' }).click();
    await pa.getByRole('button', { name: 'Copy invite' }).click();
    const invite = await pa.getByLabel('Invite to share').inputValue();
    await pb.getByRole('button', { name: 'Join workspace' }).click();
    await pb.getByLabel('Invite code').fill(invite);
    await pb.getByRole('button', { name: 'Join', exact: true }).click();
    await waitFor(
      async () =>
        (await statusText(pa)) === 'Connected · 1 peer' &&
        (await statusText(pb)) === 'Connected · 1 peer',
      30_000,
      'the two browsers to connect',
    );
    await pb.evaluate(() => {
      const doc = window.__bridgework!.current.value!.local.doc;
      window.__arrivals = new Map();
      doc.getMap('bench').observe((event) => {
        const at = performance.timeOrigin + performance.now();
        for (const key of event.keysChanged) window.__arrivals!.set(key, at);
      });
    });
    const latencies: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const key = `k${i}`;
      const sentAt = await pa.evaluate((k) => {
        const doc = window.__bridgework!.current.value!.local.doc;
        const at = performance.timeOrigin + performance.now();
        doc.getMap('bench').set(k, 'x');
        return at;
      }, key);
      let arrived: number | null = null;
      await waitFor(
        async () =>
          (arrived = await pb.evaluate((k) => window.__arrivals!.get(k) ?? null, key)) !== null,
        10_000,
        `edit ${i}`,
      );
      latencies.push(arrived! - sentAt);
      await new Promise((r) => setTimeout(r, 30));
    }

    // 1,000 offline edits per side in the browsers, then resume: time until both hold the same state.
    await Promise.all([setPaused(pa, true), setPaused(pb, true)]);
    await waitFor(
      async () => (await statusText(pa)) === 'Offline' && (await statusText(pb)) === 'Offline',
      10_000,
      'pause',
    );
    for (const [page, side] of [
      [pa, 'a'],
      [pb, 'b'],
    ] as const) {
      await page.evaluate((s) => {
        const doc = window.__bridgework!.current.value!.local.doc;
        const map = doc.getMap<number>('offline');
        for (let i = 0; i < 1000; i++) doc.transact(() => map.set(`${s}${i % 100}`, i));
      }, side);
    }
    const resumedAt = Date.now();
    await Promise.all([setPaused(pa, false), setPaused(pb, false)]);
    const values = (page: Page) =>
      page.evaluate(
        () =>
          JSON.stringify(
            window.__bridgework!.current.value!.local.doc.getMap('offline').toJSON(),
            null,
            0,
          ).length,
      );
    await waitFor(
      async () => {
        const [x, y] = await Promise.all([values(pa), values(pb)]);
        const state = (page: Page) =>
          page.evaluate(() => window.__bridgework!.current.value!.local.doc.getMap('offline').size);
        return x === y && (await state(pa)) === 200 && (await state(pb)) === 200;
      },
      60_000,
      'the offline edits to merge',
    );
    const reconnectAndMerge = Date.now() - resumedAt;

    lines.push(
      table(
        ['edit → visible in the other browser', 'median', 'p95', 'max', 'edits'],
        [
          [
            'panel A → offscreen A → WebRTC → offscreen B → panel B',
            `${median(latencies).toFixed(1)} ms`,
            `${percentile(latencies, 95).toFixed(1)} ms`,
            `${Math.max(...latencies).toFixed(1)} ms`,
            String(latencies.length),
          ],
        ],
      ),
      '',
      `1,000 offline edits per side in the browsers, from "resume" to both panels equal ` +
        `(reconnect through signaling + ICE + merge): ${reconnectAndMerge} ms.`,
      '',
    );
  } finally {
    await Promise.allSettled([a.close(), b.close()]);
    await server.close();
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await run());
}
