/** `/help`: every command with its options, built from the definitions Discord gets. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand } from '../src/bot/command.js';
import { renderHelp } from '../src/bot/render/info.js';
import about from './about.js';
import ask from './ask.js';
import date from './date.js';
import event from './event.js';
import quote from './quote.js';
import timeline from './timeline.js';
import verify from './verify.js';
import who from './who.js';

const data = slashCommand('help', 'What I can answer, and how to ask').addBooleanOption(
  privateOption,
);

export default defineCommand({
  data,
  options: z.object({}),
  execute: () => renderHelp([ask, who, quote, verify, date, event, timeline, { data }, about]),
});
