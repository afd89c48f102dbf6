import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'discord.js';
import type { CommandModule } from '../discord/command-module.ts';
import type { Logger } from '../logger.ts';
import { MemoryState } from '../shared-state/memory-state.ts';
import type { SharedState } from '../shared-state/shared-state.ts';
import { createInteractionClient } from './interaction-client.ts';
import { createInteractionsEndpoint } from './interactions-endpoint.ts';
import { publicKeyFromHex } from './signature.ts';

export interface EndpointOptions {
  /** The application's public key from the developer portal, 64 hex characters. */
  publicKeyHex: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  /** Where follow-ups go: Discord's API unless a stand-in's URL is given. */
  apiUrl?: string;
  /** Only needed by handlers that call bot-authenticated routes; responses and follow-ups need none. */
  token?: string;
  /** The commands to answer: the list src/main.ts hands over (tests may pass their own). */
  commands: readonly CommandModule[];
  /** Seen interaction ids (and, with REDIS_URL, the other shared state); default: this process's memory. */
  state?: SharedState;
}

export interface RunningEndpoint {
  /** e.g. http://127.0.0.1:8080, without the /interactions path. */
  url: string;
  /** The never-logged-in client that builds interactions (exposed for diagnostics and tests). */
  client: Client;
  /**
   * Health turns 503 and, for `drainMs`, requests are still served so a load balancer can notice
   * and steer away; then it stops taking requests, lets the ones in flight and their follow-ups
   * finish (up to `graceMs`), and closes.
   */
  close(graceMs?: number, drainMs?: number): Promise<void>;
}

/** Starts the stateless HTTP interactions endpoint; resolves once it is listening. */
export async function startInteractionsEndpoint(options: EndpointOptions): Promise<RunningEndpoint> {
  const publicKey = publicKeyFromHex(options.publicKeyHex);
  const interactions = createInteractionClient({
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
  let ready = true;
  const handle = createInteractionsEndpoint({
    publicKey,
    interactions,
    commands: options.commands,
    logger: options.logger,
    state: options.state ?? new MemoryState(),
    isReady: () => ready,
  });
  // Short header and request timeouts keep slow or stalled clients from holding sockets open.
  const server = createServer({ headersTimeout: 5_000, requestTimeout: 10_000 }, handle);
  // Longer than common load balancers' idle timeout (60 s), so they, not we, close idle connections.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    client: interactions.client,
    async close(graceMs = 5_000, drainMs = 0) {
      ready = false;
      if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      let graceTimer: NodeJS.Timeout | undefined;
      await Promise.race([handle.idle(), new Promise((resolve) => (graceTimer = setTimeout(resolve, graceMs)))]);
      clearTimeout(graceTimer);
      await interactions.destroy();
    },
  };
}
