import { Client, Events, Options, type Interaction } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { InitialResponseCapture } from './initial-response-capture.ts';

/**
 * The slice of discord.js's private action manager used here. `InteractionCreate.handle` is what
 * the gateway's INTERACTION_CREATE handler calls: it picks the interaction class from the payload
 * and emits `interactionCreate`, so an HTTP interaction becomes exactly the object a gateway one is.
 */
interface ClientActions {
  actions: { InteractionCreate: { handle(data: APIInteraction): void } };
}

export interface InteractionClient {
  client: Client;
  capture: InitialResponseCapture;
  /** The discord.js interaction for a payload, or undefined for a type discord.js does not handle. */
  build(payload: APIInteraction): Interaction | undefined;
  destroy(): Promise<void>;
}

/**
 * A discord.js Client that never logs in to the gateway: it only turns interaction payloads into
 * interaction objects, whose replies go through its REST client. The user cache is switched off
 * (max size 0) so nothing accumulates from one request to the next; no other cache is written to
 * when no guild or channel is cached.
 */
export function createInteractionClient(options: { apiUrl?: string; token?: string }): InteractionClient {
  const client = new Client({
    intents: [],
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({ UserManager: 0, GuildMemberManager: 0, MessageManager: 0 }),
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  client.rest.clearHashSweeper();
  client.rest.clearHandlerSweeper();
  const capture = new InitialResponseCapture(client.options.rest ?? {});
  // Interaction responses and follow-ups are sent without the bot token; other calls need it.
  if (options.token) {
    capture.setToken(options.token);
    // Commands that make the bot's own calls (posting summaries) look here to see they can.
    client.token = options.token;
  }
  client.rest = capture;

  const action = (client as unknown as Partial<ClientActions>).actions?.InteractionCreate;
  if (typeof action?.handle !== 'function') {
    throw new Error('this discord.js version has no InteractionCreate action; the HTTP endpoint needs updating');
  }
  let built: Interaction | undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    built = interaction;
  });

  return {
    client,
    capture,
    build(payload) {
      built = undefined;
      // The action emits synchronously, so `built` is this payload's interaction when it returns.
      // Entitlements would be added to client.application, which a client that never logs in
      // lacks; no command here reads them.
      action.handle({ ...payload, entitlements: [] });
      const interaction = built;
      built = undefined;
      return interaction;
    },
    async destroy() {
      await client.destroy();
    },
  };
}
