import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PermissionsLike } from '../../../lib/extension/site-access';

const executeScript = vi.fn();
vi.mock('wxt/browser', () => ({
  browser: { scripting: { executeScript: (...args: unknown[]) => executeScript(...args) } },
}));

const { withTemporarySiteAccess } = await import('../../../lib/extension/site-access');
const { captureTab } = await import('../../../lib/extension/capture-tab');

/** A permissions API that remembers grants, and a person who answers `answer` when asked. */
function fakePermissions(initial: string[] = [], answer = true) {
  const granted = new Set(initial);
  const asked: string[] = [];
  const api: PermissionsLike = {
    contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    request: async ({ origins }) => {
      asked.push(...origins);
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    },
    remove: async ({ origins }) => {
      for (const o of origins) granted.delete(o);
      return true;
    },
  };
  return { api, granted, asked };
}

const ORIGIN = 'https://partner.example/*';

describe('temporary site access', () => {
  test('access asked for one job is removed when the job is done', async () => {
    const { api, granted } = fakePermissions();
    const seen: boolean[] = [];
    const outcome = await withTemporarySiteAccess(
      ORIGIN,
      async () => {
        seen.push(granted.has(ORIGIN));
        return 'read';
      },
      api,
    );
    expect(outcome).toEqual({ result: 'read' });
    expect(seen).toEqual([true]);
    expect(granted.has(ORIGIN)).toBe(false);
  });

  test('access is removed even when the job fails', async () => {
    const { api, granted } = fakePermissions();
    await expect(
      withTemporarySiteAccess(ORIGIN, () => Promise.reject(new Error('tab closed')), api),
    ).rejects.toThrow('tab closed');
    expect(granted.has(ORIGIN)).toBe(false);
  });

  test('access the person had granted before is neither asked for again nor removed', async () => {
    const { api, granted, asked } = fakePermissions([ORIGIN]);
    await withTemporarySiteAccess(ORIGIN, async () => 'read', api);
    expect(asked).toEqual([]);
    expect(granted.has(ORIGIN)).toBe(true);
  });

  test('a refusal runs nothing', async () => {
    const { api } = fakePermissions([], false);
    const job = vi.fn(async () => 'read');
    expect(await withTemporarySiteAccess(ORIGIN, job, api)).toBeNull();
    expect(job).not.toHaveBeenCalled();
  });
});

describe('capturing a tab without a grant', () => {
  beforeEach(() => executeScript.mockReset());

  const tab = { id: 7, url: 'https://partner.example/about', title: 'About us' } as const;
  const page = { partner: { name: 'Partner' } };

  test('asks for the one site, captures, and gives the access back', async () => {
    const { api, granted, asked } = fakePermissions();
    executeScript
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockImplementationOnce(async () => {
        expect(granted.has(ORIGIN)).toBe(true);
        return [{ result: page }];
      });
    const outcome = await captureTab(tab as never, api);
    expect(outcome).toMatchObject({ ok: true, page: { result: page, url: tab.url } });
    expect(asked).toEqual([ORIGIN]);
    expect(granted.size).toBe(0);
  });

  test("Firefox's refusal asks for the one site too", async () => {
    const { api, asked } = fakePermissions();
    executeScript
      .mockRejectedValueOnce(new Error('Missing host permission for the tab'))
      .mockResolvedValueOnce([{ result: page }]);
    const outcome = await captureTab(tab as never, api);
    expect(outcome).toMatchObject({ ok: true, page: { result: page } });
    expect(asked).toEqual([ORIGIN]);
  });

  test('gives the access back when the second read fails too', async () => {
    const { api, granted } = fakePermissions();
    executeScript
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockRejectedValueOnce(new Error('No tab with id: 7'));
    const outcome = await captureTab(tab as never, api);
    expect(outcome).toMatchObject({
      ok: false,
      message: 'The tab closed or navigated away before it could be read.',
    });
    expect(granted.size).toBe(0);
  });
});
