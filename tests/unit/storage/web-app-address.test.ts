import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let address: typeof import('../../../lib/storage/web-app-address');
beforeAll(async () => {
  address = await import('../../../lib/storage/web-app-address');
});
beforeEach(() => fakeBrowser.reset());

describe('the web app address for invite links', () => {
  test('takes https addresses, and http only on this computer, without query or fragment', () => {
    const { normaliseWebAppAddress: normalise } = address;
    expect(normalise(' https://bridgework.district.example/app/?x=1#join=old ')).toBe(
      'https://bridgework.district.example/app/',
    );
    expect(normalise('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(normalise('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(normalise('http://bridgework.district.example/')).toBeNull();
    expect(normalise('https://user:pw@bridgework.district.example/')).toBeNull();
    expect(normalise('chrome-extension://abc/')).toBeNull();
    expect(normalise('bridgework.district.example')).toBeNull();
  });

  test("is the saved one, or else the app's own in the web app; none in the extension", async () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    getURL.mockReturnValue('chrome-extension://abcdef/');
    expect(await address.loadWebAppAddress()).toBe('');
    getURL.mockReturnValue('https://bridgework.district.example/app/');
    expect(await address.loadWebAppAddress()).toBe('https://bridgework.district.example/app/');
    await address.webAppAddressItem.setValue('https://partners.example/');
    expect(await address.loadWebAppAddress()).toBe('https://partners.example/');
    getURL.mockRestore();
  });
});
