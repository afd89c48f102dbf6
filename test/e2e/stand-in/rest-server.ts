import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AwaitableLog, RecordedCall } from './call-recorder.ts';
import { decodeAuditLogReason, now } from './call-recorder.ts';
import type { ParsedBody } from './http-body.ts';
import { MalformedBodyError, parseBody } from './http-body.ts';
import { addInteractionRoutes } from './interaction-routes.ts';
import { addPinRoutes } from './pin-routes.ts';
import { RestError, methodNotAllowed, notFoundRoute, unauthorized } from './rest-errors.ts';
import type { FaultQueue } from './rest-faults.ts';
import { rateLimitHeaders, rateLimitResponse } from './rest-faults.ts';
import type { SchemaViolation } from './request-schemas.ts';
import { checkRequestBody } from './request-schemas.ts';
import { Router } from './rest-router.ts';
import type { RestState } from './rest-routes.ts';
import { addCoreRoutes } from './rest-routes.ts';

const API_PREFIX = '/api/v10';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** discord.js percent-encodes route arguments (`@original` arrives as `%40original`); tests read the decoded form. */
function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function errorReply(error: RestError, headers: Record<string, string> = {}): Reply {
  return { status: error.status, headers, body: error.body };
}

/** Discord's REST API on 127.0.0.1: routes, bot-token auth, armed faults, and a log of every call. */
export class RestServer {
  private readonly server: Server;
  private readonly router = new Router();

  constructor(
    state: RestState,
    private readonly faults: FaultQueue,
    private readonly calls: AwaitableLog<RecordedCall>,
    private readonly token: string,
    private readonly schemaViolations: SchemaViolation[],
  ) {
    // First: GET /channels/{id}/messages/pins must not be taken for a message whose id is "pins".
    addPinRoutes(this.router, state);
    addCoreRoutes(this.router, state);
    addInteractionRoutes(this.router, state);
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        console.error('[stand-in] REST handler crashed', error);
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
  }

  /** Resolves with the value for discord.js's `rest.api` option, e.g. `http://127.0.0.1:PORT/api`. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  async close(): Promise<void> {
    // undici keeps sockets alive; without this, close() waits for their idle timeout.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = now();
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = flattenHeaders(request.headers);
    const query = Object.fromEntries(url.searchParams);
    let parsed: ParsedBody = { json: undefined, files: [] };
    let reply: Reply | undefined;
    try {
      parsed = await parseBody(request);
    } catch (error) {
      if (!(error instanceof MalformedBodyError)) throw error;
      reply = { status: 400, headers: {}, body: { message: error.message, code: 50109 } };
    }
    reply ??= this.route(method, url.pathname, headers, query, parsed);
    // Recorded before the response is written, so whoever awaits the HTTP reply already sees the call.
    this.calls.push({
      method,
      path: decodePath(url.pathname),
      rawPath: url.pathname,
      query,
      headers,
      ...(headers['x-audit-log-reason'] !== undefined
        ? { auditLogReason: decodeAuditLogReason(headers['x-audit-log-reason']) }
        : {}),
      body: parsed.json,
      files: parsed.files.map(({ field, filename, contentType, size }) => ({ field, filename, contentType, size })),
      at,
      status: reply.status,
      response: reply.body,
    });
    const outHeaders: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      response.writeHead(reply.status, outHeaders).end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    outHeaders['content-type'] = 'application/json';
    outHeaders['content-length'] = String(Buffer.byteLength(payload));
    response.writeHead(reply.status, outHeaders).end(payload);
  }

  private route(
    method: string,
    path: string,
    headers: Record<string, string>,
    query: Record<string, string>,
    parsed: ParsedBody,
  ): Reply {
    if (!path.startsWith(`${API_PREFIX}/`)) return errorReply(notFoundRoute());
    const routePath = path.slice(API_PREFIX.length);
    const match = this.router.match(method, routePath);
    const bucketName = match.kind === 'found' ? `${method} ${match.route.template}` : `${method} ${routePath}`;
    const fault = this.faults.take(decodePath(path));
    if (fault?.kind === 'rate-limit') {
      const limited = rateLimitResponse(bucketName, fault.retryAfterSeconds);
      return { status: 429, headers: limited.headers, body: limited.body };
    }
    if (fault?.kind === 'fail')
      return { status: fault.status, headers: rateLimitHeaders(bucketName), body: fault.body };
    if (match.kind === 'none') return errorReply(notFoundRoute());
    if (match.kind === 'wrong-method') return errorReply(methodNotAllowed());
    const { route, params } = match;
    if (route.botAuth && headers.authorization !== `Bot ${this.token}`) return errorReply(unauthorized());
    const schemaCheck = checkRequestBody(method, decodePath(path), parsed.json);
    if (schemaCheck) {
      this.schemaViolations.push(schemaCheck.violation);
      return { status: 400, headers: rateLimitHeaders(bucketName), body: schemaCheck.response };
    }
    try {
      const result = route.handler({ params, query, headers, body: parsed.json, files: parsed.files });
      return { status: result.status, headers: rateLimitHeaders(bucketName), body: result.body };
    } catch (error) {
      if (error instanceof RestError) return errorReply(error, rateLimitHeaders(bucketName));
      // A bug in the stand-in, not a Discord error: make it loud in the test output.
      console.error(`[stand-in] ${method} ${path} failed`, error);
      return { status: 500, headers: {}, body: { message: '500: Internal Server Error', code: 0 } };
    }
  }
}
