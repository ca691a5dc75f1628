import { describe, expect, test } from 'vitest';
import { createWebRuntime, NO_RECEIVER } from '../../../lib/platform/web-runtime';

// The web app's chrome.runtime messaging between its page and its sync frame: two runtimes on one
// BroadcastChannel name stand for the two contexts.

let channels = 0;
function twoContexts(replyMs = 200) {
  const channel = `bridgework-runtime-test-${++channels}`;
  return [
    createWebRuntime({ channel, replyMs, base: 'https://app.example/bridgework/' }),
    createWebRuntime({ channel, replyMs, base: 'https://app.example/bridgework/' }),
  ] as const;
}

describe('web runtime messaging', () => {
  test('a listener in the other context answers with sendResponse', async () => {
    const [page, frame] = twoContexts();
    frame.onMessage.addListener((message, _sender, sendResponse) => {
      if ((message as { type: string }).type === 'sync:ensure') sendResponse(true);
      return false;
    });
    expect(await page.sendMessage({ target: 'background', type: 'sync:ensure' })).toBe(true);
  });

  test('a listener may answer with a promise', async () => {
    const [page, frame] = twoContexts();
    frame.onMessage.addListener(async (message) => ({ echo: message }));
    expect(await page.sendMessage('hello')).toEqual({ echo: 'hello' });
  });

  test('the sending context does not hear its own message', async () => {
    const [page, frame] = twoContexts();
    const heard: unknown[] = [];
    page.onMessage.addListener((message) => void heard.push(message));
    frame.onMessage.addListener(() => false);
    await page.sendMessage('status');
    expect(heard).toEqual([]);
  });

  test('heard but unanswered resolves to nothing; nobody listening fails as in Chrome', async () => {
    const [page, frame] = twoContexts();
    await expect(page.sendMessage('anyone?')).rejects.toThrow(NO_RECEIVER);
    const heard: unknown[] = [];
    frame.onMessage.addListener((message) => void heard.push(message));
    expect(await page.sendMessage({ type: 'sync:status' })).toBeUndefined();
    expect(heard).toEqual([{ type: 'sync:status' }]);
  });

  test('a removed listener no longer hears', async () => {
    const [page, frame] = twoContexts();
    const listener = () => false;
    frame.onMessage.addListener(listener);
    frame.onMessage.removeListener(listener);
    expect(frame.onMessage.hasListener(listener)).toBe(false);
    await expect(page.sendMessage('gone')).rejects.toThrow(NO_RECEIVER);
  });

  test('getURL resolves against where the app is served', () => {
    const [page] = twoContexts();
    expect(page.getURL('/icon/128.png')).toBe('https://app.example/bridgework/icon/128.png');
  });
});
