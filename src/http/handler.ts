/**
 * Hands an interaction received over HTTP to the same router the gateway bot uses. The payload
 * becomes a genuine discord.js interaction (ChatInputCommandInteraction, ButtonInteraction, …)
 * through the very action discord.js runs for a gateway INTERACTION_CREATE packet, on a client
 * that never logs in: it only builds objects and makes REST calls, and the callback bridge turns
 * the router's first callback into the HTTP response.
 */
import { Events, type Client, type Interaction } from 'discord.js';
import type { Command } from '../bot/command.js';
import type { InteractionRouter } from '../bot/interactions.js';
import type { Logger } from '../log.js';
import type { CallbackBridge } from './callback-bridge.js';
import { deferralFor } from './deferral.js';
import type { PendingAnswer, ReceivedInteraction } from './server.js';

/** discord.js's internal packet handlers; `InteractionCreate` is the gateway's. */
interface WithActions {
  actions?: { InteractionCreate?: { handle?: (data: unknown) => unknown } };
}

/**
 * discord.js's handler for INTERACTION_CREATE packets. Not public API, so its presence is checked
 * once at start-up: a discord.js that moved it stops the start with this message rather than
 * failing every interaction.
 */
export function interactionAction(client: Client): (data: unknown) => unknown {
  const action = (client as unknown as WithActions).actions?.InteractionCreate;
  const handle = action?.handle;
  if (action === undefined || typeof handle !== 'function') {
    throw new Error(
      'this discord.js has no client.actions.InteractionCreate.handle; the HTTP endpoint needs it to read interactions',
    );
  }
  return (data) => handle.call(action, data);
}

/** The discord.js interaction for a payload, or undefined for a kind discord.js does not read. */
export function toInteraction(
  client: Client,
  action: (data: unknown) => unknown,
  payload: unknown,
): Interaction | undefined {
  let created: Interaction | undefined;
  const capture = (interaction: Interaction): void => {
    created = interaction;
  };
  // The action emits synchronously: the listener is only ever there for this one payload.
  client.on(Events.InteractionCreate, capture);
  try {
    action(payload);
  } finally {
    client.off(Events.InteractionCreate, capture);
  }
  return created;
}

export interface InteractionHandlerOptions {
  client: Client;
  bridge: CallbackBridge;
  router: InteractionRouter;
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
}

export function createInteractionHandler(
  options: InteractionHandlerOptions,
): (received: ReceivedInteraction) => PendingAnswer {
  const { client, bridge, router, commands, logger } = options;
  const action = interactionAction(client);
  return (received) => {
    const interaction = toInteraction(client, action, received.payload);
    if (interaction === undefined) {
      logger.warn(
        { interactionId: received.id, type: received.type },
        'interaction of a kind this bot does not handle',
      );
      return {
        answer: Promise.resolve({ status: 400, json: '{"error":"unsupported interaction"}' }),
        written: () => undefined,
      };
    }
    const exchange = bridge.open(
      { id: received.id, token: received.token, applicationId: received.applicationId },
      () => deferralFor(interaction, commands),
    );
    // The router catches and logs everything itself.
    void router(interaction).finally(() => {
      exchange.finish();
    });
    return exchange;
  };
}
