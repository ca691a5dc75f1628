// `npm start`: builds Bridgework and opens it in Chromium with a fresh profile.
// Without a display (a server, CI) it opens the panel headless and saves a screenshot instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const extensionDir = resolve('.output/chrome-mv3');
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

console.log('Building Bridgework…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

console.log(`
To use Bridgework in your everyday Chrome or Edge:
  1. open chrome://extensions (or edge://extensions) and switch on "Developer mode";
  2. click "Load unpacked" and choose ${extensionDir};
  3. click the Bridgework button in the toolbar: it opens in the side panel.
`);

const executablePath = candidates.find((path) => existsSync(path));
if (!executablePath) {
  console.log(
    'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(0);
}

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const profile = mkdtempSync(join(tmpdir(), 'bridgework-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: hasDisplay ? null : { width: 400, height: 720 },
  args: [
    ...(hasDisplay ? [] : ['--headless=new']),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);

if (!hasDisplay) {
  await page.getByRole('tablist', { name: 'Sections' }).waitFor();
  const screenshot = resolve('.output/start-screenshot.png');
  await page.screenshot({ path: screenshot });
  console.log(`No display: Bridgework ran headless; its side panel is pictured in ${screenshot}`);
  await context.close();
} else {
  console.log(
    `Bridgework is running in Chromium (profile ${profile}). Close the window or press Ctrl+C to stop.`,
  );
  process.on('SIGINT', () => void context.close().then(() => process.exit(0)));
  context.on('close', () => process.exit(0));
}
