import type { Server } from 'node:http';
export function startServer(options?: { port?: number; root?: string; host?: string; tls?: { cert: Buffer; key: Buffer } }): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
