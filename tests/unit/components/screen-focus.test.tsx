// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { focusKey, returnFocusTo, useScreenFocus } from '../../../components/common/screen-focus';

afterEach(cleanup);

/** A list with rows and an Add button, a page per row and a form: the shape of every feature here. */
function Feature({ initialRows = ['a', 'b'] }: { initialRows?: string[] }) {
  const [rows, setRows] = useState(initialRows);
  const [open, setOpen] = useState<
    { name: 'list' } | { name: 'form' } | { name: 'page'; id: string }
  >({ name: 'list' });
  const listHeading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(listHeading, { focus: 'returning' });
  if (open.name === 'form')
    return (
      <Form
        onCancel={() => {
          returnFocusTo('add');
          setOpen({ name: 'list' });
        }}
      />
    );
  if (open.name === 'page')
    return (
      <Page
        id={open.id}
        onBack={() => {
          returnFocusTo(`row:${open.id}`);
          setOpen({ name: 'list' });
        }}
        onDelete={() => {
          setRows(rows.filter((row) => row !== open.id));
          returnFocusTo(`row:${open.id}`);
          setOpen({ name: 'list' });
        }}
      />
    );
  return (
    <section>
      <h2 ref={listHeading} tabIndex={-1}>
        Rows
      </h2>
      <button type="button" {...focusKey('add')} onClick={() => setOpen({ name: 'form' })}>
        Add
      </button>
      {rows.map((row) => (
        <button
          key={row}
          type="button"
          {...focusKey(`row:${row}`)}
          onClick={() => setOpen({ name: 'page', id: row })}
        >
          Row {row}
        </button>
      ))}
    </section>
  );
}

function Form({ onCancel }: { onCancel: () => void }) {
  const form = useRef<HTMLFormElement>(null);
  const [expanded, setExpanded] = useState(false);
  useScreenFocus(form, { focus: 'first-field', onEscape: onCancel });
  return (
    <form ref={form} aria-label="Row form">
      <fieldset>
        <input type="radio" aria-label="Kind" />
      </fieldset>
      <input aria-label="Title" autoFocus />
      <input
        aria-label="Finder"
        role="combobox"
        aria-expanded={expanded}
        onFocus={() => setExpanded(true)}
      />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function Page({ id, onBack, onDelete }: { id: string; onBack: () => void; onDelete: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'heading', key: id });
  return (
    <article>
      <button type="button" onClick={onBack}>
        Back
      </button>
      <h2 ref={heading} tabIndex={-1}>
        Page {id}
      </h2>
      <button type="button" onClick={onDelete}>
        Delete
      </button>
    </article>
  );
}

const focused = () => document.activeElement as HTMLElement | null;

describe('useScreenFocus', () => {
  test('a page opens with its heading focused, and Back returns focus to the row that opened it', async () => {
    render(<Feature />);
    fireEvent.click(screen.getByRole('button', { name: 'Row b' }));
    expect(focused()).toBe(await screen.findByRole('heading', { name: 'Page b' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(focused()).toBe(await screen.findByRole('button', { name: 'Row b' }));
  });

  test('a form opens on the field it marks with autoFocus, not on a preset choice before it', async () => {
    render(<Feature />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(focused()).toBe(await screen.findByRole('textbox', { name: 'Title' }));
  });

  test('Escape cancels the form and focus returns to the button that opened it', async () => {
    render(<Feature />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.keyDown(await screen.findByRole('textbox', { name: 'Title' }), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Row form' })).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Add' }));
  });

  test('Escape in an expanded combobox is left to the combobox and does not cancel the form', async () => {
    render(<Feature />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const finder = await screen.findByRole('combobox', { name: 'Finder' });
    fireEvent.focus(finder);
    expect(finder.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(finder, { key: 'Escape' });
    expect(screen.getByRole('form', { name: 'Row form' })).toBeTruthy();
  });

  test('after a delete the row is gone, so focus lands on the list heading instead of the body', async () => {
    render(<Feature />);
    fireEvent.click(screen.getByRole('button', { name: 'Row a' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'Rows' })).toBe(focused());
    expect(screen.queryByRole('button', { name: 'Row a' })).toBeNull();
  });

  test('a list opened plainly (a tab switch) leaves focus where it was', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    render(<Feature />);
    expect(focused()).toBe(outside);
    outside.remove();
  });
});
