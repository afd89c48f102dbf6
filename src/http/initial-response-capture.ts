import { REST, RequestMethod, type InternalRequest } from 'discord.js';
import type { APIInteractionResponse, InteractionType } from 'discord-api-types/v10';

/** Called with the initial response; resolves once it has been written to Discord's HTTP request. */
export type DeliverInitialResponse = (response: APIInteractionResponse) => Promise<void>;

interface Waiting {
  token: string;
  interactionType: InteractionType;
  deliver: DeliverInitialResponse;
}

const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;

/**
 * discord.js's REST client, except that an interaction's initial response
 * (`POST /interactions/{id}/{token}/callback`, which `reply`, `update`, `deferReply`, `respond` …
 * all send) goes back as the HTTP response to Discord's request when that request is waiting for
 * it. Discord requires this: the callback route only accepts gateway interactions. Everything else
 * — follow-ups, `editReply` after a deferral — goes to Discord's API as usual.
 */
export class InitialResponseCapture extends REST {
  private readonly waiting = new Map<string, Waiting>();

  /** Expects the initial response for this interaction; the returned function stops waiting. */
  expect(interactionId: string, waiting: Waiting): () => void {
    this.waiting.set(interactionId, waiting);
    return () => {
      if (this.waiting.get(interactionId) === waiting) this.waiting.delete(interactionId);
    };
  }

  override async request(options: InternalRequest): Promise<unknown> {
    const match = options.method === RequestMethod.Post ? CALLBACK_ROUTE.exec(options.fullRoute) : null;
    const waiting = match ? this.waiting.get(match[1]!) : undefined;
    if (!match || !waiting || waiting.token !== match[2]) return super.request(options);
    if (options.files?.length) {
      throw new Error('an initial HTTP interaction response cannot carry files: defer, then send them in a follow-up');
    }
    this.waiting.delete(match[1]!);
    // discord.js builds this body for Discord's callback route, whose body is an interaction response.
    await waiting.deliver(options.body as APIInteractionResponse);
    // What the callback route returns: nothing, or with ?with_response=true the interaction's callback
    // record. The message itself is unknown until Discord posts it, so it is left out.
    return options.query?.get('with_response') === 'true'
      ? { interaction: { id: match[1], type: waiting.interactionType } }
      : new ArrayBuffer(0);
  }
}
