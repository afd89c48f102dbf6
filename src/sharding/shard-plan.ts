import { REST } from 'discord.js';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';

/**
 * Discord allows `max_concurrency` identifies per five seconds; discord.js waits 5.5 s between
 * shards by default. Spawning one shard every 5.5 s / max_concurrency keeps each rate-limit bucket
 * (shard id % max_concurrency) to one identify per 5.5 s, as Discord's docs require.
 */
const IDENTIFY_INTERVAL_MS = 5_500;

export interface ShardPlan {
  totalShards: number;
  /** What Discord recommends today (GET /gateway/bot). */
  recommendedShards: number;
  maxConcurrency: number;
  /** How long to wait between starting one shard process and the next. */
  spawnDelayMs: number;
}

/**
 * Asks Discord (GET /gateway/bot) for its recommended shard count and identify concurrency. The
 * request goes to `apiUrl` when set, so discord.js's own `'auto'`, which always asks discord.com,
 * is not used.
 */
export async function planShards(setting: number | 'auto', token: string, apiUrl?: string): Promise<ShardPlan> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    const maxConcurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
    return {
      totalShards: setting === 'auto' ? gateway.shards : setting,
      recommendedShards: gateway.shards,
      maxConcurrency,
      spawnDelayMs: Math.ceil(IDENTIFY_INTERVAL_MS / maxConcurrency),
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
