// Bridgework on the web: the side panel's app in a page, for partners without the extension.
// The browser APIs it uses come from lib/platform/web-browser.ts (vite.web.config.ts maps
// `wxt/browser` to it); sync runs in a hidden frame (hub.html), as in the offscreen document.
import { openJoin } from '../lib/state/navigation';
import { inviteFromHash } from '../lib/sync/invite-link';
import { paintFirstView } from '../entrypoints/sidepanel/first-paint';
import '../entrypoints/sidepanel/style.css';
import './web.css';

/** An invite link (`#join=<code>`) offers to join; the code leaves the address bar at once. */
function takeInviteFromAddress() {
  const code = inviteFromHash(location.hash);
  if (!code) return;
  history.replaceState(null, '', location.pathname + location.search);
  openJoin(code);
}

function startSyncFrame() {
  const frame = document.createElement('iframe');
  frame.src = './hub.html';
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  document.body.append(frame);
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.error(error));
}
startSyncFrame();
takeInviteFromAddress();
window.addEventListener('hashchange', takeInviteFromAddress);
// As in the side panel: the list as last shown first, then the app, which takes over the root.
const root = document.getElementById('app')!;
void paintFirstView(root).then((painted) =>
  import('../entrypoints/sidepanel/start-panel').then(({ startPanel }) =>
    startPanel(root, painted),
  ),
);
