import { z } from 'zod';

/*
 * The generated word files (neighbours, thesaurus, English words, word-vector stems) hold some
 * 100,000 strings. Checked one element at a time through zod they cost about 100 ms of every
 * start-up; these schemas check a whole list in one loop and still name the first bad entry.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of strings, each matching `pattern` when one is given; `message` says what an entry must be. */
export function stringList(message: string, pattern?: RegExp): z.ZodType<string[], string[]> {
  return z
    .custom<string[]>((value) => Array.isArray(value), 'must be a list')
    .superRefine((list, ctx) => {
      const at = list.findIndex(
        (entry: unknown) => typeof entry !== 'string' || (pattern !== undefined && !pattern.test(entry)),
      );
      if (at >= 0) ctx.addIssue({ code: 'custom', path: [at], message });
    });
}

/**
 * A list of strings, each trimmed, each at least `min` characters once trimmed; `message` says
 * what an entry must be. For the article's 2,480 reader questions, which one by one through zod
 * cost some 15 ms of every start-up.
 */
export function trimmedStringList(message: string, min: number): z.ZodType<string[], string[]> {
  return z
    .custom<string[]>((value) => Array.isArray(value), 'must be a list')
    .superRefine((list, ctx) => {
      const at = list.findIndex((entry: unknown) => typeof entry !== 'string' || entry.trim().length < min);
      if (at >= 0) ctx.addIssue({ code: 'custom', path: [at], message });
    })
    .transform((list) => list.map((entry) => entry.trim()));
}

/** An object of non-empty word lists: each key matching `keyPattern`, each word a non-empty string. */
export function wordLists(keyPattern: RegExp): z.ZodType<Record<string, string[]>, Record<string, string[]>> {
  return z.custom<Record<string, string[]>>(isObject, 'must be an object of word lists').superRefine((lists, ctx) => {
    for (const key of Object.keys(lists)) {
      const list: unknown = lists[key];
      if (!keyPattern.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `the key must match ${String(keyPattern)}` });
        return;
      }
      if (!Array.isArray(list) || list.length === 0) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be a non-empty list of words' });
        return;
      }
      const at = list.findIndex((word: unknown) => typeof word !== 'string' || word === '');
      if (at >= 0) {
        ctx.addIssue({ code: 'custom', path: [key, at], message: 'must be a non-empty string' });
        return;
      }
    }
  });
}
