import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { unescapeMarkdown } from '../src/render/markdown.ts';
import { renderSummary } from '../src/render/summary-reply.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { readLabelled, CORPUS } from '../bench/ask-corpus.ts';
import { sentenceVoices } from '../src/search/voice.ts';

const core = createCore();
const ask = (q: string) => renderAskReply(core.search.ask(q), core.meta).embeds[0]!;
const whoseView = (embed: ReturnType<typeof ask>): string =>
  embed.fields?.find((f) => f.name === 'Whose view')?.value ?? '';

describe('/ask quotes the sentence that answers, in the voice asked for', () => {
  it('quotes the demands for "what do iranian newspapers want", not the sentence before them', () => {
    const embed = ask('what do iranian newspapers want');
    expect(embed.description).toMatch(/^> \*\*Iranian\*\* \*\*newspapers\*\* demanded that officials obey/);
    expect(whoseView(embed)).toContain('Iranian newspapers');
    expect(whoseView(embed)).not.toContain("the author's own");
  });

  it('quotes the author on Abadi when the author is asked for, and Abadi when Abadi is', () => {
    const author = ask('what does the author say about abadi');
    expect(author.description).toMatch(/^> Apparently unaware that he was contradicting himself, \*\*Abadi\*\* added/);
    expect(whoseView(author)).toContain("the author's own");

    const abadi = ask('what did abadi say about withdrawing');
    expect(abadi.description).toMatch(/^> \*\*Abadi\*\*, the first deputy chairman/);
    expect(whoseView(abadi)).not.toContain("the author's own");
  });

  it('quotes the senior Iranian official, not the regime critics before him, asked of "the iranian official"', () => {
    const embed = ask('what did the iranian official say about 1941');
    expect(embed.description).toMatch(
      /^> As an example, one senior \*\*Iranian\*\* \*\*official\*\*, Kamal Dahqani Fairuz Abadi/,
    );
    expect(embed.description).toContain('1941');
  });

  it('labels a sentence the author attributes with its source, not as his own view', () => {
    const embed = ask('whats the primary concern for tehran and assad');
    expect(embed.description?.replaceAll('**', '')).toContain('according to some Iranian analysts');
    expect(whoseView(embed)).toContain('Iranian analysts');
    expect(whoseView(embed)).not.toContain("the author's own");
  });

  it("labels the author's own sentence as his even where only others are listed as speakers", () => {
    const embed = ask('did the reaction go beyond the regime');
    expect(embed.description).toMatch(/^> Iran’s response to the Russian demands has not been confined/);
    expect(whoseView(embed)).toContain("the author's own");
    expect(whoseView(embed)).not.toContain('Iranian newspapers');
    // The speaker fields start with the excerpt's voice; the paragraph's other speakers follow.
    expect(embed.fields?.[2]?.name).toContain('Mohammed al-Sulami');
    expect(embed.fields?.map((f) => f.name).join(' ')).toContain('Iranian newspapers');
  });

  it('names every voice of the paragraph when the whole paragraph is shown', () => {
    const answer = core.search.ask('was it just the regime that reacted');
    const whole = renderWholeParagraph(answer, core.meta, 0).embeds[0]!;
    expect(whoseView(whole)).toContain("the author's own");
    expect(whoseView(whole)).toContain('Iranian newspapers');
    expect(whoseView(whole)).toContain('Ayatollah Khomeini');
  });
});

/** Text a reply shows in quotation marks (straight or curly double quotes). */
function quoted(text: string): string[] {
  return [...text.matchAll(/[“"]([^”"]+)[”"]|(?<!\p{L})‘([^’]+)’(?!\p{L})/gu)].map((m) => (m[1] ?? m[2])!);
}

describe('nothing is shown in quotation marks unless the article says it in those words', () => {
  const article = core.corpus.article;
  // A quote may change the case of its first letter to fit the sentence it stands in, and the
  // article's no-break spaces read as spaces; nothing else may differ.
  const plain = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
  const words = plain([article.title, ...article.paragraphs.map((p) => p.text)].join('\n'));
  const isVerbatim = (q: string): boolean => words.includes(plain(q));
  const texts = (embeds: ReadonlyArray<{ description?: string; fields?: Array<{ value: string }> }>): string[] =>
    embeds
      .flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])
      .map((text) => unescapeMarkdown(text.replaceAll('**', '')));

  it('in /ask replies to every reader-trial question', () => {
    for (const c of readLabelled(CORPUS.readerTrial)) {
      const reply = renderAskReply(core.search.ask(c.q), core.meta);
      for (const q of texts(reply.embeds).flatMap(quoted)) expect(isVerbatim(q), `${c.q}: “${q}”`).toBe(true);
    }
  });

  it('in /who cards and summaries', () => {
    const shown = [
      ...core.corpus.people.actors.flatMap((a) =>
        texts(renderWhoReply(core.people.who(a.name), core.people, core.meta).embeds),
      ),
      ...core.corpus.summaries.parts.flatMap((part) =>
        texts(renderSummary(part, core.corpus, core.meta, { ephemeral: true, pinButton: 'none' }).embeds),
      ),
    ];
    for (const q of shown.flatMap(quoted)) expect(isVerbatim(q), `“${q}”`).toBe(true);
  });
});

describe('words in quotation marks are only ever the words the article quotes or its author wrote', () => {
  // A paraphrase of someone's words in quotation marks would read as their very words. So a stance
  // summary or a summary sentence may quote only what the article itself puts in quotation marks,
  // or the author's own sentences (which are his words as written).
  const { corpus } = core;
  const plain = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
  const quotedInArticle = corpus.article.paragraphs.flatMap((p) =>
    [...p.text.matchAll(/[‘“]([^’”]+)[’”]/g)].map((m) => plain(m[1]!)),
  );
  const authorsSentences = corpus.article.paragraphs.flatMap((p) =>
    sentenceVoices(p, corpus.article.authorId)
      .filter((s) => s.actors.length === 1 && s.actors[0] === corpus.article.authorId)
      .map((s) => plain(p.text.slice(s.start, s.end))),
  );
  const mayQuote = (q: string): boolean =>
    quotedInArticle.includes(plain(q)) || authorsSentences.some((s) => s.includes(plain(q)));
  const texts: Array<[string, string]> = [
    ...corpus.article.paragraphs.flatMap((p) =>
      p.speakers.map((s): [string, string] => [`${p.id} ${s.actor}`, s.stance.summary]),
    ),
    ...corpus.people.actors.map((a): [string, string] => [a.id, a.stance.summary]),
    ...corpus.summaries.parts.flatMap((part) => part.sentences.map((s): [string, string] => [part.id, s.text])),
  ];

  it.each(texts)('%s', (_where, text) => {
    for (const q of quoted(text)) expect(mayQuote(q), `“${q}”`).toBe(true);
  });
});
