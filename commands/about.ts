/** `/about`: the dataset's size and date range, and the bot's version. */
import { z } from 'zod';
// Imported rather than read from disk, so the build copies it next to the compiled commands.
import packageJson from '../package.json' with { type: 'json' };
import { defineCommand, privateOption, slashCommand } from '../src/bot/command.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { renderAbout } from '../src/bot/render/info.js';

const { version } = packageJson;

export default defineCommand({
  data: withLocalizations(
    slashCommand('about', en.commands.about.description).addBooleanOption(privateOption),
  ),
  options: z.object({}),
  execute: (_options, { answerer, locale }) => renderAbout(answerer.stats(), version, locale),
});
