/** `/timeline [person] [from] [to]`: events and quotes in date order, with a picture of them. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { personChoices } from '../src/bot/render/choices.js';
import { renderTimeline, renderUnknownPerson } from '../src/bot/render/results.js';
import { withTimelinePicture } from '../src/bot/render/timeline-picture.js';

const PERSON_MAX = 100;
const DATE_MAX = 50;
/** Twenty pages of five. */
const ENTRY_LIMIT = 100;

const options = z.object({
  person: textOption(PERSON_MAX, en.options.hints.writeName).optional(),
  from: textOption(DATE_MAX, en.options.hints.writeDate).optional(),
  to: textOption(DATE_MAX, en.options.hints.writeDate).optional(),
});

const TEXT = en.commands.timeline;

export default defineCommand({
  data: withLocalizations(
    slashCommand('timeline', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('person')
          .setDescription(TEXT.options.person.description)
          .setAutocomplete(true)
          .setMaxLength(PERSON_MAX),
      )
      .addStringOption((option) =>
        option.setName('from').setDescription(TEXT.options.from.description).setMaxLength(DATE_MAX),
      )
      .addStringOption((option) =>
        option.setName('to').setDescription(TEXT.options.to.description).setMaxLength(DATE_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ person, from, to }, context) => {
    const commandLine = formatCommandLine('timeline', { person, from, to });
    const card = person === undefined ? null : context.answerer.person(person);
    if (person !== undefined && card === null) {
      return renderUnknownPerson(
        person,
        context.answerer.suggestPeople(person, 5),
        commandLine,
        context.locale,
      );
    }
    const result = context.answerer.timeline({
      personId: card?.person.id,
      from,
      to,
      limit: ENTRY_LIMIT,
    });
    const reply = renderTimeline({ person: card?.person ?? null, from, to }, result, {
      ...context,
      commandLine,
    });
    if (result.error !== undefined || result.total === 0) return reply;
    return withTimelinePicture(reply, {
      answerer: context.answerer,
      person: card === null ? undefined : { id: card.person.id, name: card.person.name },
      from,
      to,
      locale: context.locale,
    });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
