import { Cooldown } from '../cooldown.ts';
import type { Core } from '../core.ts';

/** What command modules share: the core and the per-user cooldown, set once at start-up. */
export interface BotContext {
  core: Core;
  askCooldown: Cooldown;
}

let current: BotContext | undefined;

export function setBotContext(core: Core, askCooldownSeconds: number): BotContext {
  current = { core, askCooldown: new Cooldown(askCooldownSeconds) };
  return current;
}

export function botContext(): BotContext {
  if (!current) throw new Error('bot context used before setBotContext() at start-up');
  return current;
}
