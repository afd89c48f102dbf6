import { describe, expect, it } from 'vitest';
import { rewriteMatches, WordTable } from '../src/text/word-table.ts';

const table = new WordTable([
  ['what', 'wanem wetin'],
  ['why', '^bilong_wanem wetin_mek'],
  ['of', 'bilong'],
  ['', 'abeg bula_vinaka'],
]);
const read = (text: string) => rewriteMatches(text, table.matches(text));

describe('word tables', () => {
  it('reads the longest phrase the table holds at each word', () => {
    expect(read('wetin mek russia vex')).toBe('why russia vex');
    expect(read('wetin russia want')).toBe('what russia want');
  });

  it('reads a form marked for a sentence start only where a sentence starts', () => {
    expect(read('Bilong wanem Iran i no go?')).toBe('why Iran i no go?');
    expect(read('ok. bilong wanem iran stay')).toBe('ok. why iran stay');
    expect(read('em i bos bilong wanem ogenaisesen')).toBe('em i bos of what ogenaisesen');
  });

  it('drops a form read as nothing with the comma or space it leaves', () => {
    expect(read('abeg, who wrote this?')).toBe('who wrote this?');
    expect(read('Bula vinaka! who wrote this')).toBe('who wrote this');
    expect(read('who wrote this abeg ?')).toBe('who wrote this?');
  });

  it('folds forms and questions alike and leaves a text with no form as typed', () => {
    expect(read('WETÍN Russia want')).toBe('what Russia want');
    expect(read('  spaced   as typed ')).toBe('  spaced   as typed ');
  });
});
