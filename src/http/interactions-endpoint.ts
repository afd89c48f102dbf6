import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { CommandModule } from '../discord/command-module.ts';
import { INITIAL_RESPONSE_WINDOW_MS } from '../discord/interaction-window.ts';
import { createRouter } from '../discord/router.ts';
import type { Logger } from '../logger.ts';
import type { InteractionClient } from './interaction-client.ts';
import { MAX_BODY_BYTES, readBody } from './read-body.ts';
import type { SharedState } from '../shared-state/shared-state.ts';
import { isSignedBy, MAX_TIMESTAMP_SKEW_SECONDS, readSignedHeaders } from './signature.ts';

export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/health';

/**
 * How long an interaction id is remembered: a replayed copy carries the original signature, which
 * stays acceptable while its timestamp is within the skew either side of our clock.
 */
export const REPLAY_WINDOW_MS = 2 * MAX_TIMESTAMP_SKEW_SECONDS * 1000;

export interface EndpointDependencies {
  publicKey: KeyObject;
  interactions: InteractionClient;
  commands: readonly CommandModule[];
  logger: Logger;
  /** Where seen interaction ids are kept (Redis with REDIS_URL, so a replay to another replica is caught). */
  state: SharedState;
  /** False while shutting down: the health route then tells the load balancer to stop sending. */
  isReady(): boolean;
  now?: () => number;
}

/** Writes a JSON response; resolves once it is flushed or the client has gone. */
function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders = {}): Promise<void> {
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    response.once('close', resolve);
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...extraHeaders,
    });
    response.end(text, resolve);
  });
}

function isInteractionPayload(value: unknown): value is APIInteraction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.type !== 'number') return false;
  if (v.type === InteractionType.Ping) return true;
  return typeof v.id === 'string' && typeof v.token === 'string' && typeof v.application_id === 'string';
}

/**
 * The HTTP interactions endpoint: POST /interactions, verified with the application's Ed25519 key
 * before the body is parsed, and GET /health. Each request is answered from its own payload alone.
 */
export function createInteractionsEndpoint(deps: EndpointDependencies) {
  const working = new Set<Promise<unknown>>();
  const { publicKey, interactions, logger } = deps;
  const now = deps.now ?? Date.now;
  const route = createRouter(deps.commands, logger);

  /** Logs why a request was refused: never its body, which an attacker controls. */
  function refuse(response: ServerResponse, status: number, reason: string, extraHeaders = {}): Promise<void> {
    logger.warn({ status, reason }, 'interaction request refused');
    return sendJson(response, status, { error: reason }, extraHeaders);
  }

  async function answerInteraction(payload: APIInteraction, response: ServerResponse): Promise<void> {
    let interaction;
    try {
      interaction = interactions.build(payload);
    } catch {
      interaction = undefined;
    }
    if (!interaction) return refuse(response, 400, 'unsupported interaction payload');

    let answered = false;
    const stopWaiting = interactions.capture.expect(payload.id, {
      token: payload.token,
      interactionType: payload.type,
      deliver: (initial) => {
        answered = true;
        return sendJson(response, 200, initial);
      },
    });
    // A handler still silent when Discord's window closes gets a 500 so the connection is not held; it must defer.
    const deadline = setTimeout(() => {
      stopWaiting();
      if (answered) return;
      answered = true;
      logger.error({ interaction: payload.id }, 'no initial response within 3 s: the handler must defer');
      void sendJson(response, 500, { error: 'no response in time' });
    }, INITIAL_RESPONSE_WINDOW_MS);
    // Work after a deferral goes on past the HTTP response; shutdown waits for it (see idle()).
    const routed = route(interaction);
    working.add(routed);
    try {
      await routed;
    } finally {
      working.delete(routed);
      clearTimeout(deadline);
      stopWaiting();
    }
    if (!answered) {
      answered = true;
      logger.error({ interaction: payload.id }, 'the handler finished without responding');
      await sendJson(response, 500, { error: 'no response' });
    }
  }

  async function handleInteractionRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const signed = readSignedHeaders(request.headers, Math.floor(now() / 1000));
    // Unsigned: answer without reading the body, and close so the client cannot stream one at us.
    if ('refused' in signed) return refuse(response, 401, signed.refused, { connection: 'close' });
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === 'too large') return refuse(response, 413, 'body too large', { connection: 'close' });
    if (!isSignedBy(publicKey, signed, body)) return refuse(response, 401, 'wrong signature');

    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(response, 400, 'malformed JSON');
    }
    if (!isInteractionPayload(payload)) return refuse(response, 400, 'not an interaction');
    if (payload.type === InteractionType.Ping) {
      logger.info('ping');
      return sendJson(response, 200, { type: InteractionResponseType.Pong });
    }
    // Discord sends an interaction once: a second copy, even one arriving alongside the first, is a
    // replay and must not run the command again.
    if (!(await deps.state.firstSighting(payload.id, REPLAY_WINDOW_MS)))
      return refuse(response, 409, 'interaction already received');
    return answerInteraction(payload, response);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?', 1)[0];
    let handled: Promise<void>;
    if (path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      handled = deps.isReady()
        ? sendJson(response, 200, { status: 'ready' })
        : sendJson(response, 503, { status: 'shutting down' });
    } else if (path !== INTERACTIONS_PATH) {
      handled = sendJson(response, 404, { error: 'not found' });
    } else if (request.method !== 'POST') {
      handled = sendJson(response, 405, { error: 'use POST' }, { allow: 'POST' });
    } else {
      handled = handleInteractionRequest(request, response);
    }
    handled.catch((error: unknown) => {
      // Mostly a client that hung up mid-request; nothing of the body is logged.
      logger.warn({ err: error }, 'interaction request failed');
      if (!response.headersSent) void sendJson(response, 500, { error: 'internal error' });
      else response.destroy();
    });
  }

  return Object.assign(handle, {
    /** Resolves once every handler has finished, follow-ups after a deferral included. */
    idle: async (): Promise<void> => {
      await Promise.allSettled([...working]);
    },
  });
}
