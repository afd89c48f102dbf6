import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { autocomplete, buttonClick, chatInput, messageCommand } from './stand-in/index.ts';

const STRING = ApplicationCommandOptionType.String;
let bot: RunningBot;
beforeAll(async () => (bot = await startBotAgainstStandIn()));
afterAll(() => bot?.stop());

interface Embed {
  title: string;
  description: string;
  footer?: { text: string };
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
      /^⚖️ \*\*Another side:\*\* Russian officials \(want forces pulled back\), where the answer gave Kamal Dahqani Fairuz Abadi \(rejects leaving Syria\)\.\n> With Russian officials currently discussing how best to \*\*withdraw\*\* foreign forces/u,
    );
    expect(field(embed, 'Where')).toBe('¶ 2 of 13 · Opening');
    expect(body.data.components[0]!.components.map((c) => [c.custom_id, c.label])).toEqual([
      ['ask:page:0:back', 'Back to the answer'],
    ]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says when the article gives only one side, and Back returns to the answer', async () => {
    const body = await otherSide('what did khomeini say');
    expect(body.data.embeds[0]!.description).toBe(
      '⚖️ **The article gives only one side on this.** No other passage on it gives a speaker who takes a different stance from Iranian newspapers (distrust Russia), Ayatollah Khomeini (distrusts Russia).',
    );
    const { payload } = await ask('what did khomeini say');
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

describe('/ask speaker: keeps the answer to one person or group', () => {
  const speaker = (value: string) => [{ name: 'speaker', type: STRING, value }];

  it('autocompletes from the article’s speakers only (Putin is named, never quoted)', async () => {
    const choices = async (typed: string) => {
      const payload = autocomplete(bot.standIn, {
        name: 'ask',
        options: [
          { name: 'question', type: STRING, value: 'israel' },
          { name: 'speaker', type: STRING, value: typed, focused: true },
        ],
      });
      bot.standIn.dispatchInteraction(payload);
      const call = await bot.standIn.waitForCall(callbackOf(payload.id));
      expect((call.body as { type: number }).type).toBe(8);
      return (call.body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
    };
    expect((await choices('soleim'))[0]).toEqual({ name: 'Afshar Soleimani', value: 'soleimani' });
    expect(await choices('putin')).not.toContainEqual(expect.objectContaining({ value: 'putin' }));
    const all = await choices('');
    expect(all.map((c) => c.value)).toEqual(expect.arrayContaining(['al-sulami', 'abadi', 'soleimani', 'khomeini']));
  });

  it('answers from a passage where that speaker speaks, in their voice, and pages within them', async () => {
    const { payload, reply } = await ask('what about withdrawing from Syria', speaker('abadi'));
    const embed = reply.embeds[0]!;
    expect(embed.description).toMatch(/^> Apparently unaware that he was contradicting himself, Abadi added/u);
    expect(embed.footer?.text).toMatch(/ · only Kamal Dahqani Fairuz Abadi · match 1 of \d+ · /u);
    const ids = reply.components[0]!.components.map((c) => c.custom_id);
    expect(ids).toEqual(['ask:page:0:prev:abadi', 'ask:page:1:more:abadi', 'ask:whole:0:abadi', 'ask:other:0:abadi']);
    const message = bot.standIn.originalResponse(payload) as APIMessage;
    const click = buttonClick(bot.standIn, { customId: 'ask:page:1:more:abadi', message });
    bot.standIn.dispatchInteraction(click);
    const call = await bot.standIn.waitForCall(callbackOf(click.id));
    const next = (call.body as { data: Reply }).data.embeds[0]!;
    expect(next.footer?.text).toMatch(/ · only Kamal Dahqani Fairuz Abadi · match 2 of /u);
    expect(field(next, 'Whose view')).toContain('Kamal Dahqani Fairuz Abadi');
  });

  it('says when the speaker says nothing on it, and offers the passage that does', async () => {
    const { reply } = await ask('what about Israel', speaker('khomeini'));
    const embed = reply.embeds[0]!;
    expect(embed.description).toMatch(
      /^🔇 \*\*Ayatollah Khomeini says nothing on this in the article\.\*\* The passage that does cover it:\n> /u,
    );
    // The passage offered is about Israel, whichever form of the word it uses.
    expect(embed.description).toMatch(/\*\*Israel(?:i|’s)?\*\*/u);
    expect(field(embed, 'Where')).toMatch(/^¶ \d+ of 13 · /u);
  });

  it('refuses privately a speaker who never speaks in the article', async () => {
    const { reply } = await ask('what about Israel', speaker('putin'));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toBe(
      '“putin” does not speak anywhere in the article, so there is nothing of theirs to answer from. Pick a speaker from the list, or look them up with `/who`.',
    );
  });
});

describe('"Check against the op-ed" on a message (context menu)', () => {
  async function check(
    body: { content?: string; embeds?: unknown[] },
    user?: { id: string; username: string; global_name: string },
  ) {
    const message = bot.standIn.postMessage(bot.standIn.channelId, body);
    const payload = messageCommand(bot.standIn, {
      name: 'Check against the op-ed',
      message,
      ...(user ? { user } : {}),
    });
    bot.standIn.dispatchInteraction(payload);
    const call = await bot.standIn.waitForCall(callbackOf(payload.id));
    return { payload, body: call.body as { type: number; data: Reply } };
  }

  it('reads the message it arrives with and replies privately: verdict, passage, who says it and their stance', async () => {
    const { body } = await check({ content: 'Iran will be the biggest loser in Syria, obviously' });
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    const embed = body.data.embeds[0]!;
    expect(embed.title).toBe('💬 “Iran will be the biggest loser in Syria, obviously”');
    expect(embed.description).toMatch(/^✅ \*\*The article says this\.\*\*\n> There is no doubt \*\*Iran\*\*/u);
    expect(field(embed, 'Who says it')).toBe('💔 Mohammed al-Sulami');
    expect(field(embed, 'Their stance')).toMatch(/^\*expects the alliance to break\*: /u);
    expect(field(embed, 'Whose view')).toContain("the author's own opinion");
    expect(body.data.components[0]!.components.map((c) => [c.custom_id, c.label])).toEqual([
      ['check:share', 'Share in channel'],
    ]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says when the article says otherwise, and when it does not address the claim', async () => {
    const win = await check({ content: 'Iran is going to win in Syria' });
    expect(win.body.data.embeds[0]!.description).toMatch(
      /^❌ \*\*The article says otherwise\.\*\* You wrote “win”; the article says “loser”\.\n> /u,
    );
    const oil = await check({ content: 'the price of oil will go up next year' });
    expect(oil.body.data.embeds[0]!.description).toMatch(/^➖ \*\*The article does not address this\.\*\*/u);
  });

  it('Share posts the check in the channel, naming who shared it, with mentions off', async () => {
    const sharer = { id: '555000000000000001', username: 'reader', global_name: 'Reader <@&1> @everyone' };
    const { payload, body } = await check({ content: 'Russia has the upper hand over Iran in Syria' }, sharer);
    const ephemeral = bot.standIn.originalResponse(payload) as APIMessage;
    const click = buttonClick(bot.standIn, { customId: 'check:share', message: ephemeral, user: sharer });
    bot.standIn.dispatchInteraction(click);
    const call = await bot.standIn.waitForCall(callbackOf(click.id));
    const shared = (call.body as { type: number; data: Reply }).data;
    expect((call.body as { type: number }).type).toBe(4);
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.content).toBe(
      '📣 Shared by Reader \\<@&1\\> @\u200beveryone: what the op-ed says about this message',
    );
    expect(shared.embeds[0]!.title).toBe(body.data.embeds[0]!.title);
    expect(shared.embeds[0]!.description).toBe(body.data.embeds[0]!.description);
    expect(shared.components ?? []).toEqual([]);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
  });

  it('tells the member privately when the message has no text', async () => {
    const { body } = await check({
      embeds: [{ title: 'a link preview', image: { url: 'https://cdn.invalid/map.png' } }],
    });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.content).toBe(
      'That message has no text to check: only images, embeds, stickers or attachments. Pick a message with words in it, or use `/ask`.',
    );
  });
});
