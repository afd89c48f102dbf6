import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readInput, withoutMentions } from '../src/text/read-input.ts';

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
