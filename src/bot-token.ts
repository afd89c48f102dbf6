/** Where a bot token comes from, for messages that send the user back there. */
export const TOKEN_SOURCE = 'https://discord.com/developers/applications → your app → Bot → Reset Token';

export const GET_A_TOKEN = `copy the bot token from ${TOKEN_SOURCE}, and set DISCORD_TOKEN in .env (or leave it unset to use the local shell)`;

/** Straight, curly and back quotes: a token copied from a chat or a doc often brings them along. */
const QUOTE = /^["'`“”‘’]|["'`“”‘’]$/;

/** The value without the whitespace and quotes a paste brings along, to see what was meant. */
function unwrap(value: string): string {
  let core = value.trim();
  while (QUOTE.test(core)) core = core.replace(QUOTE, '').trim();
  return core;
}

/** Things pasted where the token belongs, each recognisable by its shape alone. */
const LOOKALIKES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^\d{17,20}$/,
    `looks like an application id (digits only), not the bot token: put the id in DISCORD_CLIENT_ID and copy the token from ${TOKEN_SOURCE}`,
  ],
  [
    /^[0-9a-f]{64}$/i,
    `looks like the application's Public Key (64 hex characters), not the bot token: put it in DISCORD_PUBLIC_KEY (MODE=http only) and copy the token from ${TOKEN_SOURCE}`,
  ],
  [
    /^[A-Za-z0-9_-]{32}$/,
    `looks like the OAuth2 client secret (32 characters, no dots), not the bot token: copy the token from ${TOKEN_SOURCE} instead`,
  ],
];

/**
 * A bot token is three base64url parts; the first is the bot's user id in base64. Checking the
 * shape stops a pasted client secret or a quoted value before any connection is tried.
 */
function shapeProblem(token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) {
    const dots = parts.length - 1;
    const found = dots === 0 ? 'none' : String(dots);
    return `is not shaped like a bot token (a bot token is three parts joined by two dots; this value has ${found}): ${GET_A_TOKEN}`;
  }
  if (!parts.every((part) => /^[A-Za-z0-9_-]*$/.test(part)))
    return `is not shaped like a bot token (it holds characters a bot token never has: only letters, digits, - and _ go between the dots): ${GET_A_TOKEN}`;
  const [id, stamp, hmac] = parts as [string, string, string];
  if (id.length < 20 || stamp.length < 5 || hmac.length < 25)
    return `is not shaped like a bot token (one of its three parts is too short: part of it is missing?): ${GET_A_TOKEN}`;
  if (!/^\d{17,20}$/.test(Buffer.from(id, 'base64url').toString('utf8')))
    return `is not shaped like a bot token (its first part is not a bot's user id): ${GET_A_TOKEN}`;
  return undefined;
}

/**
 * What is wrong with a DISCORD_TOKEN value, as "<problem>: <what to do>", or undefined when it is
 * shaped like a bot token. The common paste mistakes are named before the shape is judged, so a
 * `Bot ` prefix is not reported as a wrong number of parts. Never quotes the value, not even in
 * part: a malformed token is often a real one with something around it.
 */
export function botTokenProblem(value: string): string | undefined {
  const core = unwrap(value);
  const prefix = /^(bot|bearer)\s+/i.exec(core)?.[1];
  if (prefix !== undefined) {
    const word = prefix.toLowerCase() === 'bot' ? 'Bot' : 'Bearer';
    return `starts with \`${word} \`: remove the \`${word} \` prefix and paste only the token from the Developer Portal (discord.js adds \`Bot \` itself)`;
  }
  if (QUOTE.test(value.trim()))
    return 'is wrapped in quotes that became part of its value: remove them, so the value is the token alone (.env needs no quotes; docker --env-file and some hosting dashboards keep them)';
  if (value !== value.trim())
    return 'has a space or line break before or after it: remove it, so the value is the token alone (a token read from a file often ends with a line break)';
  if (/\s/.test(core))
    return 'contains a space or line break: paste the token on one line, with nothing else in the value';
  const lookalike = LOOKALIKES.find(([shape]) => shape.test(core));
  return lookalike ? lookalike[1] : shapeProblem(core);
}
