import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface AskCase {
  q: string;
  gold: string[];
}
export interface WhoCase {
  q: string;
  gold: string | null;
}

/** The team's development sets live beside the repo; our own blind hold-out sets live in bench/. */
export const SETS = {
  askDev: fileURLToPath(new URL('../../shared/eval/ask-dev.jsonl', import.meta.url)),
  whoDev: fileURLToPath(new URL('../../shared/eval/who-dev.jsonl', import.meta.url)),
  askHoldout: fileURLToPath(new URL('./ask-holdout.jsonl', import.meta.url)),
  askHoldout2: fileURLToPath(new URL('./ask-holdout-2.jsonl', import.meta.url)),
  whoHoldout: fileURLToPath(new URL('./who-holdout.jsonl', import.meta.url)),
};

export function readCases<T>(path: string): T[] | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
