/**
 * Autocomplete choices from the core's suggestions. Discord takes at most 25, each with a name
 * and a value of 1 to 100 characters; the value is the id the command then looks up.
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { EventSuggestion, PersonSuggestion } from '../../answer/types.js';
import { truncate } from './text.js';

export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

function choices(
  items: readonly { label: string; id: string }[],
): ApplicationCommandOptionChoiceData<string>[] {
  return (
    items
      // An id cut short would name nothing; such a record is left out rather than broken.
      .filter((item) => item.id.length > 0 && item.id.length <= MAX_CHOICE_LENGTH)
      .map((item) => ({ name: truncate(item.label.trim(), MAX_CHOICE_LENGTH), value: item.id }))
      .filter((choice) => choice.name.length > 0)
      .slice(0, MAX_CHOICES)
  );
}

export function personChoices(
  suggestions: readonly PersonSuggestion[],
): ApplicationCommandOptionChoiceData<string>[] {
  return choices(suggestions.map((s) => ({ label: s.label, id: s.personId })));
}

export function eventChoices(
  suggestions: readonly EventSuggestion[],
): ApplicationCommandOptionChoiceData<string>[] {
  return choices(suggestions.map((s) => ({ label: s.label, id: s.eventId })));
}
