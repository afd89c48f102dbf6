import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { buttonClick, chatInput } from './stand-in/index.ts';

const STRING = ApplicationCommandOptionType.String;
let bot: RunningBot;
beforeAll(async () => (bot = await startBotAgainstStandIn()));
afterAll(() => bot?.stop());

interface Embed {
  title: string;
  description: string;
  fields?: Array<{ name: string; value: string }>;
}
interface Reply {
  content?: string;
  embeds: Embed[];
  components: Array<{ components: Array<{ custom_id: string; label: string; disabled?: boolean }> }>;
  allowed_mentions: unknown;
  flags?: number;
}

async function ask(
  question: string,
  extra: Array<{ name: string; type: ApplicationCommandOptionType; value: string }> = [],
) {
  const payload = chatInput(bot.standIn, {
    name: 'ask',
    options: [{ name: 'question', type: STRING, value: question }, ...extra],
  });
  bot.standIn.dispatchInteraction(payload);
  const call = await bot.standIn.waitForCall(callbackOf(payload.id));
  return { payload, reply: (call.body as { data: Reply }).data };
}

const field = (embed: Embed, name: string): string | undefined => embed.fields?.find((f) => f.name === name)?.value;

describe('"who said" through /ask on the gateway', () => {
  it('places a quotation: the only words the article puts in quotation marks', async () => {
    const { reply } = await ask('who said ‘Neither East nor West’');
    const embed = reply.embeds[0]!;
    expect(field(embed, 'Who said it')).toBe('🔴 Iranian newspapers');
    expect(field(embed, 'How it is reported')).toBe('Quoted: the article puts these words in quotation marks.');
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('places a paraphrase, and says the article gives it as a view, not a quotation', async () => {
    const { reply } = await ask('who said Russians have always broken their promises');
    const embed = reply.embeds[0]!;
    expect(embed.description).toContain('who warned that **Russians** have historically **always** reneged');
    expect(field(embed, 'Who said it')).toBe('🔴 Ayatollah Khomeini');
    expect(field(embed, 'How it is reported')).toBe('Attributed: a view the author ascribes to them, not their words.');
    expect(field(embed, 'Word for word?')).toBe(
      'No: this is the closest sentence; your words differ from the article’s.',
    );
  });

  it('places a misquote pasted with no "who said", misspellings and all', async () => {
    const { reply } = await ask('there is no doubt Iran will be the bigest looser in Syria');
    const embed = reply.embeds[0]!;
    expect(embed.description).toMatch(
      /^> There is no \*\*doubt\*\* \*\*Iran\*\* will be the \*\*biggest\*\* \*\*loser\*\* in \*\*Syria\*\*/u,
    );
    expect(field(embed, 'Who said it')).toBe('💔 Mohammed al-Sulami');
    expect(field(embed, 'How it is reported')).toBe('The author’s own words: no one else is reported here.');
  });

  it('says privately when no sentence says it', async () => {
    const { reply } = await ask('who said the Saudis will win the World Cup');
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds[0]!.description).toMatch(/^No sentence in the article says/);
  });
});

describe('"Other side" on an /ask answer', () => {
  async function otherSide(question: string) {
    const { payload } = await ask(question);
    const message = bot.standIn.originalResponse(payload) as APIMessage;
    const click = buttonClick(bot.standIn, { customId: 'ask:other:0', message });
    bot.standIn.dispatchInteraction(click);
    const call = await bot.standIn.waitForCall(callbackOf(click.id));
    return call.body as { type: number; data: Reply };
  }

  it('edits the answer to show the closest passage from a speaker with another stance', async () => {
    const body = await otherSide('What did Abadi say about withdrawing?');
    expect(body.type).toBe(7);
    const embed = body.data.embeds[0]!;
    expect(embed.title).toBe('❓ What did Abadi say about withdrawing?');
    expect(embed.description).toMatch(
      /^⚖️ \*\*Another side:\*\* Afshar Soleimani \(distrusts Russia\), where the answer gave Kamal Dahqani Fairuz Abadi \(rejects leaving Syria\)\.\n> /u,
    );
    expect(field(embed, 'Where')).toBe('¶ 8 of 13 · Russia’s alliance with Israel');
    expect(body.data.components[0]!.components.map((c) => [c.custom_id, c.label])).toEqual([
      ['ask:page:0:back', 'Back to the answer'],
    ]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says when the article gives only one side, and Back returns to the answer', async () => {
    const body = await otherSide('who will lose most in Syria');
    expect(body.data.embeds[0]!.description).toBe(
      '⚖️ **The article gives only one side on this.** No other passage on it gives a speaker who takes a different stance from Mohammed al-Sulami (expects the alliance to break).',
    );
    const { payload } = await ask('who will lose most in Syria');
    const answer = bot.standIn.originalResponse(payload) as APIMessage;
    const shownOther = { ...answer, embeds: body.data.embeds, components: body.data.components } as APIMessage;
    const back = buttonClick(bot.standIn, { customId: 'ask:page:0:back', message: shownOther });
    bot.standIn.dispatchInteraction(back);
    const call = await bot.standIn.waitForCall(callbackOf(back.id));
    const backTo = (call.body as { data: Reply }).data.embeds[0]!;
    expect(backTo.title).toBe(answer.embeds[0]!.title);
    expect(backTo.description).toBe(answer.embeds[0]!.description);
  });
});
