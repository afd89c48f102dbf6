import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import { disableValidators } from '@discordjs/builders';
import { MessageFlags } from 'discord-api-types/v10';

// The builders' validators build error objects even for valid input, which was the largest single
// cost of rendering a reply. Every renderer clips to Discord's limits itself and the tests check
// each payload against them (test/limits-check.ts), so the second check adds nothing.
disableValidators();

/**
 * A reply as Discord's API takes it (snake_case JSON), so the gateway runtime, the HTTP endpoint
 * and the tests all see the same object. `allowed_mentions` is always empty: nothing pings.
 */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  allowed_mentions: { parse: [] };
  flags?: number;
}

export function payload(
  parts: Partial<Omit<ReplyPayload, 'allowed_mentions'>> & { ephemeral?: boolean },
): ReplyPayload {
  const { ephemeral, ...rest } = parts;
  return {
    ...(rest.content !== undefined ? { content: rest.content } : {}),
    embeds: rest.embeds ?? [],
    components: rest.components ?? [],
    allowed_mentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
