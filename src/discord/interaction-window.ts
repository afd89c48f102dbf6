import { RateLimitError, SnowflakeUtil, type RateLimitData } from 'discord.js';

/** Discord waits three seconds for an interaction's first response, then the interaction is gone. */
export const INITIAL_RESPONSE_WINDOW_MS = 3000;

const CALLBACK_URL = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:\?|$)/;

/**
 * For discord.js's `rejectOnRateLimit`: a rate-limited initial callback is retried only while the
 * retry can still land inside the interaction's window (its id says when it was created). Past
 * that, waiting and retrying would only answer an interaction Discord has already dropped.
 */
export function callbackWindowClosed(limit: Pick<RateLimitData, 'url' | 'retryAfter'>, now = Date.now()): boolean {
  const id = CALLBACK_URL.exec(limit.url)?.[1];
  if (id === undefined) return false;
  return now + limit.retryAfter > Number(SnowflakeUtil.timestampFrom(id)) + INITIAL_RESPONSE_WINDOW_MS;
}

/** The error discord.js throws when `callbackWindowClosed` gave up on a callback. */
export function isExpiredCallback(error: unknown): boolean {
  return error instanceof RateLimitError && CALLBACK_URL.test(error.url);
}
