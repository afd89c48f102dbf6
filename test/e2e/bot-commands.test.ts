import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBotContext } from '../../src/discord/bot-context.ts';
import { interactionActivity } from '../../src/discord/interaction-activity.ts';
import { renderAbout } from '../../src/render/notice-reply.ts';
import { renderAskReply, renderWholeParagraph } from '../../src/render/ask-reply.ts';
import { renderPersonCard, renderWhoReply } from '../../src/render/who-reply.ts';
import { hostileInputs } from '../hostile-inputs.ts';
import { brokenLimits } from '../limits-check.ts';
import { callbackOf, followUpOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { autocomplete, buttonClick, chatInput } from './stand-in/index.ts';

const STRING = ApplicationCommandOptionType.String;
let bot: RunningBot;

beforeAll(async () => {
  bot = await startBotAgainstStandIn();
});
afterAll(async () => {
  await bot?.stop();
});

async function run(
  name: string,
  options: Array<{ name: string; type: ApplicationCommandOptionType; value: string | boolean }>,
) {
  const payload = chatInput(bot.standIn, { name, options });
  bot.standIn.dispatchInteraction(payload);
  const call = await bot.standIn.waitForCall(callbackOf(payload.id));
  return { payload, call, body: call.body as { type: number; data: Record<string, unknown> } };
}

function expectReply(
  data: Record<string, unknown>,
  expected: { embeds: unknown; components: unknown; flags?: number },
) {
  expect(data.embeds).toEqual(expected.embeds);
  expect(data.components).toEqual(expected.components);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(data.flags ?? 0).toBe(expected.flags ?? 0);
}

describe('the bot on the gateway (discord.js against the stand-in)', () => {
  const question = 'What did Abadi say about withdrawing?';

  it('answers /ask with the rendered reply as a type 4 callback', async () => {
    const { body } = await run('ask', [{ name: 'question', type: STRING, value: question }]);
    expect(body.type).toBe(4);
    const embed = (body.data.embeds as Array<{ title: string; description: string }>)[0]!;
    expect(embed.title).toBe('❓ What did Abadi say about withdrawing?');
    expect(embed.description).toMatch(/^> \*\*Abadi\*\*, the first deputy chairman/);
    expectReply(body.data, renderAskReply(bot.core.search.ask(question), bot.core.meta));
  });

  it('answers /ask private:true ephemerally', async () => {
    const { body } = await run('ask', [
      { name: 'question', type: STRING, value: question },
      { name: 'private', type: ApplicationCommandOptionType.Boolean, value: true },
    ]);
    expectReply(body.data, {
      ...renderAskReply(bot.core.search.ask(question), bot.core.meta),
      flags: MessageFlags.Ephemeral,
    });
  });

  it('pages with More matches / Previous and shows the whole paragraph, editing the same message', async () => {
    const { payload } = await run('ask', [{ name: 'question', type: STRING, value: question }]);
    const answer = bot.core.search.ask(question);
    const message = bot.standIn.originalResponse(payload) as APIMessage;
    expect(message.embeds[0]?.title).toBe(`❓ ${question}`);

    const steps: Array<[string, { embeds: unknown; components: unknown }]> = [
      ['ask:page:1:more', renderAskReply(answer, bot.core.meta, 1)],
      ['ask:page:0:prev', renderAskReply(answer, bot.core.meta, 0)],
      ['ask:whole:0', renderWholeParagraph(answer, bot.core.meta, 0)],
    ];
    for (const [customId, expected] of steps) {
      const click = buttonClick(bot.standIn, { customId, message });
      bot.standIn.dispatchInteraction(click);
      const call = await bot.standIn.waitForCall(callbackOf(click.id));
      const body = call.body as { type: number; data: Record<string, unknown> };
      expect(body.type).toBe(7); // UPDATE_MESSAGE: the same message is edited, not a new one posted
      expectReply(body.data, expected);
    }
  });

  it("a public answer is the asker's: another member's press pages privately and the shared message stays", async () => {
    const { payload } = await run('ask', [{ name: 'question', type: STRING, value: question }]);
    const answer = bot.core.search.ask(question);
    const message = bot.standIn.originalResponse(payload) as APIMessage;
    const press = async (customId: string, user?: { id: string; username: string }) => {
      const click = buttonClick(bot.standIn, { customId, message, ...(user ? { user } : {}) });
      bot.standIn.dispatchInteraction(click);
      return (await bot.standIn.waitForCall(callbackOf(click.id))).body as {
        type: number;
        data: Record<string, unknown>;
      };
    };
    const other = await press('ask:page:1:more', { id: '990000000000000001', username: 'someone_else' });
    expect(other.type).toBe(4); // a new private message, not UPDATE_MESSAGE
    expectReply(other.data, { ...renderAskReply(answer, bot.core.meta, 1), flags: MessageFlags.Ephemeral });
    expect(bot.standIn.originalResponse(payload)).toEqual(message);

    const asker = await press('ask:page:1:more');
    expect(asker.type).toBe(7);
    expectReply(asker.data, renderAskReply(answer, bot.core.meta, 1));
  });

  it('buttons share the /ask cooldown', async () => {
    const slow = await startBotAgainstStandIn({ askCooldownSeconds: 60 });
    try {
      const payload = chatInput(slow.standIn, {
        name: 'ask',
        options: [{ name: 'question', type: STRING, value: question }],
      });
      slow.standIn.dispatchInteraction(payload);
      await slow.standIn.waitForCall(callbackOf(payload.id));
      const click = buttonClick(slow.standIn, {
        customId: 'ask:page:1:more',
        message: slow.standIn.originalResponse(payload) as APIMessage,
      });
      slow.standIn.dispatchInteraction(click);
      const body = (await slow.standIn.waitForCall(callbackOf(click.id))).body as {
        type: number;
        data: { content: string; flags: number };
      };
      expect(body.type).toBe(4);
      expect(body.data.flags).toBe(MessageFlags.Ephemeral);
      expect(body.data.content).toMatch(/^⏳ You're asking quickly\. Try again <t:\d+:R> \(in \d+ s\)\.$/);
      // Within the 60 s cooldown, however long the machine took to press the button.
      const seconds = Number(/\(in (\d+) s\)/.exec(body.data.content)![1]);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(60);
    } finally {
      await slow.stop();
      // The harness's context is process-wide: give the shared bot back its own.
      setBotContext(bot.core, 0);
    }
  });

  it('answers /who with the card, and a "did you mean" whose button shows the card', async () => {
    const { body } = await run('who', [{ name: 'name', type: STRING, value: 'dehghani firouzabadi' }]);
    expectReply(body.data, renderWhoReply(bot.core.people.who('dehghani firouzabadi'), bot.core.people, bot.core.meta));

    const miss = await run('who', [{ name: 'name', type: STRING, value: 'Khamenei' }]);
    expectReply(miss.body.data, renderWhoReply(bot.core.people.who('Khamenei'), bot.core.people, bot.core.meta));
    const message = bot.standIn.originalResponse(miss.payload) as APIMessage;
    const click = buttonClick(bot.standIn, { customId: 'who:show:khomeini', message });
    bot.standIn.dispatchInteraction(click);
    const call = await bot.standIn.waitForCall(callbackOf(click.id));
    const khomeini = bot.core.corpus.actorsById.get('khomeini')!;
    expectReply(
      (call.body as { data: Record<string, unknown> }).data,
      renderPersonCard(khomeini, bot.core.people, bot.core.meta),
    );
  });

  it('autocompletes /who names (type 8, at most 25 choices)', async () => {
    const payload = autocomplete(bot.standIn, {
      name: 'who',
      options: [{ name: 'name', type: STRING, value: 'netan', focused: true }],
    });
    bot.standIn.dispatchInteraction(payload);
    const call = await bot.standIn.waitForCall(callbackOf(payload.id));
    expect(call.body).toEqual({ type: 8, data: { choices: bot.core.people.complete('netan') } });
    expect((call.body as { data: { choices: unknown[] } }).data.choices[0]).toEqual({
      name: 'Benjamin Netanyahu',
      value: 'netanyahu',
    });
  });

  it('answers /about', async () => {
    const { body } = await run('about', []);
    expectReply(body.data, renderAbout(bot.core.meta));
    // What the member reads, spelled out rather than taken from the renderer under test.
    const embed = (body.data.embeds as Array<{ title: string; fields: Array<{ name: string; value: string }> }>)[0]!;
    expect(embed.title).toBe('About oped-bot');
    expect(embed.fields.slice(0, 3)).toEqual([
      { name: 'Article', value: '“The Ambiguous Future Of The Iranian-Russian Alliance In Syria”' },
      { name: 'Author', value: 'Mohammed al-Sulami', inline: true },
      { name: 'Outlet', value: 'The Daily Caller', inline: true },
    ]);
  });

  it('never pings: mentions in the question are escaped and allowed_mentions is empty', async () => {
    const hostile = '@everyone <@&123456789012345678> <@123456789012345678> is Russia serving its own interests?';
    const { body } = await run('ask', [{ name: 'question', type: STRING, value: hostile }]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const title = (body.data.embeds as Array<{ title: string }>)[0]!.title;
    expect(title).toContain('@\u200beveryone');
    expect(title).toContain('\\<@&123456789012345678\\>');
  });

  it('answers an unknown command privately and logs one line per interaction without the token', async () => {
    const { body } = await run('retired-command', []);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.content).toContain('no longer available');
    const logged = async () => {
      for (let i = 0; i < 50; i++) {
        const line = bot.logs
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find((l) => l.msg === 'interaction' && l.command === '/retired-command');
        if (line) return line;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('no log line for /retired-command');
    };
    const line = await logged();
    expect(line).toMatchObject({ command: '/retired-command', guild: bot.standIn.guildId, outcome: 'unknown' });
    expect(typeof line.latencyMs).toBe('number');
    expect(bot.logs.join('\n')).not.toContain(bot.standIn.token);
  });

  it("stops retrying a callback answered 429 every time once Discord's 3 s window has closed, and logs it", async () => {
    const payload = chatInput(bot.standIn, { name: 'about' });
    const callbackPath = new RegExp(`/interactions/${payload.id}/`);
    for (let i = 0; i < 20; i++) bot.standIn.rateLimitNext(callbackPath, 1);
    bot.standIn.dispatchInteraction(payload);
    const expired = async () => {
      for (let i = 0; i < 400; i++) {
        const line = bot.logs
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find((l) => l.msg === 'interaction' && l.command === '/about' && l.outcome === 'expired');
        if (line) return line;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('the bot never gave up on the rate-limited callback');
    };
    await expired();
    expect(bot.logs.join('\n')).toContain(
      "interaction expired: its first response could not be sent within Discord's 3 s window",
    );
    // Three tries fit in the window (each 429 asks for a second); no error reply is attempted after it.
    const tries = bot.standIn.calls.filter((c) => callbackPath.test(c.path));
    expect(tries.length).toBeGreaterThanOrEqual(1);
    expect(tries.length).toBeLessThanOrEqual(3);
  });

  it('turns a failing handler into a private "something went wrong (ref …)" and keeps answering', async () => {
    bot.standIn.failNext(/\/callback$/, 400, { message: 'Invalid Form Body', code: 50035 });
    const payload = chatInput(bot.standIn, {
      name: 'ask',
      options: [{ name: 'question', type: STRING, value: question }],
    });
    bot.standIn.dispatchInteraction(payload);
    const followUp = await bot.standIn.waitForCall(
      (c) =>
        (callbackOf(payload.id)(c) || followUpOf(payload.token)(c)) &&
        JSON.stringify(c.body).includes('Something went wrong'),
      15_000,
    );
    const errorReply = followUp.body as { type?: number; data?: { content?: string; flags?: number } };
    const data = errorReply.data ?? (followUp.body as { content?: string; flags?: number });
    expect(data.content).toMatch(/^⚠️ Something went wrong on my side \(ref [0-9A-F]{6}\)/);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const ref = /ref ([0-9A-F]{6})/.exec(data.content!)![1];
    expect(bot.logs.some((l) => l.includes(`"ref":"${ref}"`) && l.includes('interaction handler failed'))).toBe(true);

    // The failed call's URL held the interaction token: the log must not.
    expect(bot.logs.join('\n')).not.toContain(payload.token);
    // Settled though it failed: the search's warm-up, which waits for quiet, is not held off for good.
    for (let i = 0; i < 200 && !bot.logs.some((l) => l.includes('"outcome":"error"')); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(interactionActivity.quietForMs()).toBeGreaterThan(0);
    expect(bot.logs.some((l) => l.includes('/interactions/') && l.includes('[redacted]'))).toBe(true);

    const next = await run('about', []);
    expectReply(next.body.data, renderAbout(bot.core.meta));
  });

  it('waits out a REST 429 and still delivers the reply', async () => {
    bot.standIn.rateLimitNext(/\/callback$/, 0.3);
    const { body } = await run('about', []);
    expectReply(body.data, renderAbout(bot.core.meta));
    expect(bot.standIn.calls.filter((c) => c.path.endsWith('/callback')).length).toBeGreaterThan(0);
  });

  it('resumes or reconnects after the gateway drops and answers the next interaction', async () => {
    const identifiesBefore = bot.standIn.identifies.length;
    const resumesBefore = bot.standIn.resumes;
    bot.standIn.dropConnections();
    await bot.standIn.waitForReady(0, 15_000);
    await new Promise((r) => setTimeout(r, 200));
    const { body } = await run('about', []);
    expectReply(body.data, renderAbout(bot.core.meta));
    expect(bot.standIn.resumes + bot.standIn.identifies.length).toBeGreaterThan(resumesBefore + identifiesBefore);
  });

  it('starts a new session after a non-resumable op 9 (invalid session) and still answers /ask', async () => {
    const connectionsBefore = bot.standIn.gatewayConnections.length;
    const identifiesBefore = bot.standIn.identifies.length;
    bot.standIn.invalidateSession(0, false);
    // discord.js spaces one shard's identifies 5 s apart.
    await bot.standIn.waitForReady(0, 15_000);
    expect(bot.standIn.gatewayConnections.slice(connectionsBefore).map((c) => c.query)).toEqual([
      { v: '10', encoding: 'json' },
    ]);
    expect(bot.standIn.identifies).toHaveLength(identifiesBefore + 1);
    const { body } = await run('ask', [{ name: 'question', type: STRING, value: question }]);
    expect(body.type).toBe(4);
    expectReply(body.data, renderAskReply(bot.core.search.ask(question), bot.core.meta));
  });

  it(
    'stays within limits and pings nobody for 1,000 generated hostile /ask and /who inputs',
    { timeout: 120_000 },
    async () => {
      let i = 0;
      for (const text of hostileInputs(1000, 42)) {
        i++;
        const name = i % 2 === 0 ? 'ask' : 'who';
        const { body } = await run(name, [
          { name: name === 'ask' ? 'question' : 'name', type: STRING, value: text || 'x' },
        ]);
        const data = body.data as {
          embeds: never[];
          components: never[];
          allowed_mentions: { parse: [] };
          content?: string;
        };
        expect(
          brokenLimits({
            embeds: data.embeds ?? [],
            components: data.components ?? [],
            allowed_mentions: data.allowed_mentions,
            ...(data.content ? { content: data.content } : {}),
          }),
        ).toEqual([]);
      }
    },
  );
});
