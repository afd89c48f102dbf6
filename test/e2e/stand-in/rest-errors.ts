/** Error bodies exactly as Discord's API words them, so discord.js builds the same DiscordAPIError. */

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

/** A response a route handler wants sent; thrown or returned through the REST router. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
  ) {
    super(`${status} ${body.message}`);
  }
}

export const notFoundRoute = (): RestError => new RestError(404, { message: '404: Not Found', code: 0 });
export const methodNotAllowed = (): RestError => new RestError(405, { message: '405: Method Not Allowed', code: 0 });
export const unauthorized = (): RestError => new RestError(401, { message: '401: Unauthorized', code: 0 });
export const unknownChannel = (): RestError => new RestError(404, { message: 'Unknown Channel', code: 10003 });
export const unknownGuild = (): RestError => new RestError(404, { message: 'Unknown Guild', code: 10004 });
export const unknownMember = (): RestError => new RestError(404, { message: 'Unknown Member', code: 10007 });
export const unknownMessage = (): RestError => new RestError(404, { message: 'Unknown Message', code: 10008 });
export const unknownUser = (): RestError => new RestError(404, { message: 'Unknown User', code: 10013 });
export const unknownWebhook = (): RestError => new RestError(404, { message: 'Unknown Webhook', code: 10015 });
export const unknownApplicationCommand = (): RestError =>
  new RestError(404, { message: 'Unknown application command', code: 10063 });
export const unknownInteraction = (): RestError => new RestError(404, { message: 'Unknown interaction', code: 10062 });
export const interactionAlreadyAcknowledged = (): RestError =>
  new RestError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
export const cannotEditOtherUsersMessage = (): RestError =>
  new RestError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
export const missingAccess = (): RestError => new RestError(403, { message: 'Missing Access', code: 50001 });
export const missingPermissions = (): RestError => new RestError(403, { message: 'Missing Permissions', code: 50013 });
export const cannotSendInNonTextChannel = (): RestError =>
  new RestError(400, { message: 'Cannot send messages in a non-text channel', code: 50008 });
export const cannotExecuteOnSystemMessage = (): RestError =>
  new RestError(400, { message: 'Cannot execute action on a system message', code: 50021 });
/** Pinning beyond a channel's limit (250 since 2025; the number in the message follows the limit). */
export const maximumPinsReached = (limit: number): RestError =>
  new RestError(400, { message: `Maximum number of pins reached (${limit})`, code: 30003 });
export const threadArchived = (): RestError => new RestError(400, { message: 'Thread is archived', code: 50083 });
export const threadLocked = (): RestError => new RestError(400, { message: 'Thread is locked', code: 160005 });
export const cannotReplyWithoutHistory = (): RestError =>
  new RestError(400, { message: 'Cannot reply without permission to read message history', code: 160002 });

export function emptyMessageError(): DiscordErrorBody {
  return { message: 'Cannot send an empty message', code: 50006 };
}

/** Discord nests field errors by path: `{ embeds: { 0: { description: { _errors: [...] } } } }`. */
export function invalidFormBody(
  errors: Array<{ path: Array<string | number>; code: string; message: string }>,
): DiscordErrorBody {
  const tree: Record<string, unknown> = {};
  for (const error of errors) {
    let node = tree;
    for (const segment of error.path) {
      const key = String(segment);
      const child = node[key];
      if (typeof child === 'object' && child !== null) {
        node = child as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[key] = created;
        node = created;
      }
    }
    const existing = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
    node._errors = [...existing, { code: error.code, message: error.message }];
  }
  return { message: 'Invalid Form Body', code: 50035, errors: tree };
}
