import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

describe('production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bridgework-prod-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('is MV3 with a side panel and no host access granted at install', () => {
    execFileSync('npx', ['wxt', 'build'], {
      env: { ...process.env, BRIDGEWORK_OUT_DIR: outDir },
      stdio: 'pipe',
    });
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
});
