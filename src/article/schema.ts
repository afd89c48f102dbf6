import { z } from 'zod';
import { trimmedStringList } from './word-list-schema.ts';

/**
 * The fixed stance vocabulary. Each label reads as "what this speaker does here" so a reader can
 * tell at a glance where someone stands; `describe` and `emoji` live in src/render/stance-style.ts.
 */
export const STANCE_LABELS = [
  'predicts-split',
  'distrusts-russia',
  'rejects-withdrawal',
  'seeks-withdrawal',
  'urges-hedging',
  'sees-coordination',
  'describes',
  'not-quoted',
  'disclaims',
] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

/** How the article reports a speaker's words. */
export const REPORTING_MODES = ['own-voice', 'direct-claim', 'paraphrase', 'attributed-view'] as const;
export type ReportingMode = (typeof REPORTING_MODES)[number];

/**
 * `heading` is a section heading as a passage of its own ("what's the first subheading"): made from
 * `sections[].heading` when the article loads, never written among the paragraphs.
 */
export const PARAGRAPH_KINDS = ['title', 'credit', 'byline', 'body', 'bio', 'disclaimer', 'heading'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/**
 * Readers count body paragraphs only ("the third paragraph" is the third after the byline), so the
 * other kinds carry no number; each appears once and is referred to by its kind.
 */
export const UNNUMBERED_KINDS = [
  'title',
  'credit',
  'byline',
  'bio',
  'disclaimer',
] as const satisfies readonly ParagraphKind[];
export type UnnumberedKind = (typeof UNNUMBERED_KINDS)[number];

/**
 * A paragraph as readers and every data file refer to it: a body paragraph's number, or an unnumbered
 * kind. A section heading is a `heading`, told from the other by its section; data files never cite one.
 */
export type ParagraphRef = number | UnnumberedKind | 'heading';
export const paragraphRefSchema = z.union(
  [z.number().int().positive('body paragraphs are numbered from 1'), z.enum(UNNUMBERED_KINDS)],
  { error: `must be a body paragraph number (1, 2, 3…) or one of ${UNNUMBERED_KINDS.join(', ')}` },
);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "putin" or "p04"');
const sentence = z
  .string()
  .trim()
  .min(10, 'must be a full sentence')
  .max(400, 'must be one sentence of at most 400 characters');

export const stanceSchema = z.strictObject({
  label: z.enum(STANCE_LABELS),
  summary: sentence,
});

export const speakerSchema = z.strictObject({
  actor: id,
  reported: z.enum(REPORTING_MODES),
  /**
   * A verbatim phrase from each sentence of the paragraph that gives this speaker's words or view,
   * so a reply can say whose voice the quoted sentence is in.
   */
  sentences: z
    .array(z.string().trim().min(8, 'must be a verbatim phrase of at least 8 characters'))
    .min(1, 'name at least one sentence (a verbatim phrase of it) that gives this speaker’s words or view'),
  stance: stanceSchema,
});

export const sectionSchema = z.strictObject({
  id,
  heading: z.string().min(1),
});

export const paragraphSchema = z.strictObject({
  id,
  /** Body paragraphs: 1, 2, 3… in reading order, as readers count them. Every other kind: null. */
  number: z.number().int().positive().nullable(),
  kind: z.enum(PARAGRAPH_KINDS),
  /** Section id, or null for the opening before the first heading and for the end matter. */
  section: id.nullable(),
  text: z.string().min(1),
  speakers: z.array(speakerSchema),
  /** Actors named or clearly referred to without being reported as speaking. */
  mentions: z.array(id),
  topics: z.array(z.string().trim().min(2)).min(1, 'a paragraph needs at least one topic'),
  /**
   * How readers ask for what the paragraph says, in their words rather than the writer's
   * ("who comes off worst" for "the biggest loser"): written from the article alone.
   */
  questions: trimmedStringList('must be a reader question of at least 3 characters', 3),
});

export const articleSchema = z.strictObject({
  title: z.string().min(1),
  authorId: id,
  outlet: z.string().min(1),
  genre: z.literal('opinion'),
  /** The copy carries no date; `datedBy` says how the date was established. */
  published: z.strictObject({ approximate: z.string().min(1), datedBy: sentence }),
  omitted: z.array(z.string().min(1)),
  sections: z.array(sectionSchema).min(1),
  /** The author's thesis and conclusion paragraphs, most central first: what the piece as a whole says. */
  thesis: z.array(id).min(1, 'name at least one paragraph that states the thesis'),
  /** The thesis paragraph where the author states his forecast outright: asked what he predicts, it comes first. */
  prediction: id.optional(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const actorSchema = z.strictObject({
  id,
  /** A group is several people, spoken of in the plural ("Iranian newspapers distrust"); an organisation, one body. */
  kind: z.enum(['person', 'group', 'organisation']),
  /** As a heading shows it: starts with a capital ("Unnamed analysts"). */
  name: z
    .string()
    .min(2)
    .regex(/^\p{Lu}/u, 'must start with a capital letter, as a heading shows it'),
  /**
   * The name inside a sentence, where it differs from `name`: "a view the author attributes to
   * unnamed analysts", "the National Security and Foreign Policy Committee".
   */
  nameInSentence: z.string().min(2).optional(),
  aliases: z.array(z.string().min(2)),
  /**
   * Words the article uses for them that are too general to look up ("the regime", "the author"):
   * shown on the card where no name is, never matched against a reader's query.
   */
  mentionedAs: z.array(z.string().min(2)).default([]),
  /** Role or title exactly as the article gives it. */
  role: z.string().min(2),
  /**
   * How readers describe them when they do not know the name ("the writer", "the Russian
   * president"): looked up, never shown as the article's words, so the card keeps to `role`.
   */
  descriptions: z.array(z.string().min(2)),
  /** Well-known context beyond the article, shown marked as such; null where none is needed. */
  context: z.string().min(2).nullable(),
  country: z.string().min(2),
  stance: stanceSchema,
  paragraphs: z.array(paragraphRefSchema).min(1),
});

/** People a reader may look for who are not in the article, with whom they may mean instead. */
export const absentPersonSchema = z.strictObject({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  note: sentence,
  see: id.nullable(),
});

/** What a place is, for the reply "a country, not a person". */
export const PLACE_KINDS = ['country', 'capital', 'city', 'region', 'sea', 'nations'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Countries, cities and regions the article names: not people, but readers look them up. */
export const placeSchema = z.strictObject({
  id,
  kind: z.enum(PLACE_KINDS),
  name: z.string().min(2),
  /**
   * The words the article itself uses for it, matched as whole words with their case ("US" the
   * country, not "us"); `paragraphs` must list exactly the paragraphs they occur in.
   */
  namedAs: z.array(z.string().min(2)).min(1),
  /** Other names readers use ("the Kremlin" for Moscow, "America"): looked up, not searched for. */
  aliases: z.array(z.string().min(2)),
  paragraphs: z.array(paragraphRefSchema).min(1),
});

/** `nameInSentence` may change the name's case or put "the" before it, nothing else. */
function nameInSentenceFits(actor: z.infer<typeof actorSchema>, ctx: z.RefinementCtx): void {
  const forms = [actor.name, `the ${actor.name}`].map((form) => form.toLowerCase());
  if (actor.nameInSentence !== undefined && !forms.includes(actor.nameInSentence.toLowerCase())) {
    ctx.addIssue({
      code: 'custom',
      path: ['nameInSentence'],
      message: `must be "${actor.name}" or "the ${actor.name}", differing only in case`,
    });
  }
}

export const peopleSchema = z.strictObject({
  actors: z.array(actorSchema.superRefine(nameInSentenceFits)).min(1),
  absent: z.array(absentPersonSchema),
  places: z.array(placeSchema),
});

export type Article = z.infer<typeof articleSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type AbsentPerson = z.infer<typeof absentPersonSchema>;
export type Place = z.infer<typeof placeSchema>;
export type People = z.infer<typeof peopleSchema>;
