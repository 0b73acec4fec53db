/** `/who name:<person>`: a person's card with their roles, aliases, latest quotes and events. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { renderPersonCard } from '../src/bot/render/cards.js';
import { personChoices } from '../src/bot/render/choices.js';
import { renderUnknownPerson } from '../src/bot/render/results.js';

const NAME_MAX = 100;

const options = z.object({
  name: textOption(NAME_MAX, 'name a person'),
});

export default defineCommand({
  data: slashCommand('who', "A person's card: roles, aliases, latest quotes and events")
    .addStringOption((option) =>
      option
        .setName('name')
        .setDescription('The person (typos are fine)')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(NAME_MAX),
    )
    .addBooleanOption(privateOption),
  options,
  execute: ({ name }, context) => {
    const commandLine = formatCommandLine('who', { name });
    const card = context.answerer.person(name);
    if (card === null) {
      return renderUnknownPerson(name, context.answerer.suggestPeople(name, 5), commandLine);
    }
    return renderPersonCard(card, { ...context, commandLine });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
