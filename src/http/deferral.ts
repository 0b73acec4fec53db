/**
 * What to answer Discord with when the router's answer is not ready in time (callback-bridge.ts):
 * the deferral the router itself would choose for the interaction, so that a late answer lands
 * where an early one would have. Private runs are deferred privately (their "thinking…" is the
 * asker's alone); a page button's press is acknowledged silently, keeping the message it turns.
 */
import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
  type Interaction,
} from 'discord.js';
import type { Command } from '../bot/command.js';
import { optionValues } from '../bot/command-options.js';
import { isPrivateRun } from '../bot/interactions.js';

function deferredMessage(ephemeral: boolean): APIInteractionResponse {
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
  };
}

/** The deferral for an interaction; null when it has none (the interaction then fails). */
export function deferralFor(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
): APIInteractionResponse | null {
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    return deferredMessage(isPrivateRun(command, optionValues(interaction.options.data)));
  }
  // A message command acts on someone's message: only the asker sees its answer.
  if (interaction.isMessageContextMenuCommand()) return deferredMessage(true);
  // Choices cannot wait: no suggestions is better than a failed box.
  if (interaction.isAutocomplete()) {
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  }
  if (interaction.isButton()) return { type: InteractionResponseType.DeferredMessageUpdate };
  if (interaction.isModalSubmit()) {
    // A Go to… form turns the page of the message it came from; any other form is refused privately.
    return interaction.isFromMessage()
      ? { type: InteractionResponseType.DeferredMessageUpdate }
      : deferredMessage(true);
  }
  return null;
}
