import type { APIInteraction, APIUser, InteractionResponseType } from 'discord.js';

/** What the stand-in remembers about an interaction it dispatched, to answer its callback and webhook routes. */
export interface InteractionState {
  payload: APIInteraction;
  channelId: string | undefined;
  guildId: string | undefined;
  user: APIUser;
  acknowledged: boolean;
  callbackType: InteractionResponseType | undefined;
  originalMessageId: string | undefined;
  followUpMessageIds: string[];
}

export class InteractionRegistry {
  private readonly byToken = new Map<string, InteractionState>();
  private readonly byId = new Map<string, InteractionState>();

  register(payload: APIInteraction): InteractionState {
    const user = payload.member?.user ?? payload.user;
    if (!user) throw new Error('An interaction payload needs member.user (guild) or user (DM)');
    const state: InteractionState = {
      payload,
      channelId: payload.channel?.id ?? payload.channel_id,
      guildId: payload.guild_id,
      user,
      acknowledged: false,
      callbackType: undefined,
      originalMessageId: undefined,
      followUpMessageIds: [],
    };
    this.byToken.set(payload.token, state);
    this.byId.set(payload.id, state);
    return state;
  }

  findById(id: string): InteractionState | undefined {
    return this.byId.get(id);
  }

  findByToken(token: string): InteractionState | undefined {
    return this.byToken.get(token);
  }
}
