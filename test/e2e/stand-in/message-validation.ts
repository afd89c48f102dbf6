import { MessageFlags } from 'discord.js';
import type { DiscordErrorBody } from './rest-errors.ts';
import { emptyMessageError, invalidFormBody } from './rest-errors.ts';

/**
 * Discord's message rules that its OpenAPI specification does not state; `request-schemas.ts` has already
 * checked every body against the specification (lengths, counts, types) before these run. Enforcing them here
 * makes an end-to-end test fail the way production would, instead of a too-long answer passing silently.
 */

interface FieldError {
  path: Array<string | number>;
  code: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

/** The 6,000-character total across a message's embeds, and non-empty field names and values. */
function validateEmbeds(errors: FieldError[], embeds: unknown[]): void {
  let total = 0;
  embeds.forEach((embed, index) => {
    if (!isRecord(embed)) return;
    const footer = isRecord(embed.footer) ? embed.footer : undefined;
    const author = isRecord(embed.author) ? embed.author : undefined;
    total += lengthOf(embed.title) + lengthOf(embed.description) + lengthOf(footer?.text) + lengthOf(author?.name);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    fields.forEach((field: unknown, fieldIndex) => {
      if (!isRecord(field)) return;
      if (!field.name || !field.value) {
        errors.push({
          path: ['embeds', index, 'fields', fieldIndex, field.name ? 'value' : 'name'],
          code: 'BASE_TYPE_REQUIRED',
          message: 'This field is required',
        });
      }
      total += lengthOf(field.name) + lengthOf(field.value);
    });
  });
  if (total > 6000) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }
}

/** The spec allows 40 top-level components (the Components V2 count); without that flag Discord takes 5 rows. */
function validateComponents(errors: FieldError[], components: unknown[], componentsV2: boolean): void {
  if (!componentsV2 && components.length > 5) {
    errors.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  }
  const customIds = new Set<string>();
  const visit = (component: unknown, path: Array<string | number>): void => {
    if (!isRecord(component)) return;
    if (typeof component.custom_id === 'string') {
      if (customIds.has(component.custom_id)) {
        errors.push({
          path: [...path, 'custom_id'],
          code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
          message: 'Component custom id cannot be duplicated',
        });
      }
      customIds.add(component.custom_id);
    }
    if (Array.isArray(component.components)) {
      component.components.forEach((child: unknown, index) => visit(child, [...path, 'components', index]));
    }
    if (isRecord(component.accessory)) visit(component.accessory, [...path, 'accessory']);
  };
  components.forEach((component, index) => visit(component, ['components', index]));
}

/**
 * Returns Discord's error body for a message create/edit payload, or undefined when it is acceptable.
 * `pathPrefix` nests error paths the way Discord does for interaction callbacks (`data.content`).
 */
export function validateMessageBody(
  body: Record<string, unknown>,
  options: { isEdit: boolean; fileCount: number; pathPrefix?: string[] },
): DiscordErrorBody | undefined {
  const errors: FieldError[] = [];
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  const componentsV2 = (flags & MessageFlags.IsComponentsV2) !== 0;
  // The spec allows 4,000 characters on channel messages, the limit for Nitro users; bots get 2,000.
  if (lengthOf(body.content) > 2000) {
    errors.push({ path: ['content'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' });
  }
  if (componentsV2 && (lengthOf(body.content) > 0 || (Array.isArray(body.embeds) && body.embeds.length > 0))) {
    errors.push({
      path: ['content'],
      code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
      message: "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
    });
  }
  if (Array.isArray(body.embeds)) validateEmbeds(errors, body.embeds);
  if (Array.isArray(body.components)) validateComponents(errors, body.components, componentsV2);
  if (errors.length > 0) {
    return invalidFormBody(errors.map((error) => ({ ...error, path: [...(options.pathPrefix ?? []), ...error.path] })));
  }
  const hasContent =
    lengthOf(body.content) > 0 ||
    (Array.isArray(body.embeds) && body.embeds.length > 0) ||
    (Array.isArray(body.components) && body.components.length > 0) ||
    (Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) ||
    isRecord(body.poll) ||
    options.fileCount > 0;
  if (!options.isEdit && !hasContent) return emptyMessageError();
  return undefined;
}
