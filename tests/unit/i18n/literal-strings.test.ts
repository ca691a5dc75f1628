import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findLiteralStrings, formatViolation } from '../../helpers/jsx-literals';

// Every string a person reads in the panel comes from the catalogue (lib/i18n), so a Spanish
// reader never meets English. The rules of the check are in tests/helpers/jsx-literals.ts.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The violations of a synthetic source, as `line text`. */
function violationsIn(source: string): string[] {
  return findLiteralStrings('x.tsx', source).map((v) => `${v.line} ${v.text}`);
}

describe('the checker itself', () => {
  test('finds JSX text and literal children, including either branch of a conditional', () => {
    const source = [
      'export const A = () => (',
      '  <p>',
      '    Hello there',
      "    {'Literal child'}",
      '    {`Template ${n} items`}',
      "    {open ? 'Hide' : t('x.show')}",
      "    {count > 0 && 'Some'}",
      '  </p>',
      ');',
    ].join('\n');
    expect(violationsIn(source)).toEqual([
      '3 Hello there',
      '4 Literal child',
      '5 Template items',
      '6 Hide',
      '7 Some',
    ]);
  });

  test('finds literals in the props people or assistive tech read', () => {
    const source = [
      'export const B = () => (',
      '  <div>',
      '    <button aria-label="Close it" />',
      '    <input placeholder={"Type here"} title={`Open ${name}`} />',
      '    <img alt="A logo" />',
      '    <Field label="Your name" />',
      '    <ConfirmDialog confirmLabel="Delete" emptyText={"Nothing yet"} heading="Remove?" />',
      "    <p aria-description={busy ? 'Working' : t('x.idle')} labelId=\"name-label\" />",
      '  </div>',
      ');',
    ].join('\n');
    expect(violationsIn(source)).toEqual([
      '3 Close it',
      '4 Type here',
      '4 Open',
      '5 A logo',
      '6 Your name',
      '7 Delete',
      '7 Nothing yet',
      '7 Remove?',
      '8 Working',
    ]);
  });

  test('finds literal text handed to the toast API', () => {
    const source = [
      "notify({ text: 'Saved.', actionLabel: 'Undo', onAction: undo });",
      'setToast({ id: 1, text: `Deleted ${name}` });',
      "notify({ message: ok ? t('x.ok') : 'Failed' });",
      "other({ text: 'Not a toast' });",
    ].join('\n');
    expect(violationsIn(source)).toEqual(['1 Saved.', '1 Undo', '2 Deleted', '3 Failed']);
  });

  test('finds literal text set on a DOM node by hand', () => {
    const source = [
      'message.textContent = `Could not open: ${error}`;',
      "root.textContent = '';",
      "button.title = t('x.title');",
      "input.placeholder = 'Search';",
    ].join('\n');
    expect(violationsIn(source)).toEqual(['1 Could not open:', '4 Search']);
  });

  test('allows catalogue calls, symbols, class names, ids, types and marked lines', () => {
    const source = [
      'export const C = () => (',
      '  <div class="panel wide" id="main" role="region" data-kind="school">',
      '    <input type="text" name="title" aria-label={t("x.name")} />',
      '    <span aria-hidden="true">·</span> → {"×"} {`${a} / ${b}`} 42 %',
      '    {t("x.body", { count })}',
      '    {name}',
      '    {cls("a", "b")}',
      '    <abbr title="Bridgework">BW</abbr> {/* i18n-ignore: the product name */}',
      '    {/* i18n-ignore: the product name */}',
      '    <b>Bridgework</b>',
      '  </div>',
      ');',
      "notify({ text: t('x.saved'), actionLabel: t('common.undo'), id: 'toast-1' });",
    ].join('\n');
    expect(violationsIn(source)).toEqual([]);
  });

  test('reports the line of each violation in a multi-line element', () => {
    const source = [
      'const D = () => (',
      '  <section>',
      '',
      '    <h2>Title</h2>',
      '  </section>',
      ');',
    ];
    expect(violationsIn(source.join('\n'))).toEqual(['4 Title']);
  });
});

describe('the project', () => {
  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints')].sort();

  test('the check sees the panel (components and entrypoints, more than 40 TSX files)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('entrypoints/sidepanel/App.tsx');
  });

  test('no component or entrypoint renders a literal string that is not from the catalogue', () => {
    const violations = files.flatMap((path) =>
      findLiteralStrings(path, readFileSync(join(ROOT, path), 'utf8')).map(formatViolation),
    );
    expect(violations).toEqual([]);
  });
});
