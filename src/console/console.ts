/**
 * The offline console: the bot without Discord. Each line is a slash command
 * (`/who name:sessions`) or a plain question (answered as /ask); it runs through the same command
 * modules and option checks as on Discord, and the reply is printed as text. `next` and `prev`
 * press the last reply's page buttons. Reads standard input line by line when it is not a
 * terminal, so it can be scripted; shows a prompt, and completes with Tab, when it is.
 */
import { createInterface } from 'node:readline';
import { ComponentType } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Command, Reply } from '../bot/command.js';
import { resolveCommandLine, type OptionValue } from '../bot/command-line.js';
import { runCommand } from '../bot/interactions.js';
import { loadCommands } from '../bot/load-commands.js';
import { NEXT_LABEL, PREVIOUS_LABEL, pageFromButton } from '../bot/render/pagination.js';
import { completeLine } from './complete.js';
import { replyToText } from './render-text.js';

/** Who the console's user is, as far as page buttons are concerned. */
export const CONSOLE_USER = 'console';

export interface ConsoleOptions {
  /** The answerer for the current dataset, read per line: a reloaded dataset answers the next. */
  answerer: () => Answerer;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Defaults to the modules in commands/. */
  commands?: ReadonlyMap<string, Command>;
  now?: () => Date;
}

const GREETING =
  'Offline console. Type a question, or a command such as /who name:sessions (/help lists them).\n' +
  'Tab completes commands, options and names, as Discord suggests them.\n' +
  '"next" and "prev" turn pages; "quit" or Ctrl+D quits.\n';

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { answerer, input, output } = options;
  const commands = options.commands ?? (await loadCommands());
  const now = options.now ?? (() => new Date());
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const lines = createInterface({
    input,
    ...(interactive
      ? {
          output,
          terminal: true,
          prompt: '> ',
          completer: (line: string) => completeLine(line, commands, answerer()),
        }
      : { terminal: false }),
  });
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };

  // The last reply shown: `next` and `prev` press its buttons.
  const state: { last: Reply | null } = { last: null };
  const run = (name: string, rawOptions: Record<string, OptionValue>, page: number): void => {
    const command = commands.get(name);
    if (command === undefined) {
      write(`Error: unknown command /${name}.`);
      return;
    }
    try {
      const result = runCommand(command, rawOptions, {
        answerer: answerer(),
        userId: CONSOLE_USER,
        page,
        now: now(),
      });
      if (!result.ok) {
        write(`Error: ${result.problem}`);
        return;
      }
      state.last = result.reply;
      write(replyToText(result.reply));
    } catch (error) {
      write(`Error: /${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const turnPage = (label: string): void => {
    const shown = state.last;
    const customId = shown === null ? null : enabledButtonId(shown, label);
    if (shown === null || customId === null) {
      write(`Error: there is no ${label === NEXT_LABEL ? 'next' : 'previous'} page.`);
      return;
    }
    const footer = shown.embeds[0]?.footer?.text ?? null;
    const request = pageFromButton(customId, footer, CONSOLE_USER, now());
    if (!request.ok) {
      write(`Error: ${request.message}`);
      return;
    }
    run(request.command, request.options, request.page);
  };

  const handle = (line: string): void => {
    const text = line.trim();
    if (text === '') return;
    const word = text.toLowerCase();
    if (word === 'help') {
      run('help', {}, 0);
    } else if (word === 'next' || word === 'n') {
      turnPage(NEXT_LABEL);
    } else if (word === 'prev' || word === 'previous' || word === 'p') {
      turnPage(PREVIOUS_LABEL);
    } else if (!text.startsWith('/')) {
      run('ask', { question: text }, 0);
    } else {
      const resolved = resolveCommandLine(text, commands);
      if (resolved.ok) run(resolved.name, resolved.options, 0);
      else write(`Error: ${resolved.error}`);
    }
  };

  if (interactive) {
    output.write(GREETING);
    lines.prompt();
  }
  for await (const line of lines) {
    if (['quit', 'exit'].includes(line.trim().toLowerCase())) break;
    handle(line);
    if (interactive) {
      output.write('\n');
      lines.prompt();
    } else {
      write('');
    }
  }
  lines.close();
}

/** The custom id of the reply's enabled button with this label, or null. */
function enabledButtonId(reply: Reply, label: string): string | null {
  for (const row of reply.components) {
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || component.disabled === true) continue;
      if ('custom_id' in component && 'label' in component && component.label === label) {
        return component.custom_id;
      }
    }
  }
  return null;
}
