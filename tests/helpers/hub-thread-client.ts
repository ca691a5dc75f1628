import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HubThreadCommand, HubThreadOptions } from './hub-thread';

/** A SyncHub running in a worker thread (tests/helpers/hub-thread.ts): another device. */
export class HubThread {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();

  constructor(options: HubThreadOptions = {}) {
    this.worker = new Worker(fileURLToPath(new URL('./hub-thread.mjs', import.meta.url)), {
      workerData: options,
    });
    this.worker.on(
      'message',
      ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const waiting = this.waiting.get(id);
        this.waiting.delete(id);
        if (error === undefined) waiting?.resolve(result);
        else waiting?.reject(new Error(error));
      },
    );
    this.worker.on('error', (error) => {
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    });
  }

  send<T = unknown>(command: HubThreadCommand): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, command });
    });
  }

  async close(): Promise<void> {
    await this.send({ type: 'dispose' }).catch(() => undefined);
    await this.worker.terminate();
  }
}
