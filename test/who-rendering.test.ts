import { describe, expect, it } from 'vitest';
import { whoToJson } from '../src/cli-json.ts';
import { createCore } from '../src/core.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { shellReply } from '../src/shell.ts';

const core = createCore();
const who = (q: string) => renderWhoReply(core.people.who(q), core.people, core.meta);
const FOOTER =
  'Opinion column · “The Ambiguous Future Of The Iranian-Russian Alliance In Syria” · Mohammed al-Sulami, The Daily Caller';

describe('/who on a place', () => {
  it('says what it is, where the article names it, and how to ask about it', () => {
    expect(who('what does turkey want')).toEqual({
      embeds: [
        {
          title: '📍 Turkey',
          color: 0x1abc9c,
          description: '**Turkey** is a country, not a person — the article mentions it in ¶12 and ¶13.',
          fields: [
            {
              name: 'Appears in paragraphs',
              value:
                '**¶ 12** — …Soleimani added, but also between Russia, the US and Turkey, indicating that these powers seek to increase the domestic and external costs to Iran to put furt…\n' +
                '**¶ 13** — Soleimani argues that it’s not unlikely that Russia, the US, Israel and Turkey may well be coordinating through various channels of communication to achieve th…',
            },
            { name: 'Ask about it', value: '`/ask what does Turkey want`' },
          ],
          footer: { text: FOOTER },
        },
      ],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });

  it('names the kind of place, and for a sea or region suggests a question that fits it', () => {
    expect(who('the kremlin').embeds[0]!.description).toBe(
      '**Moscow** is a capital city, not a person — the article mentions it in ¶4, ¶7, ¶10 and ¶12.',
    );
    const sea = who('caspian sea').embeds[0]!;
    expect(sea.description).toBe('**The Caspian Sea** is a sea, not a person — the article mentions it in ¶11.');
    expect(sea.fields?.at(-1)).toEqual({
      name: 'Ask about it',
      value: '`/ask what does the article say about the Caspian Sea`',
    });
  });

  it('keeps who --json as it was: no match and no suggestions for a place', () => {
    expect(whoToJson(core.people.who('israel'))).toEqual({ query: 'israel', match: null, suggestions: [] });
  });

  it('shows the same reply in the shell', () => {
    const text = shellReply(core, '/who tehran', false)!;
    expect(text).toContain('Tehran] is a capital city, not a person — the article mentions it in ¶8 and ¶13.');
    expect(text).toContain('/ask what does Tehran want');
  });
});

describe('/who cards keep to what the article says', () => {
  it('give Trump no title the article does not give him', () => {
    const embed = who('who is trump').embeds[0]!;
    expect(embed.title).toBe('👤 Trump');
    expect(embed.description).toBe('**In the article:** named without a title');
  });

  it('show a body the article names with its own card', () => {
    const embed = who('national security and foreign policy committee').embeds[0]!;
    expect(embed.title).toBe('👥 National Security and Foreign Policy Committee');
    expect(embed.fields?.find((f) => f.name === 'Appears in paragraph')?.value).toMatch(
      /^\*\*¶ 8\*\* — Abadi, the first deputy chairman of the regime’s National Security and Foreign Policy Committee/,
    );
  });

  it("word a group's stance for a plural", () => {
    const fields = who('iranian newspapers').embeds[0]!.fields ?? [];
    expect(fields.map((f) => f.name)).toContain('Stance in the article: 🔴 distrust Russia');
  });

  it('find the author from "who wrote this" and show his card', () => {
    expect(who('who wrote this').embeds[0]!.title).toBe('👤 Mohammed al-Sulami');
  });

  it('say a name from the page furniture is not in the article text', () => {
    expect(who('getty images').embeds[0]!.description).toBe(
      '**getty images** is not in the article. Getty Images is credited only for the page’s photos; the credit line and the photos are not part of the article’s text.',
    );
  });
});
