import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

describe('production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bridgework-prod-'));
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build'], {
      env: { ...process.env, BRIDGEWORK_OUT_DIR: outDir },
      stdio: 'pipe',
    });
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('is MV3 with a side panel and no host access granted at install', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.permissions).toContain('activeTab');
    // Sites are reached through activeTab, or asked for one at a time from a click.
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.key).toBeUndefined();
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
  });

  test('names itself in the browser’s language: every __MSG_ key is in each _locales file', () => {
    const manifestText = readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    const used = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    const keysOf = (language: string) =>
      Object.keys(
        JSON.parse(
          readFileSync(join(outDir, 'chrome-mv3', '_locales', language, 'messages.json'), 'utf8'),
        ),
      ).sort();
    const english = keysOf('en');
    expect(keysOf('es')).toEqual(english);
    for (const key of [...used, 'captureMenu']) expect(english).toContain(key);
  });
});
