import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { BUTTON_PREFIXES, decodeButtonId, encodeButtonId, type ButtonId } from '../src/render/custom-id.ts';

describe('button custom ids', () => {
  it.each<[ButtonId, string]>([
    [{ kind: 'ask', view: 'page', page: 1, label: 'more' }, 'ask:page:1:more'],
    [{ kind: 'ask', view: 'page', page: 0, label: 'back', speaker: 'abadi' }, 'ask:page:0:back:abadi'],
    [{ kind: 'ask', view: 'whole', page: 2 }, 'ask:whole:2'],
    [{ kind: 'ask', view: 'other', page: 0, speaker: 'soleimani' }, 'ask:other:0:soleimani'],
    [{ kind: 'who', actorId: 'khomeini' }, 'who:show:khomeini'],
    [{ kind: 'pin', partId: 'section-opening' }, 'summary:pin:section-opening'],
    [{ kind: 'share' }, 'check:share'],
  ])('%o is written %s and read back the same', (id, customId) => {
    expect(encodeButtonId(id)).toBe(customId);
    expect(decodeButtonId(customId)).toEqual(id);
  });

  it.each(['', 'ask:page', 'ask:page::more', 'ask:page:x:more', 'ask:nope:1', 'who:show:', 'summary:pin:', 'other'])(
    'reads %j as none of the bot’s buttons',
    (customId) => {
      expect(decodeButtonId(customId)).toBeUndefined();
    },
  );

  it('routes every kind to exactly one command module', () => {
    const prefixes = commands.flatMap((c) => c.buttonPrefixes ?? []);
    expect([...prefixes].sort()).toEqual(Object.values(BUTTON_PREFIXES).flat().sort());
  });
});
