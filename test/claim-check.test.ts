import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { checkClaim } from '../src/search/claim-check.ts';

const core = createCore();
const verdict = (claim: string) => {
  const check = checkClaim(core.search, claim);
  return { verdict: check.verdict, speaker: check.speaker?.id ?? null, conflict: check.conflict };
};

describe('checking a message against the op-ed', () => {
  it.each([
    ['Iran will be the biggest loser in Syria', 'al-sulami'],
    ['Khomeini warned that Russians always break their promises', 'khomeini'],
    ['Russia and Israel are coordinating', 'soleimani'],
    ['Tehran says it will refuse to withdraw from Syria', 'abadi'],
  ])('supports %j, as the view of %s', (claim, speaker) => {
    expect(verdict(claim)).toEqual({ verdict: 'supported', speaker, conflict: null });
  });

  it('finds the opposite word: "win" where the article says "loser"', () => {
    expect(verdict('Iran is going to win in Syria')).toEqual({
      verdict: 'contradicted',
      speaker: 'al-sulami',
      conflict: { claim: 'win', article: 'loser' },
    });
  });

  it('does not take a sentence about Iran as bearing on a claim about Russia', () => {
    expect(verdict('russia is gonna be the big loser lol')).toMatchObject({ verdict: 'unaddressed' });
  });

  it('reads "unlikely to resurrect their former warm relations" as saying the warmth is gone', () => {
    expect(verdict('russia and iran have warm relations')).toMatchObject({ verdict: 'contradicted' });
  });

  it.each([
    'honestly iran is gonna be the big winner in syria after all this',
    'the author thinks iran will win big in syria',
    'iran will totally win in syria tbh',
  ])('reads %j past who holds it and how strongly it is put', (claim) => {
    expect(verdict(claim)).toMatchObject({ verdict: 'contradicted', speaker: 'al-sulami' });
  });

  it('finds a negation the article lacks, and ignores "not unlikely" and "no doubt"', () => {
    expect(verdict('Russia is not prioritizing its own interests')).toMatchObject({
      verdict: 'contradicted',
      conflict: { claim: 'not', article: '' },
    });
    expect(verdict('Russia, the US, Israel and Turkey may be coordinating')).toMatchObject({ verdict: 'supported' });
  });

  it.each([
    ['Abadi said Iran would withdraw from Syria', 'abadi', { claim: '', article: 'not' }],
    ['Khomeini said Russians always keep their promises', 'khomeini', { claim: 'keep', article: 'reneged' }],
    ["Iran has troops in Syria at Russia's request", 'abadi', { claim: '', article: 'not' }],
  ])('reads a refusal, denial or broken promise in the article as contradicting %j', (claim, speaker, conflict) => {
    expect(verdict(claim)).toEqual({ verdict: 'contradicted', speaker, conflict });
  });

  it('does not take "the risk of a US attack on Russia" as saying the US attacked Russia', () => {
    expect(verdict('The US attacked Russia')).toEqual({ verdict: 'unaddressed', speaker: null, conflict: null });
  });

  it('takes a refusal both say as agreement: "renege" where the article says "reneged"', () => {
    expect(verdict('khomeini said russians always renege on their promises')).toEqual({
      verdict: 'supported',
      speaker: 'khomeini',
      conflict: null,
    });
    expect(verdict('Tehran would refuse to withdraw')).toMatchObject({ verdict: 'supported', conflict: null });
  });

  it.each([
    ['the author says russia betrayed iran', 'Mohammed al-Sulami', 'Some in the Iranian regime'],
    ['putin said iran no longer serves his needs', 'Putin', 'Mohammed al-Sulami'],
    ['soleimani says iran will be the biggest loser', 'Afshar Soleimani', 'Mohammed al-Sulami'],
  ])('says whose view %j is when the message gives it to someone else', (claim, claimed, speaker) => {
    expect(checkClaim(core.search, claim)).toMatchObject({ verdict: 'supported', heldBy: { claimed, speaker } });
  });

  it("writes a name ending in s with an apostrophe alone: the newspapers' view", async () => {
    const { renderCheck } = await import('../src/render/check-reply.ts');
    const reply = renderCheck(
      checkClaim(core.search, 'the iranian newspapers said iran will be the biggest loser'),
      core.meta,
    );
    expect(reply.embeds?.[0]?.description).toContain("But not as Iranian newspapers' view:");
  });

  it('names no one else when the message gives the view to its speaker', () => {
    expect(checkClaim(core.search, 'the author says iran will be the biggest loser').heldBy).toBeNull();
    expect(checkClaim(core.search, 'abadi said tehran would refuse to withdraw').heldBy).toBeNull();
  });

  it.each(['Iran', 'Russia', 'iran iran'])('has too little to check in %j: one subject, no claim about it', (claim) => {
    const check = checkClaim(core.search, claim);
    expect(check).toMatchObject({ verdict: 'unaddressed', match: null, closest: null });
  });

  it.each(['China is sending troops to Syria', 'the price of oil will go up next year', 'lol this bot is cool', ''])(
    'does not address %j',
    (claim) => {
      expect(verdict(claim)).toEqual({ verdict: 'unaddressed', speaker: null, conflict: null });
    },
  );

  it('points at where the article names someone a claim it does not address is about', () => {
    const check = checkClaim(core.search, 'putin is bald');
    expect(check.verdict).toBe('unaddressed');
    expect(check.closest?.excerpt.map((part) => part.text).join('')).toContain('between Putin and Trump');
  });
});
