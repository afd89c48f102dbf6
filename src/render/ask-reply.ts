import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import { ButtonStyle } from 'discord-api-types/v10';
import { paragraphRef } from '../article/numbering.ts';
import { tokenize } from '../text/fold.ts';
import { termsOf } from '../text/terms.ts';
import type { ArticleMeta } from '../core.ts';
import type { AskAnswer, AskResult, Missing } from '../search/ask.ts';
import type { OtherSide } from '../search/other-side.ts';
import type { ExcerptPart } from '../search/excerpt.ts';
import { clip, LIMITS } from './limits.ts';
import { encodeButtonId } from './custom-id.ts';
import { escapeMarkdown, unescapeMarkdown } from './markdown.ts';
import { paragraphHeading, paragraphLabel } from './paragraph-label.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { describeStance, STANCE_STYLE } from './stance-style.ts';
import { tooLongContent } from './too-long.ts';
import { speakerLine, whoseView } from './whose-view.ts';

/** Speakers shown as fields; the rest are counted so the embed stays readable and within limits. */
const MAX_SPEAKER_FIELDS = 5;
const NEUTRAL_COLOUR = 0x5865f2;

export function markExcerpt(parts: ExcerptPart[]): string {
  return parts.map((p) => (p.match ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text))).join('');
}

/** Ends a title whose question had to be cut: paging must not re-run a different question. */
const CUT_MARK = ' (shortened)';

export function questionTitle(query: string): string {
  const full = `❓ ${escapeMarkdown(query)}`;
  // No longer in UTF-16 units than the limit is no longer in code points: most titles, and no array.
  return full.length <= LIMITS.embedTitle || Array.from(full).length <= LIMITS.embedTitle
    ? full
    : `${clip(full, LIMITS.embedTitle - CUT_MARK.length)}${CUT_MARK}`;
}

/** Recovers the question from a reply's title, so buttons work with no state kept between clicks. */
export function questionFromTitle(title: string | undefined): string | undefined {
  if (!title?.startsWith('❓ ') || title.endsWith(CUT_MARK)) return undefined;
  return unescapeMarkdown(title.slice(2));
}

/**
 * "¶ 3 of 13 · Opening" for a body paragraph, "Section heading 1 of 2" for a heading; the title,
 * byline and end matter by name alone.
 */
export function where(result: AskResult, meta: ArticleMeta): string {
  const ref = paragraphRef(result.paragraph);
  if (ref === 'heading') {
    return `${paragraphHeading(ref)} ${meta.sections.indexOf(result.paragraph.text) + 1} of ${meta.sections.length}`;
  }
  if (typeof ref !== 'number') return paragraphHeading(ref);
  return `${paragraphLabel(ref)} of ${meta.paragraphCount} · ${escapeMarkdown(result.section ?? 'Opening')}`;
}

export function footer(meta: ArticleMeta, extra: string): string {
  return clip(`Opinion column · “${meta.title}” · ${meta.author}, ${meta.outlet} · ${extra}`, LIMITS.footerText);
}

/**
 * What a "related" reply says the article lacks, finishing "…but does not say …". A date asked of
 * the piece itself (its title, byline or disclaimer the closest passage) is when it was
 * written, which the copy does not carry but the data knows roughly.
 */
function missingText(missing: Missing, meta: ArticleMeta, ofThePiece: boolean): string {
  if (missing === 'date' && ofThePiece) {
    return `when it was written: the copy carries no date, though the column dates from ${meta.published}`;
  }
  return {
    date: 'when: it gives no date for this',
    number: 'how many or how much: it gives no figure for this',
    outcome: 'how it turned out: the column was written before any outcome',
    current: `how things stand now: the column dates from ${meta.published}`,
    reason: 'why: it reports this without giving the reason',
    detail: 'that: it does not give this detail',
    definition: 'what or who it is: it only names it (for people and groups, try `/who`)',
    view: 'what they say, think or want on this: it reports no words or view of theirs on it',
  }[missing];
}
const RELATED_COLOUR = 0xf0b232;
/** The passages that are the piece itself: a date asked of them is when it was written ("phd year?" finds the bio). */
const PIECE_ITSELF: ReadonlySet<string> = new Set(['title', 'byline', 'disclaimer']);

/** Says plainly, before any passage, that the article touches the question but does not answer it. */
function relatedNotice(answer: AskAnswer, result: AskResult, meta: ArticleMeta): string {
  // What this paragraph itself mentions, in its own words: a word the question matched elsewhere is
  // not here. Each thing once, in the form the question used where the passage has it ("Iran" for
  // "northern iran", not "Iranian"), without a possessive's "’s".
  const asked = new Set(tokenize(answer.query).map((t) => t.word));
  const forms = new Map<string, string[]>();
  for (const part of result.marked) {
    if (!part.match) continue;
    const text = part.text.replace(/['’]s$/, '');
    const key =
      termsOf(text)
        .map((t) => t.term)
        .join(' ') || text.toLowerCase();
    forms.set(key, [...(forms.get(key) ?? []), text]);
  }
  const mentioned = [...forms.values()].map(
    (texts) => texts.find((text) => tokenize(text).every((t) => asked.has(t.word))) ?? texts[0]!,
  );
  const subject = mentioned.length > 0 ? mentioned.map(escapeMarkdown).join(', ') : 'this subject';
  return `⚠️ **The article does not answer this.** It mentions ${subject} (${paragraphLabel(paragraphRef(result.paragraph))}) but does not say ${missingText(answer.missing ?? 'detail', meta, PIECE_ITSELF.has(result.paragraph.kind))}. The closest passage:`;
}

/**
 * Says, before the passage, that the question was mostly in another language, or which of its
 * words could not be read: the passage is on the words read, and whether the article answers the
 * question cannot be told.
 */
function otherLanguageNotice(answer: AskAnswer, result: AskResult): string {
  const read = answer.matchedWords.length > 0 ? answer.matchedWords.map(escapeMarkdown).join(', ') : 'a few words';
  if (answer.unread) {
    return `⚠️ **I could not read every word** (${answer.unread.map(escapeMarkdown).join(', ')}), so I cannot tell whether the article answers this: ask again in English for an answer. The passage on the words I could match (${read}), ${paragraphLabel(paragraphRef(result.paragraph))}:`;
  }
  return `⚠️ **I read questions in English**, so I cannot tell whether the article answers this one: ask again in English for an answer. The passage on the words of it I could match (${read}), ${paragraphLabel(paragraphRef(result.paragraph))}:`;
}

/** Why this passage was chosen, in a member's terms: the words it matched, or the whole-piece route. */
function why(answer: AskAnswer): string {
  if (answer.wholePiece) {
    return answer.forecastFirst
      ? "about the article as a whole: the author's forecast, then his thesis and conclusion"
      : "about the article as a whole: the author's thesis and conclusion";
  }
  return answer.matchedWords.length > 0 ? `matched: ${answer.matchedWords.join(', ')}` : 'closest passage';
}

function resultEmbed(
  answer: AskAnswer,
  index: number,
  meta: ArticleMeta,
  passage: string,
  whole = false,
): EmbedBuilder {
  const result = answer.results[index]!;
  const related = answer.verdict === 'related';
  const notice = !related
    ? ''
    : answer.otherLanguage
      ? otherLanguageNotice(answer, result)
      : relatedNotice(answer, result, meta);
  const body = related ? `${notice}\n${passage}` : passage;
  const lead = result.speakers[0];
  const fields = result.speakers.slice(0, MAX_SPEAKER_FIELDS).map((s) => {
    const line = speakerLine(s);
    return { name: clip(line.name, LIMITS.fieldName), value: clip(line.value, LIMITS.fieldValue) };
  });
  const hidden = result.speakers.length - fields.length;
  // Every embed here is given whole to the constructor: the setters' type checks build an error
  // object per nullable field even with validators off, the costliest part of rendering a reply.
  return new EmbedBuilder({
    title: questionTitle(answer.query),
    color: related ? RELATED_COLOUR : lead ? STANCE_STYLE[lead.stance.label].colour : NEUTRAL_COLOUR,
    description: clip(body, LIMITS.embedDescription),
    fields: [
      { name: 'Where', value: where(result, meta), inline: true },
      { name: 'Whose view', value: clip(whoseView(whole ? result.speakers : result.voices, meta), LIMITS.fieldValue) },
      ...fields,
      ...(hidden > 0 ? [{ name: 'More speakers', value: `${hidden} more in this paragraph.` }] : []),
      ...(answer.wholePiece ? [{ name: 'The whole article', value: WHOLE_PIECE_HINT }] : []),
    ],
    footer: {
      text: footer(
        meta,
        `${answer.speaker ? `only ${answer.speaker.name} · ` : ''}${related ? 'related' : 'match'} ${index + 1} of ${answer.results.length} · ${why(answer)}`,
      ),
    },
  });
}

function buttons(answer: AskAnswer, index: number, showingWhole: boolean): ActionRowBuilder<ButtonBuilder> {
  const speaker = answer.speaker ? { speaker: answer.speaker.id } : {};
  // The title, photo credit, byline, bio and disclaimer state facts about the piece: there is no other side to them.
  const sided = answer.results[index]?.paragraph.kind === 'body';
  // A section heading is shown whole already.
  const heading = answer.results[index]?.paragraph.kind === 'heading';
  // Buttons re-run the question read back from the title; a title that had to be cut cannot be.
  const stuck = questionFromTitle(questionTitle(answer.query)) === undefined;
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(
        encodeButtonId({ kind: 'ask', view: 'page', page: Math.max(index - 1, 0), ...speaker, label: 'prev' }),
      )
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(stuck || index === 0),
    new ButtonBuilder()
      .setCustomId(encodeButtonId({ kind: 'ask', view: 'page', page: index + 1, ...speaker, label: 'more' }))
      .setLabel('More matches')
      .setStyle(ButtonStyle.Primary)
      .setDisabled(stuck || index + 1 >= answer.results.length),
    new ButtonBuilder()
      .setCustomId(encodeButtonId({ kind: 'ask', view: 'whole', page: index, ...speaker }))
      .setLabel(showingWhole ? 'Showing whole paragraph' : 'Whole paragraph')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(stuck || showingWhole || heading),
    new ButtonBuilder()
      .setCustomId(encodeButtonId({ kind: 'ask', view: 'other', page: index, ...speaker }))
      .setLabel('Other side')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(stuck || !sided),
  );
}

/** The one button under an "Other side" view: back to the answer's page it was opened from. */
export function backButton(page: number, speaker: string | undefined): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeButtonId({ kind: 'ask', view: 'page', page, label: 'back', ...(speaker ? { speaker } : {}) }))
      .setLabel('Back to the answer')
      .setStyle(ButtonStyle.Secondary),
  );
}

/** The /ask reply: one result per page, the matched words marked, with whose view it is. */
export function renderAskReply(answer: AskAnswer, meta: ArticleMeta, page = 0): ReplyPayload {
  if (answer.results.length === 0) return renderNoAnswer(answer, meta);
  const index = Math.min(Math.max(page, 0), answer.results.length - 1);
  const body = `> ${markExcerpt(answer.results[index]!.excerpt)}`;
  return payload({
    ...tooLongContent(answer.clipped, 'question'),
    embeds: [resultEmbed(answer, index, meta, body).toJSON()],
    components: [buttons(answer, index, false).toJSON()],
  });
}

/** The same page with the whole paragraph in place of the excerpt. */
export function renderWholeParagraph(answer: AskAnswer, meta: ArticleMeta, page: number): ReplyPayload {
  const index = Math.min(Math.max(page, 0), answer.results.length - 1);
  const result = answer.results[index];
  if (!result) return renderNoAnswer(answer, meta);
  const body = markExcerpt(result.marked);
  return payload({
    ...tooLongContent(answer.clipped, 'question'),
    embeds: [resultEmbed(answer, index, meta, `> ${body}`, true).toJSON()],
    components: [buttons(answer, index, true).toJSON()],
  });
}

const WHOLE_PIECE_HINT =
  "This is the author's own argument; **More matches** shows the rest of it. For a summary of the whole column, use `/summary`.";

const NO_ANSWER_TEXT: Record<NonNullable<AskAnswer['reason']>, string> = {
  empty: 'Type a question about the article after `/ask`.',
  'no-search-words': 'That question has no words to search for. Try naming what you want to know about.',
  'not-in-article':
    'Nothing in the article answers that: it is not about this. The article is an opinion column on how the Iranian-Russian alliance in Syria is coming apart, and why Iran stands to lose most.',
  'speaker-silent': 'The article gives this speaker no words on that.',
  thanks:
    'You’re welcome! Come back with any other question about the article, or use `/summary` for the whole column.',
  'small-talk':
    'Hi! I answer questions about one article: an opinion column on how the Iranian-Russian alliance in Syria is coming apart. Ask me anything about it.',
  'about-the-bot':
    'I’m a bot, not a person: I answer questions about one article, an opinion column on how the Iranian-Russian alliance in Syria is coming apart. I quote its own text, say whose view each passage gives, take no side and know nothing beyond it. If you can read this, I’m up. Ask me anything about the article, or try `/summary`.',
  'not-english':
    'I could read only a few words of that: I read questions in English. Names, places and a word or two of other languages are fine, so ask again in English and I will find the passage.',
  'asks-if-true':
    'The article cannot settle that: it is an opinion column, giving the author’s view and the views he reports, not established fact. Ask about a claim to see who makes it, or use `/summary` for the argument.',
  'asks-if-neutral':
    'It is an opinion column: it argues the author’s own view, so it does not set out to be neutral, and each reply here says whose view a passage gives. Ask about a claim to see who makes it, or use `/summary` for the argument.',
};

export function renderNoAnswer(answer: AskAnswer, meta: ArticleMeta): ReplyPayload {
  const reason = answer.reason ?? 'not-in-article';
  if (reason === 'speaker-silent' && answer.speaker) return renderSpeakerSilent(answer, answer.speaker.name, meta);
  const embed = new EmbedBuilder({
    title: answer.query ? questionTitle(answer.query) : 'Ask about the article',
    color: 0x99aab5,
    description: NO_ANSWER_TEXT[reason],
    // Thanks or a goodbye closes a conversation: suggestions of what to ask would read as not listening.
    ...(reason === 'thanks'
      ? {}
      : {
          fields: [
            {
              name: 'Try asking about',
              value: [
                ...meta.sections.map((s) => `• ${escapeMarkdown(s)}`),
                '• who will lose most in Syria',
                '• what Iranian officials and analysts say about Russia',
              ].join('\n'),
            },
            { name: 'Looking for a person?', value: 'Use `/who` with a name, e.g. `/who Abadi` or `/who Putin`.' },
          ],
        }),
    footer: { text: footer(meta, 'no match') },
  });
  return payload({ ...tooLongContent(answer.clipped, 'question'), embeds: [embed.toJSON()], ephemeral: true });
}

/**
 * `speaker:` someone who says nothing on the question: say so, then offer the passage that does
 * cover it, with whose view that is, so the member is not left with nothing.
 */
function renderSpeakerSilent(answer: AskAnswer, name: string, meta: ArticleMeta): ReplyPayload {
  const { elsewhere } = answer;
  // A group says nothing in the plural: "Some in the Iranian regime say nothing on this".
  const says = answer.speaker?.kind === 'group' ? 'say' : 'says';
  const silent = `🔇 **${escapeMarkdown(name)} ${says} nothing on this in the article.**`;
  const embed = new EmbedBuilder({
    title: questionTitle(answer.query),
    color: 0x99aab5,
    ...(elsewhere
      ? {
          description: clip(
            `${silent} The passage that does cover it:\n> ${markExcerpt(elsewhere.excerpt)}`,
            LIMITS.embedDescription,
          ),
          fields: [
            { name: 'Where', value: where(elsewhere, meta), inline: true },
            { name: 'Whose view', value: clip(whoseView(elsewhere.voices, meta), LIMITS.fieldValue) },
          ],
        }
      : { description: `${silent} Nor does anyone else: the article does not cover it.` }),
    footer: { text: footer(meta, `only ${name} · no match`) },
  });
  return payload({ ...tooLongContent(answer.clipped, 'question'), embeds: [embed.toJSON()] });
}

/** "Other side": the closest passage on the subject from a speaker with another stance, or that the article gives one. */
export function renderOtherSide(side: OtherSide, meta: ArticleMeta): ReplyPayload {
  const { answer, other, speaker, shown } = side;
  const back = backButton(side.page, answer.speaker?.id).toJSON();
  if (!shown) return renderNoAnswer(answer, meta);
  // Each voice with its own stance, in words that agree with it: "some in the Iranian regime (distrust Russia)".
  const shownWho =
    [
      ...new Set(shown.voices.map((v) => `${escapeMarkdown(v.nameInSentence)} (${describeStance(v.stance.label, v)})`)),
    ].join(', ') || 'the passage (no side)';
  if (!other || !speaker) {
    const embed = new EmbedBuilder({
      title: questionTitle(answer.query),
      color: NEUTRAL_COLOUR,
      description: `⚖️ **The article gives only one side on this.** No other passage on it gives a speaker who takes a different stance from ${shownWho}.`,
      footer: { text: footer(meta, 'other side · none') },
    });
    return payload({ embeds: [embed.toJSON()], components: [back] });
  }
  const line = speakerLine(speaker);
  const embed = new EmbedBuilder({
    title: questionTitle(answer.query),
    color: STANCE_STYLE[speaker.stance.label].colour,
    description: clip(
      `⚖️ **Another side:** ${escapeMarkdown(speaker.nameInSentence)} (${describeStance(speaker.stance.label, speaker)}), where the answer gave ${shownWho}.\n> ${markExcerpt(other.excerpt)}`,
      LIMITS.embedDescription,
    ),
    fields: [
      { name: 'Where', value: where(other, meta), inline: true },
      { name: 'Whose view', value: clip(whoseView(other.voices, meta), LIMITS.fieldValue) },
      { name: clip(line.name, LIMITS.fieldName), value: clip(line.value, LIMITS.fieldValue) },
    ],
    footer: { text: footer(meta, `other side of match ${side.page + 1}`) },
  });
  return payload({ embeds: [embed.toJSON()], components: [back] });
}
