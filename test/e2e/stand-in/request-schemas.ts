import * as spec from 'discord-api-spec/zod';
import * as z from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';
import type { DiscordErrorBody } from './rest-errors.ts';
import { invalidFormBody } from './rest-errors.ts';

/**
 * Every request body the bot sends, checked against the schema Discord's own OpenAPI specification gives its
 * route (the `discord-api-spec` package's zod build). A body that breaks it is answered as Discord answers an
 * invalid form (400, 50035) and kept as a `SchemaViolation`, which fails the test when the stand-in closes.
 * `message-validation.ts` keeps only the rules the specification does not state.
 */

export interface SchemaViolation {
  method: string;
  /** The decoded path, e.g. `/api/v10/interactions/1/tok/callback`. */
  path: string;
  /** The route as the specification names it. */
  route: string;
  /** `data.content: too_big (maximum 2000)`, one per broken field. */
  problems: string[];
}

/**
 * Discord's spec types `default_member_permissions` as an integer in request schemas, while Discord documents
 * it as a string and discord.js sends one ("8"). The only departure from the spec the stand-in allows: a string
 * of digits is read as the number it spells before the check.
 */
function defaultMemberPermissionsQuirk(command: unknown): unknown {
  if (typeof command !== 'object' || command === null || Array.isArray(command)) return command;
  const { default_member_permissions: permissions } = command as Record<string, unknown>;
  if (typeof permissions !== 'string' || !/^\d+$/.test(permissions)) return command;
  return { ...command, default_member_permissions: Number(permissions) };
}

interface SpecRoute {
  method: string;
  route: string;
  schema: ZodMiniType;
  /** Applied to the body before the check; only the named quirk above. */
  quirk?: (body: unknown) => unknown;
}

// The unions below are the `requestBody` alternatives the specification lists for each route.
const interactionCallback = z.discriminatedUnion('type', [
  spec.PongInteractionCallbackRequestSchema,
  spec.CreateMessageInteractionCallbackRequestSchema,
  spec.UpdateMessageInteractionCallbackRequestSchema,
  spec.ApplicationCommandAutocompleteCallbackRequestSchema,
  spec.ModalInteractionCallbackRequestSchema,
  spec.LaunchActivityInteractionCallbackRequestSchema,
  spec.SocialLayerSKUPurchaseEligibilityInteractionCallbackRequestSchema,
  // The declared schemas are plain `ZodMiniType`s, whose `type` key discriminatedUnion's types cannot see.
] as never);
const webhookExecute = z.union([
  spec.IncomingWebhookRequestPartialSchema,
  spec.IncomingWebhookUpdateRequestPartialSchema,
]);
const bulkOverwrite = z.nullable(z.array(spec.ApplicationCommandUpdateRequestSchema));
const overwriteQuirk = (body: unknown): unknown =>
  Array.isArray(body) ? body.map(defaultMemberPermissionsQuirk) : body;

const SPEC_ROUTES: SpecRoute[] = [
  { method: 'POST', route: '/interactions/{interaction_id}/{interaction_token}/callback', schema: interactionCallback },
  { method: 'POST', route: '/webhooks/{webhook_id}/{webhook_token}', schema: webhookExecute },
  {
    method: 'PATCH',
    route: '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
    schema: spec.IncomingWebhookUpdateRequestPartialSchema,
  },
  {
    method: 'PATCH',
    route: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    schema: spec.IncomingWebhookUpdateRequestPartialSchema,
  },
  { method: 'POST', route: '/channels/{channel_id}/messages', schema: spec.MessageCreateRequestSchema },
  {
    method: 'PATCH',
    route: '/channels/{channel_id}/messages/{message_id}',
    schema: spec.MessageEditRequestPartialSchema,
  },
  { method: 'POST', route: '/users/@me/channels', schema: spec.CreatePrivateChannelRequestSchema },
  { method: 'PUT', route: '/applications/{application_id}/commands', schema: bulkOverwrite, quirk: overwriteQuirk },
  {
    method: 'PUT',
    route: '/applications/{application_id}/guilds/{guild_id}/commands',
    schema: bulkOverwrite,
    quirk: overwriteQuirk,
  },
  {
    method: 'POST',
    route: '/applications/{application_id}/commands',
    schema: spec.ApplicationCommandCreateRequestSchema,
    quirk: defaultMemberPermissionsQuirk,
  },
  {
    method: 'POST',
    route: '/applications/{application_id}/guilds/{guild_id}/commands',
    schema: spec.ApplicationCommandCreateRequestSchema,
    quirk: defaultMemberPermissionsQuirk,
  },
  {
    method: 'PATCH',
    route: '/applications/{application_id}/commands/{command_id}',
    schema: spec.ApplicationCommandPatchRequestPartialSchema,
    quirk: defaultMemberPermissionsQuirk,
  },
  {
    method: 'PATCH',
    route: '/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
    schema: spec.ApplicationCommandPatchRequestPartialSchema,
    quirk: defaultMemberPermissionsQuirk,
  },
];

const compiled = SPEC_ROUTES.map((entry) => ({
  ...entry,
  pattern: new RegExp(
    `^${entry.route
      .split('/')
      .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}/?$`,
  ),
}));

type Issue = z.core.$ZodIssue;

/**
 * A component array holds a union of component kinds; when none matches, zod reports every branch. The branch
 * whose `type` matched is the one the sender meant, so its issues are the ones worth naming.
 */
function flatten(issues: readonly Issue[], prefix: PropertyKey[]): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ ...issue, path }];
    const meant = issue.errors.find(
      (branch) => branch.length > 0 && !branch.some((inner) => inner.path.length === 1 && inner.path[0] === 'type'),
    );
    return meant ? flatten(meant, path) : [{ ...issue, path }];
  });
}

/** A missing field fails as a wrong type or value whose input is undefined (parsed with `reportInput`). */
function isMissing(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}

function describe(issue: Issue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(body)';
  if (isMissing(issue)) return `${where}: required`;
  const detail: string[] = [];
  if ('expected' in issue && issue.expected !== undefined) detail.push(`expected ${String(issue.expected)}`);
  if ('maximum' in issue) detail.push(`maximum ${String(issue.maximum)}`);
  if ('minimum' in issue) detail.push(`minimum ${String(issue.minimum)}`);
  if ('values' in issue) detail.push(`one of ${issue.values.map(String).join(', ')}`);
  if ('keys' in issue) detail.push(issue.keys.join(', '));
  return `${where}: ${issue.code}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}`;
}

/** Discord's field error codes for the same faults, as far as they are known; the rest keep zod's code. */
function discordCode(issue: Issue): { code: string; message: string } {
  if (issue.code === 'too_big') {
    const number = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';
    return number
      ? { code: 'NUMBER_TYPE_MAX', message: `int value should be less than or equal to ${String(issue.maximum)}.` }
      : { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${String(issue.maximum)} or fewer in length.` };
  }
  if (issue.code === 'too_small') {
    const number = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';
    return number
      ? { code: 'NUMBER_TYPE_MIN', message: `int value should be greater than or equal to ${String(issue.minimum)}.` }
      : { code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${String(issue.minimum)} or more in length.` };
  }
  if (isMissing(issue)) {
    return { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
  }
  return { code: `SCHEMA_${issue.code.toUpperCase()}`, message: describe(issue) };
}

export interface SchemaCheck {
  violation: SchemaViolation;
  response: DiscordErrorBody;
}

/**
 * Checks one request against its route's schema. A body sent to a route without one here (the spec gives it
 * none, or this table lacks it) is a violation too, so no body reaches the stand-in unchecked.
 */
export function checkRequestBody(method: string, path: string, body: unknown): SchemaCheck | undefined {
  const routePath = path.replace(/^\/api\/v\d+/, '');
  const entry = compiled.find((candidate) => candidate.method === method && candidate.pattern.test(routePath));
  if (!entry) {
    if (body === undefined) return undefined;
    const problems = ['(body): this route takes no request body in Discord’s spec (or the stand-in lacks its schema)'];
    return {
      violation: { method, path, route: routePath, problems },
      response: invalidFormBody([{ path: [], code: 'SCHEMA_NO_BODY', message: problems[0]! }]),
    };
  }
  const result = z.safeParse(entry.schema, entry.quirk ? entry.quirk(body) : body, { reportInput: true });
  if (result.success) return undefined;
  const issues = flatten(result.error.issues, []);
  return {
    violation: { method, path, route: entry.route, problems: issues.map(describe) },
    response: invalidFormBody(issues.map((issue) => ({ path: issue.path.map(pathKey), ...discordCode(issue) }))),
  };
}

/**
 * The HTTP endpoint answers an interaction in the response to Discord's POST, not through the stand-in; that
 * body has the schema of the callback route. Returns the problems, empty when it conforms.
 */
export function interactionResponseProblems(body: unknown): string[] {
  return checkRequestBody('POST', '/interactions/0/token/callback', body)?.violation.problems ?? [];
}

function pathKey(segment: PropertyKey): string | number {
  return typeof segment === 'number' ? segment : String(segment);
}

export function describeViolations(violations: SchemaViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.method} ${violation.path} (${violation.route}):\n  ${violation.problems.join('\n  ')}`,
    )
    .join('\n');
}
