import type { Server } from 'node:http';
export function startServer(options?: { port?: number; root?: string; host?: string }): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
