import { performance } from 'node:perf_hooks';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedCall {
  method: string;
  /** Percent-decoded, without the query string, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  /** As it arrived on the wire, e.g. `…/messages/%40original`. */
  rawPath: string;
  query: Record<string, string>;
  /** Lower-cased names, as node:http delivers them (e.g. `x-audit-log-reason`, `authorization`). */
  headers: Record<string, string>;
  /**
   * The `X-Audit-Log-Reason` header percent-decoded (discord.js sends `encodeURIComponent(reason)`), or
   * undefined when the call carried none. The raw form stays in `headers['x-audit-log-reason']`.
   */
  auditLogReason?: string;
  /** Parsed JSON, or for multipart the parsed `payload_json`; undefined for an empty body. */
  body: unknown;
  files: RecordedFile[];
  /** `performance.now()` when the request arrived. */
  at: number;
  /** What the stand-in answered, so tests can see a 429 followed by the retried 200. */
  status: number;
  response: unknown;
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
}

/** An append-only log whose entries can also be awaited, whether they already happened or are yet to come. */
export class AwaitableLog<T> {
  readonly entries: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(private readonly describe: (entries: readonly T[]) => string) {}

  push(entry: T): void {
    this.entries.push(entry);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(entry)) {
        this.waiters.delete(waiter);
        waiter.resolve(entry);
      }
    }
  }

  waitFor(predicate: (entry: T) => boolean, timeoutMs: number, what = 'entry'): Promise<T> {
    const existing = this.entries.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `Timed out after ${timeoutMs}ms waiting for a matching ${what}. Seen so far:\n${this.describe(this.entries)}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

export function describeCalls(calls: readonly RecordedCall[]): string {
  if (calls.length === 0) return '  (none)';
  return calls
    .slice(-20)
    .map((call) => `  ${call.method} ${call.path} -> ${call.status} @${call.at.toFixed(0)}ms`)
    .join('\n');
}

/** Discord decodes the header's percent-encoding; an undecodable one is kept as it came. */
export function decodeAuditLogReason(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function now(): number {
  return performance.now();
}
