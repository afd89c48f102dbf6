import { DiscordAPIError } from 'discord.js';
import { TOKEN_SOURCE } from './bot-token.ts';

/** discord.js's default, used when DISCORD_API_URL is unset. */
const DISCORD_API = 'https://discord.com/api';

/**
 * Start-up could not use Discord for a reason the person running the bot can fix (no network, a
 * wrong API URL, a revoked token). Its message is one line saying what to do; a stack trace would
 * only bury it.
 */
export class DiscordStartError extends Error {
  override name = 'DiscordStartError';
}

/** The step's request was lost: nothing is left that could ever settle it. */
/** A start-up step past its deadline: reported as "no answer in time", like @discordjs/rest's own abort. */
class NoAnswerInTime extends Error {
  override name = 'AbortError';
}

class Stalled extends Error {
  override name = 'Stalled';
}

/** Node's and undici's codes for a request that never got an answer, in words. */
const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS lookup failed (no such host)',
  EAI_AGAIN: 'DNS lookup failed (no DNS server answered: offline?)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'the connection closed without an answer',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'no answer in time',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network is down',
  EPROTO: 'TLS handshake failed (is it an http:// server?)',
  ERR_SSL_WRONG_VERSION_NUMBER: 'TLS handshake failed (is it an http:// server?)',
};

/** OpenSSL's certificate verdicts (CERT_HAS_EXPIRED, SELF_SIGNED_CERT_IN_CHAIN…): often a proxy. */
const CERTIFICATE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_CERT_)/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The short reason a request got no answer, or undefined when the failure is something else. */
function networkReason(error: unknown): string | undefined {
  // undici may wrap the socket's error ("fetch failed"), so look down the cause chain.
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    // @discordjs/rest aborts a request after its timeout (15 s by default).
    if (cause.name === 'AbortError') return 'no answer in time';
    if (cause instanceof Stalled) return NETWORK_REASONS.UND_ERR_SOCKET;
    const code = codeOf(cause);
    if (code === undefined) continue;
    if (NETWORK_REASONS[code]) return NETWORK_REASONS[code];
    if (CERTIFICATE.test(code)) return `TLS certificate not trusted (${code})`;
    if (/^ERR_(SSL|TLS)_/.test(code)) return `TLS handshake failed (${code})`;
  }
  return undefined;
}

/** A 401 on login (discord.js's TokenInvalid) or on any REST call: the token is well formed but not valid. */
function tokenRejected(error: unknown): boolean {
  return codeOf(error) === 'TokenInvalid' || (error instanceof DiscordAPIError && error.status === 401);
}

/**
 * The same error as a DiscordStartError when it says Discord could not be reached or refused the
 * token; anything else is returned unchanged. Neither message carries the token: the host comes
 * from the API URL, the reason from the error's code.
 */
export function explainDiscordFailure(error: unknown, apiUrl: string | undefined): unknown {
  const reason = networkReason(error);
  if (reason !== undefined) {
    const host = new URL(apiUrl ?? DISCORD_API).host;
    return new DiscordStartError(`cannot reach Discord at ${host}: ${reason}. Check your network or DISCORD_API_URL.`);
  }
  if (tokenRejected(error))
    return new DiscordStartError(
      `Discord refused DISCORD_TOKEN (401 Unauthorized: it was reset, or is not this kind of token): copy the current token from ${TOKEN_SOURCE} into DISCORD_TOKEN.`,
    );
  return error;
}

/**
 * Awaits a start-up step that talks to Discord, explaining the failures a person can fix. A
 * server that closes the connection without answering can leave @discordjs/rest's retry waiting
 * on nothing; Node would then exit 0 in silence, as if start-up had worked. 'beforeExit' fires
 * exactly then (the event loop is empty), so that case becomes an error too.
 */
export async function reachingDiscord<T>(
  apiUrl: string | undefined,
  step: Promise<T>,
  deadlineMs?: number,
): Promise<T> {
  let onEmptyLoop = (): void => {};
  const stalled = new Promise<never>((_, reject) => {
    onEmptyLoop = () => reject(new Stalled());
  });
  process.once('beforeExit', onEmptyLoop);
  // And when something keeps the loop alive while the request waits on nothing (seen in full test
  // runs on a busy machine: over three minutes), a deadline; unref'd, so it never holds the process
  // open itself.
  let timer: NodeJS.Timeout | undefined;
  const late =
    deadlineMs === undefined
      ? []
      : [
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new NoAnswerInTime()), deadlineMs).unref();
          }),
        ];
  try {
    return await Promise.race([step, stalled, ...late]);
  } catch (error) {
    throw explainDiscordFailure(error, apiUrl);
  } finally {
    process.off('beforeExit', onEmptyLoop);
    clearTimeout(timer);
  }
}
