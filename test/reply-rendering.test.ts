import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { questionFromTitle, renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { renderCheck } from '../src/render/check-reply.ts';
import { renderAbout } from '../src/render/notice-reply.ts';
import { checkClaim } from '../src/search/claim-check.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { brokenLimits, visibleText } from './limits-check.ts';

const core = createCore();
const ask = (q: string, page = 0) => renderAskReply(core.search.ask(q), core.meta, page);
const who = (q: string) => renderWhoReply(core.people.who(q), core.people, core.meta);

describe('/ask replies', () => {
  it('show the marked excerpt, place, speakers with stance and whose view it is', () => {
    const reply = ask('What did Abadi say about withdrawing?');
    const embed = reply.embeds[0]!;
    expect(embed.title).toBe('❓ What did Abadi say about withdrawing?');
    expect(embed.description).toMatch(/^> \*\*Abadi\*\*, the first deputy chairman/);
    expect(embed.description).toContain('Tehran would refuse to **withdraw**');
    expect(embed.fields?.[0]).toEqual({
      name: 'Where',
      value: '¶ 6 of 13 · Russo-Iranian alliance set to disintegrate',
      inline: true,
    });
    expect(embed.fields?.[1]?.name).toBe('Whose view');
    expect(embed.fields?.[1]?.value).toContain('opinion column by Mohammed al-Sulami');
    expect(embed.fields?.[1]?.value).toContain("Kamal Dahqani Fairuz Abadi's claim, as reported");
    expect(embed.fields?.[2]?.name).toBe('🛑 Kamal Dahqani Fairuz Abadi');
    expect(embed.fields?.[2]?.value).toMatch(/^\*rejects leaving Syria\* · their claim, as the article reports it\n/);
    expect(embed.footer?.text).toMatch(
      /^Opinion column · “The Ambiguous Future Of The Iranian-Russian Alliance In Syria” · Mohammed al-Sulami, The Daily Caller · match 1 of \d · matched: Abadi, withdrawing$/,
    );
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.flags).toBeUndefined();
    expect(reply.components[0]!.components.map((c) => ('custom_id' in c ? [c.custom_id, c.disabled] : []))).toEqual([
      ['ask:page:0:prev', true],
      ['ask:page:1:more', false],
      ['ask:whole:0', false],
      ['ask:other:0', false],
    ]);
  });

  it('grey out "Other side" on the photo credit, byline and the like: facts about the piece have no sides', () => {
    const reply = ask('who took the photos');
    expect(reply.embeds[0]!.fields?.[0]?.value).toMatch(/credit/i);
    expect(reply.components[0]!.components[3]).toMatchObject({ label: 'Other side', disabled: true });
  });

  it('grey out the buttons when the question had to be cut from the title (they could not re-run it)', () => {
    const reply = ask(`Iran Russia alliance ${'_'.repeat(150)}`);
    expect(reply.embeds[0]!.title).toMatch(/ \(shortened\)$/);
    expect(reply.components[0]!.components.every((c) => 'disabled' in c && c.disabled === true)).toBe(true);
  });

  it('say an opinion column does not set out to be neutral when asked whether the author is biased', () => {
    for (const q of ['is the author biased?', 'is the author far from neutral?']) {
      expect(ask(q).embeds[0]!.description, q).toBe(
        'It is an opinion column: it argues the author’s own view, so it does not set out to be neutral, and each reply here says whose view a passage gives. Ask about a claim to see who makes it, or use `/summary` for the argument.',
      );
    }
    expect(ask('is any of this even true lol').embeds[0]!.description).toMatch(/^The article cannot settle that/);
  });

  it('answer thanks with a welcome, not with the greeting and suggestions that "hi" gets', () => {
    const thanks = ask('thanks! off to bed').embeds[0]!;
    expect(thanks.description).toBe(
      'You’re welcome! Come back with any other question about the article, or use `/summary` for the whole column.',
    );
    expect(thanks.fields).toBeUndefined();
    const hi = ask('hi').embeds[0]!;
    expect(hi.description).toMatch(/^Hi! I answer questions about one article/);
    expect(hi.fields?.map((f) => f.name)).toEqual(['Try asking about', 'Looking for a person?']);
  });

  it('say plainly when the article touches a question but does not answer it, and what it lacks', () => {
    const embed = ask('when did the us leave the nuclear deal').embeds[0]!;
    expect(embed.description).toMatch(
      /^⚠️ \*\*The article does not answer this\.\*\* It mentions US, withdrawal, nuclear \(¶ 8\) but does not say when: it gives no date for this\. The closest passage:\n> /,
    );
    expect(embed.color).toBe(0xf0b232);
    expect(embed.footer?.text).toMatch(/ · related 1 of \d · matched: USA, leave, nuclear deal$/);
    const troops = ask('how many troops does iran have in syria').embeds[0]!;
    expect(troops.description).toContain('but does not say how many or how much: it gives no figure for this.');
  });

  it('say when the piece was written, roughly, to a date asked of the piece itself', () => {
    expect(ask('when was this article published').embeds[0]!.description).toContain(
      'but does not say when it was written: the copy carries no date, though the column dates from mid-2018',
    );
    // A date asked of the author, whose bio is the closest passage, is not when the piece was written.
    expect(ask('phd year?').embeds[0]!.description).toContain('but does not say when: it gives no date for this.');
  });

  it('name each thing a related passage mentions once, in the form the question used', () => {
    expect(ask('when did the occupation of northern iran end').embeds[0]!.description).toMatch(
      /^⚠️ \*\*The article does not answer this\.\*\* It mentions Iran, northern \(¶ 5\) but does not say when/,
    );
    expect(ask('who chairs the national security committee').embeds[0]!.description).toMatch(
      /It mentions National, Security, Committee \(¶ 6\) but does not say that: it does not give this detail\./,
    );
    expect(ask('so did the us attack russia or not').embeds[0]!.description).toMatch(
      /It mentions Russia, US, attack \(¶ 11\)/,
    );
  });

  it("answer questions about the piece as a whole with the author's thesis and point to /summary", () => {
    for (const q of ['whats the main argument', 'what is this article about', 'tl;dr', 'what does the author think']) {
      const reply = ask(q);
      const embed = reply.embeds[0]!;
      expect(embed.fields?.find((f) => f.name === 'Where')?.value).toMatch(/^¶ (1|3|4|13) of 13 · /);
      expect(embed.fields?.at(-1)).toEqual({
        name: 'The whole article',
        value:
          "This is the author's own argument; **More matches** shows the rest of it. For a summary of the whole column, use `/summary`.",
      });
      expect(embed.footer?.text).toMatch(/about the article as a whole: the author's thesis and conclusion$/);
    }
    expect(ask('what is the conclusion').embeds[0]!.fields?.[0]?.value).toBe(
      '¶ 13 of 13 · Russia’s alliance with Israel',
    );
    // His prediction asked: his stated forecast first, and the footer says so.
    const forecast = ask('whats his prediction').embeds[0]!;
    expect(forecast.fields?.[0]?.value).toBe('¶ 3 of 13 · Opening');
    expect(forecast.footer?.text).toMatch(
      / · match 1 of \d · about the article as a whole: the author's forecast, then his thesis and conclusion$/,
    );
  });

  it('number body paragraphs as a reader counts them and name the byline instead of numbering it', () => {
    expect(ask('Who will be the biggest loser in Syria?').embeds[0]!.fields?.[0]).toEqual({
      name: 'Where',
      value: '¶ 3 of 13 · Opening',
      inline: true,
    });
    expect(ask('who wrote this').embeds[0]!.fields?.[0]).toEqual({ name: 'Where', value: 'Byline', inline: true });
    expect(renderAbout(core.meta).embeds[0]!.footer).toEqual({ text: '13 paragraphs · 2 sections' });
  });

  it('quote a section heading asked for, and say which of the headings it is', () => {
    const reply = ask('wats the second subheading');
    const embed = reply.embeds[0]!;
    expect(embed.description).toBe('> Russia’s alliance with Israel');
    expect(embed.fields?.[0]).toEqual({ name: 'Where', value: 'Section heading 2 of 2', inline: true });
    expect(embed.footer?.text).toMatch(/match 1 of 2 · matched: section headings$/);
    // A heading is whole already, and states no one's view to set another against.
    expect(reply.components[0]!.components.slice(2)).toMatchObject([
      { label: 'Whole paragraph', disabled: true },
      { label: 'Other side', disabled: true },
    ]);
  });

  it('pages to the next match and shows the whole paragraph', () => {
    const second = ask('What did Abadi say about withdrawing?', 1).embeds[0]!;
    expect(second.footer?.text).toContain('match 2 of');
    const whole = renderWholeParagraph(core.search.ask('What did Abadi say about withdrawing?'), core.meta, 0);
    expect(whole.embeds[0]!.description).toContain('would foster security there despite Russian opposition');
    expect(whole.components[0]!.components[2]).toMatchObject({ label: 'Showing whole paragraph', disabled: true });
  });

  it('recovers the question from the reply title for stateless buttons', () => {
    const q = 'Is *Russia* @everyone <@123> [only](x) serving itself?';
    expect(questionFromTitle(ask(q).embeds[0]!.title)).toBe(q);
    // Phones type "…" for "..."; such a question is whole, not cut.
    expect(questionFromTitle(ask('So Russia just dumps Iran…').embeds[0]!.title)).toBe('So Russia just dumps Iran…');
    expect(questionFromTitle(ask('<'.repeat(200)).embeds[0]!.title)).toBeUndefined();
  });

  it('say the bot reads English when most of a question is in another language, not that the article lacks it', () => {
    const reply = ask('Kodi nkhani iyi ikunena zotani pa ubale wa mayiko awiriwa?');
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0]!.description).toMatch(/^I could read only a few words of that: I read questions in English/);
    expect(reply.embeds[0]!.fields?.[0]?.name).toBe('Try asking about');
    // Samoan's two-letter words ("le", "na", "ai") are in the English word list, but not English.
    expect(ask('o ai le nusipepa na lomia ai lenei tala?').embeds[0]!.description).toMatch(
      /^I could read only a few words of that/,
    );
    // English the article does not cover, gamer slang and short words included, is still "not in the article".
    for (const q of ['what is the capital of france', 'best warzone loadout rn', 'is it ok to go to uk or eu']) {
      expect(ask(q).embeds[0]!.description, q).toMatch(/^Nothing in the article answers that/);
    }
  });

  it('say which words it read of a question mostly in another language, before the passage on them', () => {
    const reply = ask('sino yung si afshar soleimani? ambassador daw siya sa kung saan');
    const description = reply.embeds[0]!.description!;
    expect(description.split('\n')[0]).toBe(
      '⚠️ **I read questions in English**, so I cannot tell whether the article answers this one: ask again in English for an answer. The passage on the words of it I could match (afshar, soleimani), ¶ 8:',
    );
    expect(description).toContain('former Iranian ambassador to Azerbaijan');
    expect(reply.embeds[0]!.footer?.text).toMatch(/ · related 1 of \d · matched: afshar, soleimani$/);
  });

  it('say which words of a question it could not read, before the passage on the rest', () => {
    const reply = ask('В коя държава was Soleimani ambassador before?');
    const description = reply.embeds[0]!.description!;
    expect(description.split('\n')[0]).toBe(
      '⚠️ **I could not read every word** (коя, държава), so I cannot tell whether the article answers this: ask again in English for an answer. The passage on the words I could match (Soleimani, ambassador), ¶ 8:',
    );
    expect(description).toContain('former Iranian **ambassador** to Azerbaijan');
    expect(reply.embeds[0]!.footer?.text).toMatch(/ · related 1 of \d · matched: Soleimani, ambassador$/);
  });

  it('answer nothing with a private "not in the article" reply and suggestions', () => {
    const reply = ask('What is the recipe for pancakes?');
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0]!.description).toContain('Nothing in the article answers that');
    expect(reply.embeds[0]!.fields?.[0]?.name).toBe('Try asking about');
    expect(reply.embeds[0]!.fields?.[0]?.value).toContain('Russo-Iranian alliance set to disintegrate');
  });

  const hostile = [
    '@everyone @here please',
    '<@123456789012345678> <@&987654321098765432> <#1> </ask:1>',
    '**bold** __under__ ~~strike~~ `code` ||spoiler|| > quote # heading',
    '[click](https://evil.example) Putin',
    "'Putin !Iran ^Russia$ =Syria | Israel",
    '\u0000\u0007\u202eRussia\u202c withdrawal',
    'ظ…ط­ظ…ط¯ ط§ظ„ط³ظ„ظ…ظٹ 🇮🇷🇷🇺 𝕽𝖚𝖘𝖘𝖎𝖆',
    'withdrawal '.repeat(600),
    `${'x'.repeat(6000)} Putin`,
  ];

  it.each(hostile)('stay within limits and never ping for %j', (input) => {
    for (const reply of [ask(input), ask(input, 3), who(input)]) {
      expect(brokenLimits(reply)).toEqual([]);
      const text = visibleText(reply);
      expect(text).not.toMatch(/(?<!\\)<@&?\d+(?<!\\)>/);
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/[\u0000-\u0008\u202e]/);
    }
  });
});

describe('input too long to read whole', () => {
  it('is answered from its start, and the member is told how much was read', () => {
    const reply = ask(`Who will be the biggest loser in Syria?${' Why?'.repeat(1000)}`);
    expect(reply.content).toBe(
      'Your question is 5,039 characters long; I read the first 200. Ask a shorter question for a better answer.',
    );
    expect(reply.embeds[0]!.fields?.[0]?.value).toBe('¶ 3 of 13 · Opening');
    expect(brokenLimits(reply)).toEqual([]);
  });

  it("says of a checked message, usually someone else's, how much was checked, with no advice to shorten it", () => {
    const reply = renderCheck(
      checkClaim(core.search, `Iran will be the biggest loser in Syria.${' Yes.'.repeat(1990)}`),
      core.meta,
    );
    expect(reply.content).toBe('This message is 9,990 characters long; I checked the first 200.');
    // The verdict is on the first 200 characters only, where the repeated "Yes." outweighs the claim.
    expect(reply.embeds[0]!.description).toMatch(
      /^➖ \*\*The article does not address this\.\*\* The closest it comes:\n/u,
    );
  });

  it('is not silently turned away when its start answers nothing', () => {
    const reply = ask('x'.repeat(6000));
    expect(reply.content).toBe(
      'Your question is 6,000 characters long; I read the first 200. Ask a shorter question for a better answer.',
    );
    expect(reply.embeds[0]!.description).toMatch(/^Nothing in the article answers that/);
    expect(reply.flags).toBe(64);
  });

  it('is said for /who too, whatever it finds', () => {
    expect(who(`Putin ${'x'.repeat(6000)}`).content).toBe(
      'What you typed is 6,006 characters long; I read the first 100. Type just the name for a better answer.',
    );
    expect(who(`Putin${' '.repeat(6000)}`).content).toBeUndefined();
    expect(ask(`biggest loser${'\n'.repeat(6000)}`).content).toBeUndefined();
  });
});

describe('/who replies', () => {
  it('show the card: role as the article gives it, stance, paragraphs with excerpts', () => {
    const embed = who('dehghani firouzabadi').embeds[0]!;
    expect(embed.title).toBe('👤 Kamal Dahqani Fairuz Abadi');
    expect(embed.description).toContain('first deputy chairman');
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Stance in the article: 🛑 rejects leaving Syria']).toBeDefined();
    expect(fields['Appears in paragraphs']).toMatch(/^\*\*¶ 5\*\* — .*Kamal Dahqani Fairuz Abadi/);
    expect(fields['Appears in paragraphs']).toContain('**¶ 7** — Dahqani further accused');
  });

  it('list every paragraph a person appears in, across fields when one is not enough', () => {
    const fields = who('al-Sulami').embeds[0]!.fields ?? [];
    const appearances = fields
      .filter((f) => f.name.startsWith('Appears in'))
      .map((f) => f.value)
      .join('\n');
    // Body paragraphs by number as a reader counts them; the byline and end matter by name.
    expect(appearances.split('\n').map((line) => /^\*\*(.+?)\*\* — /.exec(line)?.[1])).toEqual([
      'Byline',
      '¶ 1',
      '¶ 3',
      '¶ 4',
      '¶ 6',
      '¶ 11',
      '¶ 13',
      "Author's note",
      'Disclaimer',
    ]);
  });

  it('say Khamenei is not in the article, offering Khomeini', () => {
    const reply = who('Khamenei');
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0]!.title).toBe('Not in the article');
    expect(reply.embeds[0]!.description).toContain('**Khamenei** is not in the article');
    expect(reply.embeds[0]!.fields?.[0]).toEqual({ name: 'Did you mean', value: '• Ayatollah Khomeini' });
    expect(reply.components[0]!.components[0]).toMatchObject({
      custom_id: 'who:show:khomeini',
      label: 'Show Ayatollah Khomeini',
    });
  });
});
