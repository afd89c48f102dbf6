import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readInput, withoutMarkdown, withoutMentions } from '../src/text/read-input.ts';

describe('input as the core reads it', () => {
  it('puts it on one line, trimmed, and says where it cut', () => {
    expect(readInput('  who \n wrote\tthis ', 200)).toEqual({ text: 'who wrote this' });
    expect(readInput('abcdef', 4)).toEqual({ text: 'abcd', clipped: { read: 4, length: 6 } });
  });
});

describe('mentions in a question', () => {
  it('are left out of what is searched: users, roles, channels, commands, everyone and here', () => {
    expect(withoutMentions('@everyone what is this about')).toBe('what is this about');
    expect(withoutMentions('<@!1> <@&2> <#3> </ask:4> who wrote this @here')).toBe('who wrote this');
  });

  it('leaves text with none as it is, and an address that holds "@here" alone', () => {
    expect(withoutMentions('  spaced   as typed ')).toBe('  spaced   as typed ');
    expect(withoutMentions('mail bob@here.com')).toBe('mail bob@here.com');
  });

  it('do not change the answer: "@everyone what is this about" asks about the piece', () => {
    const { search } = createCore();
    expect(search.ask('@everyone what is this about')).toMatchObject({ verdict: 'answer', wholePiece: true });
    expect(search.ask('<@123> who wrote this').results[0]?.paragraph.kind).toBe('byline');
    // The question the reply echoes keeps them: the stateless buttons read it back from the title.
    expect(search.ask('@everyone what is this about').query).toBe('@everyone what is this about');
  });
});

describe('markdown in a question', () => {
  it('keeps the words marked up and drops the marks, code blocks and link addresses', () => {
    expect(withoutMarkdown('**who** _said_ `iran` ~~loses~~')).toBe('who said iran loses');
    expect(withoutMarkdown('[click here](https://evil.example) who said iran loses')).toBe(
      'click here who said iran loses',
    );
    expect(withoutMarkdown('```js\nconsole.log(1)``` who wrote this')).toBe('who wrote this');
    expect(withoutMarkdown('> what is the main argument')).toBe('what is the main argument');
  });

  it('reads a question fenced in a code block as the question, when the block is all there is', () => {
    expect(withoutMarkdown('```who wrote this```')).toBe('who wrote this');
    expect(withoutMarkdown('```\nwhat does abadi say\n```')).toBe('what does abadi say');
    expect(withoutMarkdown('``````')).toBe('');
  });

  it('leaves plain text, and underscores inside a word, as typed', () => {
    expect(withoutMarkdown('who is al_sulami')).toBe('who is al_sulami');
    expect(withoutMarkdown('what does russia want')).toBe('what does russia want');
  });

  it('routes a marked-up "who said" as the plain one', () => {
    const { search } = createCore();
    expect(search.whoSaid('**who** _said_ Tehran would refuse to withdraw')?.speaker).toBe('abadi');
  });
});
