/// <reference types="office-js" />
// Promise wrappers for Office.js callbacks, and a queue that keeps our calls one at a time:
// Outlook on the web allows only 3 simultaneous async calls per add-in, and the pane polls.

/** The part of `Office.AsyncResult` we read; fakes and office-addin-mock objects satisfy it. */
export interface AsyncResultLike<T> {
  status: string | Office.AsyncResultStatus;
  value: T;
  error?: { message?: string; name?: string } | null;
}

/** Calls an Office `…Async` method and resolves with its value, rejects on `status: failed`. */
export function officeCall<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (!result || String(result.status).toLowerCase() === 'failed' || result.status === 1) {
          const reason = result?.error?.message ?? result?.error?.name ?? 'Office call failed';
          reject(new Error(reason));
        } else {
          resolve(result.value);
        }
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Runs async tasks strictly one after another. */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** How many tasks are queued or running (tests assert it never exceeds what they expect). */
  get size(): number {
    return this.pending;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => this.pending--,
      () => this.pending--,
    );
    return result;
  }
}
