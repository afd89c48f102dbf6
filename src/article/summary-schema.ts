import { z } from 'zod';
import { paragraphRefSchema } from './schema.ts';

/** The summary parts a moderator can post; sections are named by the article's section ids. */
export const SUMMARY_KINDS = ['whole', 'section', 'who-stands-where', 'key-claims'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');

/** One summary sentence and the paragraphs it draws from, numbered as readers count them. */
export const summarySentenceSchema = z.strictObject({
  text: z.string().trim().min(10, 'must be a full sentence').max(600, 'must be at most 600 characters'),
  cites: z.array(paragraphRefSchema).min(1, 'every summary sentence must cite a paragraph'),
  /** Whose view the sentence gives: the author's own, or attributed to the actors named. */
  voice: z.enum(['author', 'attributed', 'fact']),
  /** Actors the sentence is about or attributes to (ids in data/people.json). */
  actors: z.array(id),
});

export const summaryPartSchema = z.strictObject({
  /** "whole", "who-stands-where", "key-claims", or "section-<section id>". */
  id,
  kind: z.enum(SUMMARY_KINDS),
  /** For kind "section": the section id in data/article.json; null otherwise. */
  section: id.nullable(),
  title: z.string().min(2).max(100),
  sentences: z.array(summarySentenceSchema).min(1).max(20),
});

export const summariesSchema = z.strictObject({
  parts: z.array(summaryPartSchema).min(1),
});

export type SummaryPart = z.infer<typeof summaryPartSchema>;
export type SummarySentence = z.infer<typeof summarySentenceSchema>;
export type Summaries = z.infer<typeof summariesSchema>;
