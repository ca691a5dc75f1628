// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { lazyView } from '../../../components/common/lazy-view';

afterEach(() => cleanup());

function Greeting({ name }: { name: string }) {
  return <h2>Hello {name}</h2>;
}

/** A loader that resolves (or fails) when the test says so, and counts its calls. */
function controlledLoader() {
  const calls = { count: 0 };
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const load = () => {
    calls.count++;
    return new Promise<typeof Greeting>((resolve, reject) => {
      settle = { resolve: () => resolve(Greeting), reject };
    });
  };
  return { load, calls, settle: () => settle };
}

describe('a view loaded when first drawn', () => {
  test('says Loading… as a status until its code arrives, then shows the view with its props', async () => {
    const { load, settle } = controlledLoader();
    const View = lazyView(load);
    render(<View name="Ana" />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByRole('heading')).toBeNull();
    settle().resolve();
    expect((await screen.findByRole('heading')).textContent).toBe('Hello Ana');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('fetches its code once; drawn again after that it appears at once', async () => {
    const { load, calls, settle } = controlledLoader();
    const View = lazyView(load);
    const preloaded = View.preload();
    settle().resolve();
    await preloaded;
    render(<View name="Ben" />);
    expect(screen.getByRole('heading').textContent).toBe('Hello Ben');
    cleanup();
    render(<View name="Cy" />);
    expect(screen.getByRole('heading').textContent).toBe('Hello Cy');
    expect(calls.count).toBe(1);
  });

  test('code that cannot be fetched becomes an alert, and a later draw tries again', async () => {
    const { load, calls, settle } = controlledLoader();
    const View = lazyView(load);
    render(<View name="Di" />);
    settle().reject(new Error('chunk missing'));
    expect((await screen.findByRole('alert')).textContent).toContain('chunk missing');
    cleanup();
    render(<View name="Di" />);
    settle().resolve();
    expect((await screen.findByRole('heading')).textContent).toBe('Hello Di');
    expect(calls.count).toBe(2);
  });
});
