/**
 * Capture CLI: print the CaptureResult of a saved page as one JSON line.
 *   npx tsx scripts/capture.ts --html page.html --url https://example.org/contact
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../lib/capture/parse-html';

function usage(msg: string): never {
  process.stderr.write(`capture: ${msg}\nusage: capture --html FILE --url URL\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let html: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--html') html = argv[++i];
    else if (a === '--url') url = argv[++i];
    else if (a.startsWith('--html=')) html = a.slice(7);
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--help' || a === '-h') usage('help');
    else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  if (!html) usage('missing --html FILE');
  if (!url) usage('missing --url URL');
  try {
    new URL(url);
  } catch {
    usage(`not an absolute URL: ${JSON.stringify(url)}`);
  }
  let source: string;
  try {
    source = readFileSync(html, 'utf8');
  } catch (e) {
    usage(`cannot read ${JSON.stringify(html)}: ${(e as Error).message}`);
  }
  const result = extractFromHtml(source, url);
  process.stdout.write(JSON.stringify(result) + '\n');
}

main(process.argv.slice(2));
