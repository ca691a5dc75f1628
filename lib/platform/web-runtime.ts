/**
 * The part of `chrome.runtime` messaging the panel and the sync hub use, for the web app: the
 * app's page and its sync frame (web/hub.html), in any of its tabs, talk over one
 * BroadcastChannel. As in an extension, a message reaches every other context, never the one that
 * sent it; the first reply answers it.
 */

type SendResponse = (response: unknown) => void;
/** Returns true to answer later with sendResponse, or a promise of the answer. */
export type MessageListener = (
  message: unknown,
  sender: object,
  sendResponse: SendResponse,
) => unknown;

type Envelope =
  | { kind: 'message'; id: string; message: unknown }
  /** A context with listeners got the message (it may not answer). */
  | { kind: 'ack'; id: string }
  | { kind: 'reply'; id: string; response: unknown };

export interface WebRuntime {
  id: string;
  getURL: (path: string) => string;
  sendMessage: (message: unknown) => Promise<unknown>;
  onMessage: {
    addListener: (listener: MessageListener) => void;
    removeListener: (listener: MessageListener) => void;
    hasListener: (listener: MessageListener) => boolean;
  };
}

export interface WebRuntimeOptions {
  channel?: string;
  /** How long a message waits for an answer. With no context listening it then fails, as in Chrome. */
  replyMs?: number;
  /** Where the app is served from (getURL). */
  base?: string;
}

export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

export function createWebRuntime(options: WebRuntimeOptions = {}): WebRuntime {
  const channel = new BroadcastChannel(options.channel ?? 'bridgework-web-runtime');
  const replyMs = options.replyMs ?? 1000;
  const listeners = new Set<MessageListener>();
  const waiting = new Map<string, { acked: boolean; answer: (response: unknown) => void }>();

  channel.onmessage = (event: MessageEvent<Envelope>) => {
    const envelope = event.data;
    if (envelope.kind !== 'message') {
      const wait = waiting.get(envelope.id);
      if (!wait) return;
      if (envelope.kind === 'ack') wait.acked = true;
      else wait.answer(envelope.response);
      return;
    }
    if (listeners.size === 0) return;
    channel.postMessage({ kind: 'ack', id: envelope.id } satisfies Envelope);
    let answered = false;
    const sendResponse = (response: unknown) => {
      if (answered) return;
      answered = true;
      channel.postMessage({ kind: 'reply', id: envelope.id, response } satisfies Envelope);
    };
    for (const listener of [...listeners]) {
      const result = listener(envelope.message, {}, sendResponse);
      if (isThenable(result)) result.then(sendResponse, () => undefined);
    }
  };

  return {
    id: 'bridgework-web',
    getURL: (path) => new URL(path.replace(/^\//, ''), options.base ?? location.href).href,
    sendMessage: (message) =>
      new Promise((resolve, reject) => {
        const id = crypto.randomUUID();
        const finish = () => {
          clearTimeout(timer);
          waiting.delete(id);
        };
        const wait = {
          acked: false,
          answer: (response: unknown) => {
            finish();
            resolve(response);
          },
        };
        // Nobody answered: heard but unanswered resolves to nothing, unheard fails.
        const timer = setTimeout(() => {
          finish();
          if (wait.acked) resolve(undefined);
          else reject(new Error(NO_RECEIVER));
        }, replyMs);
        waiting.set(id, wait);
        channel.postMessage({ kind: 'message', id, message } satisfies Envelope);
      }),
    onMessage: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
      hasListener: (listener) => listeners.has(listener),
    },
  };
}
