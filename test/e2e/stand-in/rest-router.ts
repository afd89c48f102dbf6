import type { UploadedFile } from './http-body.ts';

export interface RouteContext {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export type RouteHandler = (context: RouteContext) => RouteResult;

export interface Route {
  method: string;
  /** The route shape, e.g. `/channels/:channelId/messages`; also names its rate-limit bucket. */
  template: string;
  /** Interaction callbacks and webhook routes are authorised by their token, not the bot token. */
  botAuth: boolean;
  handler: RouteHandler;
  pattern: RegExp;
}

export type RouteMatch =
  { kind: 'found'; route: Route; params: Record<string, string> } | { kind: 'wrong-method' } | { kind: 'none' };

export const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
export const noContent = (): RouteResult => ({ status: 204 });

function compile(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, template: string, handler: RouteHandler, options: { botAuth?: boolean } = {}): this {
    this.routes.push({ method, template, handler, botAuth: options.botAuth ?? true, pattern: compile(template) });
    return this;
  }

  match(method: string, path: string): RouteMatch {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
      return { kind: 'found', route, params };
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
  }
}
