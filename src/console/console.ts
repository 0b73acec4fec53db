/**
 * The offline console: the bot without Discord. Each line is a slash command
 * (`/who name:sessions`) or a plain question (answered as /ask); it runs through the same command
 * modules and option checks as on Discord, and the reply is printed as text. `first`, `prev`,
 * `next` and `last` press the last reply's page buttons, and `page 3` or `page 2017-03-02` fills
 * in its Go to… form. Reads standard input line by line when it is not a terminal, so it can be
 * scripted; shows a prompt, and completes with Tab, when it is.
 */
import { createInterface } from 'node:readline';
import { ComponentType } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import {
  isServerCommand,
  messageCommandFileName,
  type Command,
  type CommandContext,
  type MessageCommand,
  type Reply,
} from '../bot/command.js';
import { commandNameOf, resolveCommandLine, type OptionValue } from '../bot/command-line.js';
import { runCommand } from '../bot/interactions.js';
import { textOf } from '../bot/i18n/index.js';
import { loadCommandSet } from '../bot/load-commands.js';
import { decodePageButton, pageFromButton, type PageAction } from '../bot/render/pagination.js';
import { completeLine } from './complete.js';
import { createPictureSaver } from './pictures.js';
import { pictureToText, replyToText } from './render-text.js';

/** Who the console's user is, as far as page buttons are concerned. */
export const CONSOLE_USER = 'console';

/** Why a page word did nothing: the last reply has no such button (or no pages at all). */
const NO_SUCH_PAGE: Record<PageAction | 'usage', string> = {
  first: 'this is the first page.',
  previous: 'there is no previous page.',
  next: 'there is no next page.',
  last: 'this is the last page.',
  'go-to': 'there are no pages to go to.',
  usage: 'say which page: "page 3", or a date: "page 2017-03-02".',
};

export interface ConsoleOptions {
  /** The answerer for the current dataset, read per line: a reloaded dataset answers the next. */
  answerer: () => Answerer;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Defaults to the modules in commands/. */
  commands?: ReadonlyMap<string, Command>;
  /** Message commands, run as `verify-quotes <message text>`; with `commands`, none unless given. */
  messageCommands?: ReadonlyMap<string, MessageCommand>;
  now?: () => Date;
  /** Where pictures (the timeline picture) are saved; default: a new temporary folder. */
  pictureDir?: string;
  /** The Discord locale replies are written in (CONSOLE_LOCALE); English by default. */
  locale?: string | undefined;
}

const GREETING =
  'Offline console. Type a question, or a command such as /who name:sessions (/help lists them).\n' +
  'Tab completes commands, options and names, as Discord suggests them.\n' +
  '"next", "prev", "first" and "last" turn pages, "page 3" or "page 2017-03-02" jumps;\n' +
  '"verify-quotes <message>" checks the quotes in a message, as Apps → Verify quotes does;\n' +
  '"quit" or Ctrl+D quits.\n';

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { answerer, input, output } = options;
  const loaded = options.commands === undefined ? await loadCommandSet() : undefined;
  const commands: ReadonlyMap<string, Command> = options.commands ?? loaded?.commands ?? new Map();
  const messageCommands: ReadonlyMap<string, MessageCommand> =
    options.messageCommands ?? loaded?.messageCommands ?? new Map();
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

  // The last reply shown: the page words press its buttons.
  const state: { last: Reply | null } = { last: null };
  // A reply's pictures are saved as files after its text, before the next line is read.
  const failure = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);
  const pictures = createPictureSaver({
    dir: options.pictureDir,
    onFailure: (name, error) => {
      write(`Error: could not draw ${name}: ${failure(error)}`);
    },
  });
  const saving: Promise<void>[] = [];
  const savePictures = async (reply: Reply): Promise<void> => {
    try {
      for (const file of await pictures.save(reply)) write(`\n${pictureToText(file)}`);
    } catch (error) {
      write(`Error: could not save the picture: ${failure(error)}`);
    }
  };
  const run = (
    name: string,
    rawOptions: Record<string, OptionValue>,
    page: number,
    pageDate?: CommandContext['pageDate'],
  ): void => {
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
        pageDate,
        now: now(),
        locale: options.locale,
      });
      if (!result.ok) {
        write(`Error: ${result.problem}`);
        return;
      }
      state.last = result.reply;
      write(replyToText(result.reply));
      // As on Discord, a page turn keeps the picture the first page showed.
      if (page === 0 && pageDate === undefined) {
        saving.push(savePictures(result.reply));
      }
    } catch (error) {
      write(`Error: /${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  /** Presses the last reply's button that does this; Go to… is pressed with its `input`. */
  const turnPage = (action: PageAction, input?: string): void => {
    const shown = state.last;
    const customId = shown === null ? null : enabledButtonId(shown, action);
    if (shown === null || customId === null) {
      write(`Error: ${NO_SUCH_PAGE[action]}`);
      return;
    }
    const footer = shown.embeds[0]?.footer?.text ?? null;
    const request = pageFromButton(customId, footer, CONSOLE_USER, now(), input, options.locale);
    if (!request.ok) {
      write(`Error: ${request.message}`);
      return;
    }
    run(request.command, request.options, request.page, request.pageDate);
  };

  /** `verify-quotes <text>`: the message command run on the text typed after its word. */
  const runOnMessage = (command: MessageCommand, content: string): void => {
    const word = messageCommandFileName(command.data.name);
    if (content === '') {
      write(`Error: write the message after the word, e.g. ${word} Sessions said "…"`);
      return;
    }
    try {
      const reply = command.execute(
        { content },
        { answerer: answerer(), userId: CONSOLE_USER, page: 0, now: now(), locale: options.locale },
      );
      state.last = reply;
      write(replyToText(reply));
    } catch (error) {
      write(`Error: ${word} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const handle = (line: string): void => {
    const text = line.trim();
    if (text === '') return;
    const word = text.toLowerCase();
    const onMessage = messageCommandIn(text, messageCommands);
    if (word === 'help') {
      run('help', {}, 0);
    } else if (word === 'next' || word === 'n') {
      turnPage('next');
    } else if (word === 'prev' || word === 'previous' || word === 'p') {
      turnPage('previous');
    } else if (word === 'first' || word === 'last') {
      turnPage(word);
    } else if (word === 'page' || word.startsWith('page ')) {
      const target = text.slice('page'.length).trim();
      if (target === '') write(`Error: ${NO_SUCH_PAGE.usage}`);
      else turnPage('go-to', target);
    } else if (onMessage !== null) {
      runOnMessage(onMessage.command, onMessage.content);
    } else if (!text.startsWith('/')) {
      run('ask', { question: text }, 0);
    } else {
      // Server settings have no server here: say so rather than what their options lack.
      const named = commands.get(commandNameOf(text) ?? '');
      if (named !== undefined && isServerCommand(named)) {
        write(`Error: ${textOf(options.locale).router.serverOnly(named.data.name)}`);
        return;
      }
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
    await Promise.all(saving.splice(0));
    if (interactive) {
      output.write('\n');
      lines.prompt();
    } else {
      write('');
    }
  }
  lines.close();
}

/**
 * The custom id of the reply's enabled page button that does `action`, or null. Found by what the
 * id says, not by its label, which is in the reply's language.
 */
function enabledButtonId(reply: Reply, action: PageAction): string | null {
  for (const row of reply.components) {
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || component.disabled === true) continue;
      if ('custom_id' in component && decodePageButton(component.custom_id)?.action === action) {
        return component.custom_id;
      }
    }
  }
  return null;
}

/** The message command a line starts with (its file name: `verify-quotes …`), and the rest. */
function messageCommandIn(
  line: string,
  messageCommands: ReadonlyMap<string, MessageCommand>,
): { command: MessageCommand; content: string } | null {
  const [first = ''] = line.split(/\s/, 1);
  for (const command of messageCommands.values()) {
    if (messageCommandFileName(command.data.name) === first.toLowerCase()) {
      return { command, content: line.slice(first.length).trim() };
    }
  }
  return null;
}
