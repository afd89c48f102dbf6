import { Cooldown } from '../cooldown.ts';
import type { Core } from '../core.ts';
import { MemoryState } from '../shared-state/memory-state.ts';
import type { SharedState } from '../shared-state/shared-state.ts';

/** What command modules share: the core, the per-member cooldown and the shared state, set once at start-up. */
export interface BotContext {
  core: Core;
  askCooldown: Cooldown;
  state: SharedState;
}

let current: BotContext | undefined;

export function setBotContext(
  core: Core,
  askCooldownSeconds: number,
  state: SharedState = new MemoryState(),
): BotContext {
  current = { core, askCooldown: new Cooldown(askCooldownSeconds, state), state };
  return current;
}

export function botContext(): BotContext {
  if (!current) throw new Error('bot context used before setBotContext() at start-up');
  return current;
}
