import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import type {
  APIMessage,
  APIMessageInteractionMetadata,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { checkInteractionThread } from './channel-access.ts';
import type { InteractionState } from './interaction-registry.ts';
import type { MessageOrigin } from './message-store.ts';
import { validateMessageBody } from './message-validation.ts';
import {
  RestError,
  interactionAlreadyAcknowledged,
  invalidFormBody,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './rest-errors.ts';
import type { RouteContext, RouteResult, Router } from './rest-router.ts';
import { noContent, ok } from './rest-router.ts';
import type { RestState } from './rest-routes.ts';
import { isRecord, param, requireObjectBody } from './rest-routes.ts';

const invalidWebhookToken = (): RestError => new RestError(401, { message: 'Invalid Webhook Token', code: 50027 });

/** Which callback types Discord accepts for each kind of interaction. */
const ALLOWED_CALLBACKS: Record<number, readonly InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** The message type Discord gives an interaction's responses. */
function responseMessageType(interaction: InteractionState): MessageType {
  const { payload } = interaction;
  if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return payload.data.type === ApplicationCommandType.ChatInput
    ? MessageType.ChatInputCommand
    : MessageType.ContextMenuCommand;
}

function responseOrigin(state: RestState, interaction: InteractionState, extraFlags = 0): MessageOrigin {
  const { payload } = interaction;
  if (!interaction.channelId) throw new Error(`Interaction ${payload.id} has no channel to respond in`);
  const base = {
    id: payload.id,
    user: interaction.user,
    authorizing_integration_owners: payload.authorizing_integration_owners,
  };
  const interactionMetadata: APIMessageInteractionMetadata =
    payload.type === InteractionType.MessageComponent
      ? { ...base, type: InteractionType.MessageComponent, interacted_message_id: payload.message.id }
      : payload.type === InteractionType.ModalSubmit
        ? { ...base, type: InteractionType.ApplicationCommand }
        : { ...base, type: InteractionType.ApplicationCommand };
  const origin: MessageOrigin = {
    channelId: interaction.channelId,
    author: state.world.botUser,
    type: responseMessageType(interaction),
    webhookId: state.world.applicationId,
    applicationId: state.world.applicationId,
    interactionMetadata,
    extraFlags,
  };
  if (interaction.guildId) origin.guildId = interaction.guildId;
  // The deprecated `interaction` field is still sent on command responses.
  if (payload.type === InteractionType.ApplicationCommand) {
    origin.interaction = { id: payload.id, type: payload.type, name: payload.data.name, user: interaction.user };
  }
  return origin;
}

/** Component interactions edit the message they sit on; adopt it if a test built it by hand. */
function componentMessage(state: RestState, interaction: InteractionState): APIMessage {
  const { payload } = interaction;
  if (payload.type !== InteractionType.MessageComponent)
    throw new Error('Only component interactions have a source message');
  const stored = state.messages.get(payload.message.channel_id, payload.message.id, { includeEphemeral: true });
  if (stored) return stored;
  state.messages.put(structuredClone(payload.message), interaction.guildId);
  return payload.message;
}

function validateAutocompleteChoices(data: Record<string, unknown>): void {
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    throw new RestError(
      400,
      invalidFormBody([{ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]),
    );
  }
  if (choices.length > 25) {
    throw new RestError(
      400,
      invalidFormBody([
        { path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' },
      ]),
    );
  }
  choices.forEach((choice: unknown, index) => {
    const name = isRecord(choice) ? choice.name : undefined;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) {
      throw new RestError(
        400,
        invalidFormBody([
          {
            path: ['data', 'choices', index, 'name'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 100 in length.',
          },
        ]),
      );
    }
  });
}

function handleCallback(state: RestState, context: RouteContext): RouteResult {
  const interaction = state.interactions.findById(param(context, 'interactionId'));
  if (!interaction || interaction.payload.token !== param(context, 'token')) throw unknownInteraction();
  if (interaction.acknowledged) throw interactionAlreadyAcknowledged();
  const body = requireObjectBody(context.body);
  const type = body.type;
  const allowed = ALLOWED_CALLBACKS[interaction.payload.type] ?? [];
  if (typeof type !== 'number' || !allowed.includes(type)) {
    throw new RestError(
      400,
      invalidFormBody([
        { path: ['type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${JSON.stringify(allowed)}.` },
      ]),
    );
  }
  const data = isRecord(body.data) ? body.data : {};
  let message: APIMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const invalid = validateMessageBody(data, {
        isEdit: false,
        fileCount: context.files.length,
        pathPrefix: ['data'],
      });
      if (invalid) throw new RestError(400, invalid);
      checkInteractionThread(state, interaction.channelId, 'respond');
      message = state.messages.create(responseOrigin(state, interaction), data, context.files);
      interaction.originalMessageId = message.id;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      checkInteractionThread(state, interaction.channelId, 'respond');
      // Discord posts a "<bot> is thinking…" placeholder; only the ephemeral flag of the defer survives.
      const ephemeral = (typeof data.flags === 'number' ? data.flags : 0) & MessageFlags.Ephemeral;
      message = state.messages.create(responseOrigin(state, interaction, MessageFlags.Loading | ephemeral), {});
      interaction.originalMessageId = message.id;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate: {
      interaction.originalMessageId = componentMessage(state, interaction).id;
      break;
    }
    case InteractionResponseType.UpdateMessage: {
      const invalid = validateMessageBody(data, {
        isEdit: true,
        fileCount: context.files.length,
        pathPrefix: ['data'],
      });
      if (invalid) throw new RestError(400, invalid);
      checkInteractionThread(state, interaction.channelId, 'respond-edit');
      const target = componentMessage(state, interaction);
      message = state.messages.edit(target.channel_id, target.id, data, context.files);
      interaction.originalMessageId = message.id;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      validateAutocompleteChoices(data);
      break;
    default:
      break;
  }
  interaction.acknowledged = true;
  interaction.callbackType = type;
  if (context.query.with_response !== 'true') return noContent();
  const response: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: {
      id: interaction.payload.id,
      type: interaction.payload.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
            response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
          }
        : {}),
    },
    // `type` was checked against ALLOWED_CALLBACKS above, so it is one of the enum's members.
    resource: { type: type as InteractionResponseType, ...(message ? { message } : {}) },
  };
  return ok(response);
}

function webhookInteraction(state: RestState, context: RouteContext): InteractionState {
  if (param(context, 'applicationId') !== state.world.applicationId) throw unknownWebhook();
  const interaction = state.interactions.findByToken(param(context, 'token'));
  if (!interaction) throw invalidWebhookToken();
  // The interaction's webhook only exists once the interaction has been acknowledged.
  if (!interaction.acknowledged) throw unknownWebhook();
  return interaction;
}

function webhookMessage(state: RestState, interaction: InteractionState, messageId: string): APIMessage {
  const id = messageId === '@original' ? interaction.originalMessageId : messageId;
  if (!id || (id !== interaction.originalMessageId && !interaction.followUpMessageIds.includes(id)))
    throw unknownMessage();
  const message = state.messages.find(id);
  if (!message) throw unknownMessage();
  return message;
}

export function addInteractionRoutes(router: Router, state: RestState): void {
  router.add('POST', '/interactions/:interactionId/:token/callback', (context) => handleCallback(state, context), {
    botAuth: false,
  });

  router.add(
    'POST',
    '/webhooks/:applicationId/:token',
    (context) => {
      const interaction = webhookInteraction(state, context);
      const body = requireObjectBody(context.body);
      const invalid = validateMessageBody(body, { isEdit: false, fileCount: context.files.length });
      if (invalid) throw new RestError(400, invalid);
      checkInteractionThread(state, interaction.channelId, 'respond');
      const original = interaction.originalMessageId ? state.messages.find(interaction.originalMessageId) : undefined;
      let message: APIMessage;
      if (original && (original.flags ?? 0) & MessageFlags.Loading) {
        // Discord's documented back-compat: the first follow-up after a deferral edits the placeholder instead.
        message = state.messages.edit(original.channel_id, original.id, body, context.files);
      } else {
        message = state.messages.create(responseOrigin(state, interaction), body, context.files);
        interaction.followUpMessageIds.push(message.id);
      }
      return context.query.wait === 'true' ? ok(message) : noContent();
    },
    { botAuth: false },
  );

  const messageRoute = '/webhooks/:applicationId/:token/messages/:messageId';
  router
    .add(
      'GET',
      messageRoute,
      (context) => ok(webhookMessage(state, webhookInteraction(state, context), param(context, 'messageId'))),
      {
        botAuth: false,
      },
    )
    .add(
      'PATCH',
      messageRoute,
      (context) => {
        const message = webhookMessage(state, webhookInteraction(state, context), param(context, 'messageId'));
        const body = requireObjectBody(context.body);
        const invalid = validateMessageBody(body, { isEdit: true, fileCount: context.files.length });
        if (invalid) throw new RestError(400, invalid);
        checkInteractionThread(state, message.channel_id, 'respond-edit');
        return ok(state.messages.edit(message.channel_id, message.id, body, context.files));
      },
      { botAuth: false },
    )
    .add(
      'DELETE',
      messageRoute,
      (context) => {
        const message = webhookMessage(state, webhookInteraction(state, context), param(context, 'messageId'));
        state.messages.delete(message.channel_id, message.id);
        return noContent();
      },
      { botAuth: false },
    );
}
