import { describe, expect, it } from 'vitest';
import { whoToJson } from '../src/cli-json.ts';
import { createCore } from '../src/core.ts';
import { unescapeMarkdown } from '../src/render/markdown.ts';
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
          description: '**Turkey** is a country, not a person — the article mentions it in ¶ 10 and ¶ 11.',
          fields: [
            {
              name: 'Appears in paragraphs',
              value:
                '**¶ 10** — …Soleimani added, but also between Russia, the US and Turkey, indicating that these powers seek to increase the domestic and external costs to Iran to put furt…\n' +
                '**¶ 11** — Soleimani argues that it’s not unlikely that Russia, the US, Israel and Turkey may well be coordinating through various channels of communication to achieve th…',
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
      '**Moscow** is a capital city, not a person — the article mentions it in ¶ 2, ¶ 5, ¶ 8 and ¶ 10.',
    );
    const sea = who('caspian sea').embeds[0]!;
    expect(sea.description).toBe('**The Caspian Sea** is a sea, not a person — the article mentions it in ¶ 9.');
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
    expect(text).toContain('Tehran] is a capital city, not a person — the article mentions it in ¶ 6 and ¶ 11.');
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
      /^\*\*¶ 6\*\* — Abadi, the first deputy chairman of the regime’s National Security and Foreign Policy Committee/,
    );
  });

  it("word a group's stance for a plural", () => {
    const fields = who('iranian newspapers').embeds[0]!.fields ?? [];
    expect(fields.map((f) => f.name)).toContain('Stance in the article: 🔴 distrust Russia');
  });

  it('find the author from "who wrote this" and show his card', () => {
    expect(who('who wrote this').embeds[0]!.title).toBe('👤 Mohammed al-Sulami');
  });

  it('find the photo agency and the photographer the photo credit names', () => {
    expect(who('getty images').embeds[0]!.title).toBe('👥 Getty Images');
    expect(who('who took the photos').embeds[0]!.title).toBe('👥 Getty Images');
    expect(who('don emert').embeds[0]!.title).toBe('👤 Don Emmert');
  });
});

/** A card's paragraph lines as a reader sees them, ¶ number left off: "the author's own opinion: …". */
function appearanceTexts(query: string): string[] {
  return (who(query).embeds[0]!.fields ?? [])
    .filter((f) => f.name.startsWith('Appears in'))
    .flatMap((f) => f.value.split('\n'))
    .map((line) => unescapeMarkdown(line.replace(/^\*\*(?:¶ \d+|[A-Z][\w' ]+)\*\* — /, '')));
}

describe('/who cards show where each paragraph names them', () => {
  it.each(core.corpus.people.actors.map((a) => [a.id, a] as const))(
    '%s: the name, or the word the article uses there, is in view in every line',
    (id, actor) => {
      const forms = [actor.name, ...actor.aliases, ...actor.mentionedAs];
      const texts = appearanceTexts(id);
      expect(texts).toHaveLength(actor.paragraphs.length);
      for (const text of texts) {
        // The author's own words name no one: the line says whose they are instead.
        if (id === core.corpus.article.authorId && text.startsWith("*the author's own opinion:* ")) continue;
        const visible = forms.filter((form) => text.includes(form) && !text.includes(`${form}…`));
        expect(visible, text).not.toEqual([]);
      }
    },
  );

  it('cut a long sentence near the name, not from its start', () => {
    expect(appearanceTexts('putin')).toEqual([
      'All the present events mean that we’re likely to see a rapprochement in the near future between Putin and Trump, which will ultimately force a withdrawal of Ir…',
      'It seems that the Russo-Iranian alliance in Syria based on the two powers’ shared interests is set to disintegrate as Iran no longer serves Putin’s needs there.',
      '…recent developments, such as the meetings between Putin and Israeli Prime Minister Benjamin Netanyahu, the US’ withdrawal from the nuclear pact, and the recen…',
    ]);
    expect(appearanceTexts('netanyahu')).toEqual([
      '…meetings between Putin and Israeli Prime Minister Benjamin Netanyahu, the US’ withdrawal from the nuclear pact, and the recent Israeli attacks on Syrian regim…',
    ]);
    expect(appearanceTexts('khomeini')).toEqual([
      '…precepts of the founder of the ‘Islamic Republic’, Ayatollah Khomeini, who warned that Russians have historically always reneged on their promises.',
    ]);
  });

  it("show the author's own remarks, not the words of those he reports, where nothing names him", () => {
    const texts = appearanceTexts('al-sulami');
    expect(texts).toContain(
      "*the author's own opinion:* Apparently unaware that he was contradicting himself, Abadi added that Iran has no presence in Syrian territory at the request of the Russian government, there…",
    );
    expect(texts).toContain(
      "*the author's own opinion:* Yet any withdrawal of regime-allied forces from southern Syria would reduce the regime’s ability to open a new front, putting further pressure on Assad that co…",
    );
    expect(texts).toContain(
      'The views and opinions expressed in this commentary are those of the author and do not reflect the official position of The Daily Caller.',
    );
  });

  it('list the groups and bodies as well as the people when no one is found', () => {
    expect(who('xyzzy').embeds[0]!.fields).toEqual([
      {
        name: 'People in the article',
        value:
          'Mohammed al-Sulami, Kamal Dahqani Fairuz Abadi, Afshar Soleimani, Putin, Trump, Benjamin Netanyahu, Assad, Ayatollah Khomeini, Don Emmert',
      },
      {
        name: 'Groups and bodies in the article',
        value:
          'Unnamed analysts, Unnamed Iranian analysts, Some in the Iranian regime, The Iranian regime, Iranian newspapers, ' +
          'Russian officials, Unspecified European parties, The Daily Caller, Getty Images, National Security and Foreign Policy Committee, ' +
          'The Assad regime, International Institute for Iranian Studies',
      },
    ]);
  });
});
