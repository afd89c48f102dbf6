/** Pieces of text that have broken chat bots: mentions, markdown, search operators, odd unicode, bulk. */
const PIECES = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123>',
  '</ask:1>',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '`',
  '```',
  '||',
  '> ',
  '# ',
  '-# ',
  '1. ',
  '[x](https://e.example)',
  '\\',
  "'",
  '!',
  '^',
  '$',
  '=',
  '|',
  '"',
  '\'"',
  '!^=$',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud83d',
  '\r\n',
  '🇮🇷',
  '👨‍👩‍👧',
  'ﷺ',
  '𝕽𝖚𝖘𝖘𝖎𝖆',
  'Ｐｕｔｉｎ',
  'مُحَمَّد',
  '中文',
  'Ω≈ç√',
  'Putin',
  'withdrawal',
  'Abadi',
  'Russia',
  'alliance',
  'the',
  'x'.repeat(500),
  'ab'.repeat(3000),
];

/**
 * Deterministic hostile inputs (a linear congruential generator, so a failure reproduces from its
 * index), each at most 6,000 characters.
 */
export function* hostileInputs(count: number, seed = 20261126): Generator<string> {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    const parts = Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => PIECES[Math.floor(random() * PIECES.length)]!,
    );
    yield parts.join(random() < 0.5 ? ' ' : '').slice(0, 6000);
  }
}
