import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderModerationOutcome } from '../src/render/moderation-reply.ts';
import { partOfMessage, renderSummary } from '../src/render/summary-reply.ts';
import { summaryChoices, summaryPart } from '../src/summaries.ts';
import { brokenLimits } from './limits-check.ts';

const core = createCore();

describe('summaries', () => {
  it('offer every part as a command choice', () => {
    expect(summaryChoices(core.corpus).map((c) => c.value)).toEqual([
      'whole',
      'section-opening',
      'section-disintegration',
      'section-israel-alliance',
      'who-stands-where',
      'key-claims',
    ]);
  });

  it.each(core.corpus.summaries.parts.map((p) => p.id))(
    'render %s within Discord limits, citing paragraphs and labelled as opinion',
    (id) => {
      const part = summaryPart(core.corpus, id);
      const reply = renderSummary(part, core.corpus, core.meta, { ephemeral: false, pinButton: 'pin' });
      expect(brokenLimits(reply)).toEqual([]);
      const embed = reply.embeds[0]!;
      expect(embed.author?.name).toBe('Summary of an opinion column · The Daily Caller');
      expect(embed.fields?.[0]).toEqual({
        name: 'Article',
        value:
          '“The Ambiguous Future Of The Iranian-Russian Alliance In Syria” by Mohammed al-Sulami, The Daily Caller',
      });
      expect(embed.fields?.[1]?.value).toContain('This is an opinion piece');
      // Every sentence ends citing body paragraphs 1–13 by number, the rest by name.
      const citations = embed
        .description!.split('\n')
        .filter(Boolean)
        .map((line) => /\(([^()]+)\)$/.exec(line)?.[1]);
      expect(citations).toHaveLength(part.sentences.length);
      for (const cited of citations) {
        for (const label of cited!.split(', ')) {
          expect(label).toMatch(/^(¶ ([1-9]|1[0-3])|title|byline|author's note|disclaimer)$/);
        }
      }
      expect(partOfMessage(reply)).toBe(id);
      expect(reply.components[0]!.components[0]).toMatchObject({
        custom_id: `summary:pin:${id}`,
        label: 'Pin',
        disabled: false,
      });
    },
  );

  it('cite paragraphs as a reader counts them, naming the byline, author’s note and disclaimer', () => {
    const reply = renderSummary(summaryPart(core.corpus, 'whole'), core.corpus, core.meta, {
      ephemeral: false,
      pinButton: 'none',
    });
    const [first, second] = reply.embeds[0]!.description!.split('\n\n');
    expect(first).toMatch(/the views are his own, not the outlet’s\. \(byline, author's note, disclaimer\)$/);
    expect(second).toMatch(/^The author argues that .* military investment\. \(¶ 3, ¶ 4\)$/);
    expect(reply.embeds[0]!.fields?.[1]?.value).toBe(
      'This is an opinion piece: its claims are the author’s views or views he attributes to others. ¶ numbers count the body paragraphs, from the first after the byline — follow up with `/ask`.',
    );
  });

  it('mark key claims as the author’s view or attributed', () => {
    const reply = renderSummary(summaryPart(core.corpus, 'key-claims'), core.corpus, core.meta, {
      ephemeral: true,
      pinButton: 'none',
    });
    expect(reply.flags).toBe(64);
    expect(reply.components).toEqual([]);
    expect(reply.embeds[0]!.description).toMatch(/^🗣️ \*Author’s view:\* /);
    expect(reply.embeds[0]!.description).toContain('📣 *Attributed:*');
  });

  it('fall back to the whole-article summary for an unknown part', () => {
    expect(summaryPart(core.corpus, 'nope').id).toBe('whole');
  });

  it('explain each moderation outcome privately', () => {
    const limit = renderModerationOutcome({
      kind: 'pin-limit',
      url: 'https://discord.com/channels/1/2/3',
      messageId: '3',
    });
    expect(limit.flags).toBe(64);
    expect(limit.content).toContain("reached Discord's limit of 250 pinned messages");
    expect(
      renderModerationOutcome({ kind: 'bot-lacks', channelId: '5', permissions: ['Send Messages', 'Pin Messages'] })
        .content,
    ).toContain("I can't do that in <#5>: I'm missing **Send Messages**, **Pin Messages** there.");
  });
});
