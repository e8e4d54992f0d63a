// Test helpers for the add-in: Office-style async results and a controllable deferred read.

export function succeeded<T>(value: T): { status: 'succeeded'; value: T } {
  return { status: 'succeeded', value };
}

export function failed(message: string): { status: 'failed'; value: undefined; error: { name: string; message: string } } {
  return { status: 'failed', value: undefined, error: { name: 'GenericError', message } };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await Promise.resolve();
}
