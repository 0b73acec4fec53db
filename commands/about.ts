/** `/about`: the dataset's size and date range, and the bot's version. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand } from '../src/bot/command.js';
import { renderAbout } from '../src/bot/render/info.js';

/** Read once at start-up: the version cannot change while the process runs. */
const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')));

export default defineCommand({
  data: slashCommand(
    'about',
    'What the bot knows: dataset size, dates covered, version',
  ).addBooleanOption(privateOption),
  options: z.object({}),
  execute: (_options, { answerer }) => renderAbout(answerer.stats(), version),
});
