// Another page's copy of a doc, linked over y-webrtc's BroadcastChannel from a thread of its own
// (y-webrtc allows one provider per room in a module instance, as each page has its own).
import { parentPort, workerData } from 'node:worker_threads';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

const doc = new Y.Doc();
Y.applyUpdate(doc, workerData.state);
const provider = new WebrtcProvider(workerData.room, doc, {
  signaling: [],
  password: workerData.password,
});
parentPort.on('message', async (message) => {
  if (message === 'state') parentPort.postMessage(Y.encodeStateAsUpdate(doc));
  if (message === 'stop') {
    provider.destroy();
    await provider.key;
    parentPort.postMessage('stopped');
  }
});
parentPort.postMessage('ready');
