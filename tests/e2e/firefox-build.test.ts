import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Firefox is not installed on these machines: the add-on is checked by its manifest and by
// Mozilla's linter (web-ext lint, the checks addons.mozilla.org runs on upload).

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** The manifest keys these tests read. */
interface FirefoxManifest {
  manifest_version: number;
  sidebar_action?: { default_panel: string; default_icon?: Record<string, string> };
  side_panel?: unknown;
  browser_action?: unknown;
  commands: Record<string, { suggested_key?: unknown }>;
  default_locale: string;
  icons: Record<string, string>;
  background: unknown;
  permissions: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown;
  key?: string;
  minimum_chrome_version?: string;
  browser_specific_settings: { gecko: unknown };
}

describe('Firefox build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bridgework-firefox-'));
  const build = join(outDir, 'firefox-mv2');
  let manifest: FirefoxManifest;
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      env: { ...process.env, BRIDGEWORK_OUT_DIR: outDir },
      stdio: 'pipe',
    });
    manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as FirefoxManifest;
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('shows the panel as a sidebar, opened from the toolbar button and the shortcut', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      default_icon: { '16': 'icon/16.png', '32': 'icon/32.png' },
    });
    expect(existsSync(join(build, 'sidepanel.html'))).toBe(true);
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.browser_action).toEqual({ default_title: '__MSG_actionTitle__' });
    expect(manifest.commands['capture-page']?.suggested_key).toEqual({ default: 'Alt+Shift+B' });
    expect(manifest.default_locale).toBe('en');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '48', '128']));
  });

  test('syncs in a persistent background page, with no offscreen document', () => {
    expect(manifest.background).toEqual({ persistent: true, scripts: ['background.js'] });
    expect(existsSync(join(build, 'offscreen.html'))).toBe(false);
  });

  test('asks for no site at install: sites are optional, granted one capture at a time', () => {
    const permissions = manifest.permissions;
    expect(permissions).toEqual(
      expect.arrayContaining(['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms']),
    );
    // Chrome-only permissions Firefox does not know.
    expect(permissions).not.toContain('sidePanel');
    expect(permissions).not.toContain('offscreen');
    expect(permissions).not.toContain('tabs');
    // MV2 lists host access among permissions: none may be there.
    expect(permissions.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.key).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  test('names its add-on id, oldest Firefox and data collection (none)', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'bridgework@bridgework.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('web-ext lint finds no errors', () => {
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const report = JSON.parse(lint.stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // Permissions Firefox does not know would come back as warnings: none may.
    expect(report.warnings.filter((w) => w.code === 'MANIFEST_PERMISSIONS')).toEqual([]);
    expect(lint.status).toBe(0);
  }, 120_000);
});
