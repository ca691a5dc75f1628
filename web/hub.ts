// The web app's sync frame (web/main.tsx adds it hidden to the page): the web app's offscreen
// document. It keeps shared workspaces in sync over WebRTC and relays while a tab of the app is
// open; the panel links to it over BroadcastChannel as the side panel does to the offscreen one.
import { startWebSyncHost } from '../lib/platform/web-sync-host';
import { startForwarding } from '../lib/state/history-migration';

const forever = () => new Promise<never>(() => {});

// One tab of the app holds the sync: the others' panels reach it over BroadcastChannel (same
// origin), and when it closes the lock passes to another tab's frame, which takes over.
if ('locks' in navigator) {
  void navigator.locks.request('bridgework-sync-hub', async () => {
    await startWebSyncHost(startForwarding);
    return forever();
  });
} else {
  void startWebSyncHost(startForwarding);
}
