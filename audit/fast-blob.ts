// postal-mime collects every decoded MIME part in a `Blob` and reads it back with
// `blob.arrayBuffer()`. Node's Blob goes through its native blob store and async stream reader,
// which cost about a third of the parse time of a typical 1 KB message. In the lint workers (a
// thread that runs only postal-mime and the linter) we give postal-mime a plain in-memory Blob.

type BlobPart = ArrayBuffer | ArrayBufferView | string | InMemoryBlob;

export class InMemoryBlob {
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: BlobPart[] = [], options: { type?: string } = {}) {
    this.type = options.type ?? '';
    const arrays = parts.map((part) =>
      typeof part === 'string'
        ? new TextEncoder().encode(part)
        : part instanceof InMemoryBlob
          ? part.bytes
          : ArrayBuffer.isView(part)
            ? new Uint8Array(part.buffer, part.byteOffset, part.byteLength)
            : new Uint8Array(part),
    );
    const size = arrays.reduce((n, a) => n + a.byteLength, 0);
    this.bytes = new Uint8Array(size);
    let at = 0;
    for (const a of arrays) {
      this.bytes.set(a, at);
      at += a.byteLength;
    }
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.bytes.buffer as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }

  slice(start?: number, end?: number, type?: string): InMemoryBlob {
    return new InMemoryBlob([this.bytes.slice(start, end)], { type: type ?? this.type });
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

/** Replaces the thread's global Blob (worker threads only). */
export function useInMemoryBlob(): void {
  (globalThis as { Blob: unknown }).Blob = InMemoryBlob;
}
