import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';

type Option = {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  min_length?: number;
  max_length?: number;
  autocomplete?: boolean;
  choices?: Array<{ name: string; value: string }>;
};
type Command = {
  name: string;
  type?: number;
  description: string;
  options?: Option[];
  contexts?: number[];
  default_member_permissions?: string | null;
};

const all = commands.map((c) => c.data.toJSON() as unknown as Command);
/** Slash commands (type 1, the default); context-menu commands follow other rules, checked below. */
const definitions = all.filter((d) => (d.type ?? 1) === 1);
const menus = all.filter((d) => (d.type ?? 1) !== 1);
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('slash command definitions follow Discord’s rules', () => {
  it.each(definitions.map((d) => [d.name, d] as const))('/%s', (_name, command) => {
    expect(command.name).toMatch(NAME);
    expect(command.description.length).toBeGreaterThanOrEqual(1);
    expect(command.description.length).toBeLessThanOrEqual(100);
    const options = command.options ?? [];
    expect(options.length).toBeLessThanOrEqual(25);
    // Required options come first, as Discord demands.
    const firstOptional = options.findIndex((o) => !o.required);
    if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
    for (const option of options) {
      expect(option.name).toMatch(NAME);
      expect(option.description.length).toBeLessThanOrEqual(100);
      if (option.type === 3 && !option.choices) {
        expect(option.min_length).toBeGreaterThanOrEqual(1);
        expect(option.max_length).toBeLessThanOrEqual(6000);
      }
      expect((option.choices ?? []).length).toBeLessThanOrEqual(25);
      if (option.autocomplete) expect(option.choices).toBeUndefined();
    }
  });

  it('keeps the moderator commands guild-only and behind Pin Messages (1 << 51)', () => {
    for (const name of ['summary-post', 'summary-unpin']) {
      const command = definitions.find((d) => d.name === name)!;
      expect(command.contexts).toEqual([0]);
      expect(command.default_member_permissions).toBe(String(1n << 51n));
    }
    for (const name of ['ask', 'who', 'about', 'summary']) {
      expect(definitions.find((d) => d.name === name)!.contexts).toEqual([0, 1, 2]);
    }
  });

  it('registers "Check against the op-ed" as a message context-menu command where readers are', () => {
    expect(menus).toEqual([
      {
        name: 'Check against the op-ed',
        type: 3,
        contexts: [0, 1, 2],
        integration_types: [0],
        name_localizations: undefined,
        default_member_permissions: undefined,
        dm_permission: undefined,
      },
    ]);
    // Discord: 1-32 characters, any case and spaces, no description.
    expect(menus[0]!.name.length).toBeLessThanOrEqual(32);
  });
});
