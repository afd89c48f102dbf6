import { MessageFlags } from 'discord.js';
import type { DiscordErrorBody } from './rest-errors.ts';
import { emptyMessageError, invalidFormBody } from './rest-errors.ts';

/**
 * The subset of Discord's message limits a bot most plausibly trips over. Enforcing them here makes an
 * end-to-end test fail the way production would, instead of a too-long answer passing silently.
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

function maxLength(errors: FieldError[], path: Array<string | number>, value: unknown, max: number): void {
  if (lengthOf(value) > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function validateEmbeds(errors: FieldError[], embeds: unknown[]): void {
  if (embeds.length > 10) {
    errors.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  }
  let total = 0;
  embeds.forEach((embed, index) => {
    if (!isRecord(embed)) return;
    const at = (...rest: Array<string | number>): Array<string | number> => ['embeds', index, ...rest];
    maxLength(errors, at('title'), embed.title, 256);
    maxLength(errors, at('description'), embed.description, 4096);
    total += lengthOf(embed.title) + lengthOf(embed.description);
    const footer = isRecord(embed.footer) ? embed.footer : undefined;
    maxLength(errors, at('footer', 'text'), footer?.text, 2048);
    total += lengthOf(footer?.text);
    const author = isRecord(embed.author) ? embed.author : undefined;
    maxLength(errors, at('author', 'name'), author?.name, 256);
    total += lengthOf(author?.name);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) {
      errors.push({ path: at('fields'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    }
    fields.forEach((field: unknown, fieldIndex) => {
      if (!isRecord(field)) return;
      maxLength(errors, at('fields', fieldIndex, 'name'), field.name, 256);
      maxLength(errors, at('fields', fieldIndex, 'value'), field.value, 1024);
      if (!field.name || !field.value) {
        errors.push({
          path: at('fields', fieldIndex, field.name ? 'value' : 'name'),
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

function validateComponents(errors: FieldError[], components: unknown[], componentsV2: boolean): void {
  if (!componentsV2 && components.length > 5) {
    errors.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  }
  const customIds = new Set<string>();
  const visit = (component: unknown, path: Array<string | number>): void => {
    if (!isRecord(component)) return;
    if (typeof component.custom_id === 'string') {
      maxLength(errors, [...path, 'custom_id'], component.custom_id, 100);
      if (customIds.has(component.custom_id)) {
        errors.push({
          path: [...path, 'custom_id'],
          code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
          message: 'Component custom id cannot be duplicated',
        });
      }
      customIds.add(component.custom_id);
    }
    maxLength(errors, [...path, 'label'], component.label, 80);
    if (Array.isArray(component.components)) {
      if (component.type === 1 && component.components.length > 5) {
        errors.push({
          path: [...path, 'components'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 5 or fewer in length.',
        });
      }
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
  maxLength(errors, ['content'], body.content, 2000);
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
