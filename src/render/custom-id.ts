/**
 * Every button the bot draws, as its custom id carries it. Buttons are stateless: the id holds all
 * a press needs besides the message it sits on, so any process can answer it. Ids are built and
 * read here only; each command module answers the prefixes of its own kinds.
 */
export type ButtonId =
  /** /ask: a page as an excerpt, as the whole paragraph, or its other side; `speaker` keeps paging to one voice. */
  | { kind: 'ask'; view: 'page' | 'whole' | 'other'; page: number; label?: 'more' | 'prev' | 'back'; speaker?: string }
  /** "Show X" on a /who "did you mean". */
  | { kind: 'who'; actorId: string }
  /** "Pin" on a posted summary. */
  | { kind: 'pin'; partId: string }
  /** "Share in channel" on a private check. */
  | { kind: 'share' };

export type AskButton = Extract<ButtonId, { kind: 'ask' }>;

const ASK_VIEWS = { page: 'ask:page', whole: 'ask:whole', other: 'ask:other' } as const;
const WHO = 'who:show';
const PIN = 'summary:pin';
const SHARE = 'check:share';

/** The custom id prefixes of each kind, for the command modules' `buttonPrefixes`. */
export const BUTTON_PREFIXES = {
  ask: Object.values(ASK_VIEWS).map((prefix) => `${prefix}:`),
  who: [`${WHO}:`],
  pin: [`${PIN}:`],
  share: [SHARE],
} as const satisfies Record<ButtonId['kind'], readonly string[]>;

/**
 * `ask:page:<page>:<more|prev|back>`, `ask:whole:<page>`, `ask:other:<page>` (each with
 * `:<speaker id>` after when the answer keeps to one speaker; more/prev/back keep the page buttons'
 * ids distinct), `who:show:<actor id>`, `summary:pin:<part id>`, `check:share`.
 */
export function encodeButtonId(id: ButtonId): string {
  switch (id.kind) {
    case 'ask': {
      const speaker = id.speaker ? `:${id.speaker}` : '';
      return id.view === 'page'
        ? `${ASK_VIEWS.page}:${id.page}:${id.label ?? 'more'}${speaker}`
        : `${ASK_VIEWS[id.view]}:${id.page}${speaker}`;
    }
    case 'who':
      return `${WHO}:${id.actorId}`;
    case 'pin':
      return `${PIN}:${id.partId}`;
    case 'share':
      return SHARE;
  }
}

/** Reads a custom id back; undefined when it is none of the bot's or is malformed (a page not a number). */
export function decodeButtonId(customId: string): ButtonId | undefined {
  if (customId === SHARE) return { kind: 'share' };
  const after = (prefix: string): string | undefined =>
    customId.startsWith(`${prefix}:`) ? customId.slice(prefix.length + 1) : undefined;
  const actorId = after(WHO);
  if (actorId) return { kind: 'who', actorId };
  const partId = after(PIN);
  if (partId) return { kind: 'pin', partId };
  const [scope, action, page, ...rest] = customId.split(':');
  const view = (Object.keys(ASK_VIEWS) as Array<keyof typeof ASK_VIEWS>).find(
    (key) => ASK_VIEWS[key] === `${scope}:${action}`,
  );
  const number = Number(page);
  if (!view || page === '' || !Number.isInteger(number)) return undefined;
  const label = view === 'page' ? rest[0] : undefined;
  const speaker = view === 'page' ? rest[1] : rest[0];
  return {
    kind: 'ask',
    view,
    page: number,
    ...(label === 'more' || label === 'prev' || label === 'back' ? { label } : {}),
    ...(speaker ? { speaker } : {}),
  };
}

/** The decoded id when it is of `kind`, else undefined. */
export function buttonOfKind<K extends ButtonId['kind']>(
  customId: string,
  kind: K,
): Extract<ButtonId, { kind: K }> | undefined {
  const id = decodeButtonId(customId);
  return id?.kind === kind ? (id as Extract<ButtonId, { kind: K }>) : undefined;
}
