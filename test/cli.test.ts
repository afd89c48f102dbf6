import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function cli(args: string[], input?: string) {
  const run = spawnSync(tsx, ['src/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI (spawned)', () => {
  it('prints one JSON object for ask --json in the documented shape', () => {
    const { code, stdout, stderr } = cli(['ask', '--json', 'Who will be the biggest loser in Syria?']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['query', 'verdict', 'results']);
    expect(answer.query).toBe('Who will be the biggest loser in Syria?');
    expect(answer.verdict).toBe('answer');
    expect(Object.keys(answer.results[0])).toEqual([
      'id',
      'paragraph',
      'section',
      'text',
      'excerpt',
      'score',
      'speakers',
    ]);
    expect(answer.results[0]).toMatchObject({ id: 'p05', paragraph: 3, section: null });
    expect(answer.results[0].excerpt).toContain('**biggest** **loser**');
    expect(answer.results[0].speakers[0]).toEqual({
      id: 'al-sulami',
      name: 'Mohammed al-Sulami',
      stance: 'predicts-split',
    });
  });

  it('numbers paragraphs as a reader counts them and names the byline', () => {
    const answer = JSON.parse(cli(['ask', '--json', 'who wrote this']).stdout);
    expect(answer.results.map((r: { id: string; paragraph: unknown }) => [r.id, r.paragraph])).toEqual([
      ['p02', 'byline'],
      ['p16', 'bio'],
    ]);
  });

  it('says when a question was too long to read whole, in text and in JSON', () => {
    const long = `Who will be the biggest loser in Syria?${' Why?'.repeat(1000)}`;
    const text = cli(['ask', long]).stdout;
    expect(text.split('\n')[0]).toBe(
      'Your question is 5,039 characters long; I read the first 200. Ask a shorter question for a better answer.',
    );
    const answer = JSON.parse(cli(['ask', '--json', long]).stdout);
    expect(Object.keys(answer)).toEqual(['query', 'clipped', 'verdict', 'results']);
    expect(answer.clipped).toEqual({ read: 200, length: 5039 });
    expect(answer.results[0].paragraph).toBe(3);
  });

  it('answers a batch from stdin as JSON Lines, in order, with empty results off-topic', () => {
    // One misspelling in the middle question; two ("azerbijan embassador") sit on the answer/related line.
    const { code, stdout } = cli(['ask'], 'pancake recipe\nwho was ambasador to azerbaijan\n\n');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['pancake recipe', 'who was ambasador to azerbaijan', '']);
    expect(lines.map((l) => l.verdict)).toEqual(['none', 'answer', 'none']);
    expect(lines[0].results).toEqual([]);
    expect(lines[1].results[0].text).toContain('ambassador to Azerbaijan');
  });

  it('looks people up with who --json and in batch', () => {
    expect(JSON.parse(cli(['who', '--json', 'putn']).stdout)).toEqual({
      query: 'putn',
      match: {
        id: 'putin',
        name: 'Putin',
        aliases: expect.any(Array),
        role: expect.any(String),
        stance: 'not-quoted',
        paragraphs: [3, 4, 8],
      },
      suggestions: [],
    });
    const lines = cli(['who'], 'Khamenei\nObama\n')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { query: 'Khamenei', match: null, suggestions: [{ id: 'khomeini', name: 'Ayatollah Khomeini' }] },
      { query: 'Obama', match: null, suggestions: [] },
    ]);
  });

  it('prints a readable reply as text', () => {
    const { stdout } = cli(['who', 'netanyahoo']);
    expect(stdout).toContain('Benjamin Netanyahu');
    expect(stdout).toContain('Appears in paragraph');
  });

  it('sends usage errors to stderr with a non-zero exit and a clean stdout', () => {
    const bad = cli(['summarise', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown command "summarise"');
    expect(cli(['ask', '--jsn', 'x']).stderr).toContain('unknown option --jsn');
  });
});

describe('CLI check', () => {
  it('prints the verdict, sentence, passage and speaker as one JSON object', () => {
    const { code, stdout } = cli(['check', '--json', 'Iran is going to win in Syria']);
    expect(code).toBe(0);
    const check = JSON.parse(stdout);
    expect(Object.keys(check)).toEqual(['claim', 'verdict', 'sentence', 'passage', 'speaker', 'conflict', 'closest']);
    expect(check).toMatchObject({
      verdict: 'contradicted',
      passage: { id: 'p05', paragraph: 3 },
      speaker: { id: 'al-sulami', stance: 'predicts-split', reported: 'own-voice' },
      conflict: { claim: 'win', article: 'loser' },
    });
  });

  it('reads claims a line at a time in batch mode, answering in order', () => {
    const { stdout } = cli(['check'], 'Iran will be the biggest loser in Syria\nthe price of oil will go up\n');
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).verdict),
    ).toEqual(['supported', 'unaddressed']);
  });
});
