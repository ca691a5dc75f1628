import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromeBuildIn, firstViewChunks, pictureChunks } from '../../scripts/lib/panel-size';

/** Issue 17: the panel's first view (the partners list) reads at most this much gzipped JS. */
const FIRST_VIEW_BUDGET = 150 * 1024;
/** The picture of the list painted before the app's code (lib/model/first-view.ts). */
const PICTURE_BUDGET = 20 * 1024;

// A size check on the production build's files, not a timing: it fails when a change pulls a
// view, a language or a large library back into the chunks the partners list loads.
describe('the side panel’s first view', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bridgework-size-'));
  let extension = '';
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build'], {
      // The build users get: under Vitest NODE_ENV is "test", which keeps libraries' development
      // branches in the bundle (~2 KB gzipped more than `npm run build`).
      env: { ...process.env, NODE_ENV: 'production', BRIDGEWORK_OUT_DIR: outDir },
      stdio: 'pipe',
    });
    extension = chromeBuildIn(outDir);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('loads at most 150 KB of gzipped JavaScript', () => {
    const chunks = firstViewChunks(extension);
    const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const listing = chunks.map((c) => `${c.file}: ${(c.gzip / 1024).toFixed(1)} KB`).join(', ');
    expect(
      total,
      `first view loads ${(total / 1024).toFixed(1)} KB (${listing})`,
    ).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  test('paints the picture of the list from a chunk of its own: no Yjs, no zod, no catalogue', () => {
    const chunks = pictureChunks(extension);
    const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    expect(total, `the picture loads ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(
      PICTURE_BUDGET,
    );
    const code = chunks.map((c) => readFileSync(join(extension, c.file), 'utf8')).join('\n');
    // Strings only Yjs, zod and the English catalogue contain.
    expect(code).not.toContain('Yjs was already imported');
    expect(code).not.toContain('ZodError');
    expect(code).not.toContain('Opening your workspace');
    // …and the app is what the entry asks for next.
    expect(firstViewChunks(extension).length).toBeGreaterThan(chunks.length);
  });

  test('leaves the other views, Spanish, y-webrtc and the public suffix list to later chunks', () => {
    const first = new Set(firstViewChunks(extension).map((c) => c.file));
    const code = [...first].map((file) => readFileSync(join(extension, file), 'utf8')).join('\n');
    const later = readdirSync(join(extension, 'chunks')).map((file) => `chunks/${file}`);
    for (const name of [
      'GoalsSection',
      'LogSection',
      'DashboardSection',
      'SettingsSection',
      'catalog-es',
      'panel-link',
      'PartnerForm',
    ]) {
      const chunk = later.find((file) => file.startsWith(`chunks/${name}-`));
      expect(chunk, `${name} is a chunk of its own`).toBeDefined();
      expect(first.has(chunk!), `${name} is not loaded before the first view`).toBe(false);
    }
    // Words only the Spanish catalogue, simple-peer and tldts' suffix list contain.
    expect(code).not.toContain('Abriendo tu espacio de trabajo');
    expect(code).not.toContain('simple-peer');
    expect(code).not.toContain('blogspot');
  });
});
