/**
 * Tab completion for the offline console, with the suggestions Discord shows: `/wh` completes to
 * a command name, `/who name:jef` to the people the `who` command's own `autocomplete` offers
 * (fuzzy, so "jef sesions" finds Jeff Sessions), `private:t` to `true`, and the last words of a
 * plain question to a person's name. Pure: the line before the cursor in, readline's
 * `[completions, replaced text]` out.
 *
 * Readline replaces the typed text with a single completion, or with the completions' common
 * prefix. Fuzzy choices need not start with what was typed, so several of them are listed under
 * a heading instead (on a second Tab, as a shell does) and the line is left as typed.
 */
import type { CompleterResult } from 'node:readline';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Command } from '../bot/command.js';
import { formatCommandLine } from '../bot/command-line.js';
import { MAX_CHOICES } from '../bot/interactions.js';
import { allowedEdits, osaDistance } from '../language/edit-distance.js';
import { words } from '../search/text.js';

/** Words the console understands besides questions and commands (see console.ts). */
const CONSOLE_WORDS = ['help', 'next', 'prev', 'quit'] as const;

/** A person's name in a question is matched on at most this many trailing words. */
const NAME_WORDS = 4;
/** A command name this long or longer may carry one typo ("/hwo"). */
const COMMAND_TYPO_MIN = 3;

interface Choice {
  /** What the list shows: the label Discord would show. */
  label: string;
  /** What goes into the line when this choice is the one. */
  insert: string;
}

/** What the text before the cursor is in the middle of. */
type Spot =
  | { kind: 'command'; typed: string }
  | { kind: 'option-name'; typed: string; options: APIApplicationCommandOption[] }
  | {
      kind: 'value';
      command: Command;
      commandName: string;
      option: APIApplicationCommandOption;
      /** The value as written, quotes included: what a completion replaces. */
      raw: string;
      /** The value as the command would receive it. */
      value: string;
      quoted: boolean;
      /** Options not yet given, for free text that turns out to be the start of one. */
      remaining: APIApplicationCommandOption[];
    }
  | { kind: 'question'; text: string }
  | { kind: 'none' };

/**
 * Completions for `line` (the text before the cursor). A suggestion that throws completes nothing,
 * as the Discord router answers an autocomplete that throws with no choices.
 */
export function completeLine(
  line: string,
  commands: ReadonlyMap<string, Command>,
  answerer: Answerer,
): CompleterResult {
  try {
    return complete(locate(line, commands), commands, answerer);
  } catch {
    return [[], ''];
  }
}

function complete(
  spot: Spot,
  commands: ReadonlyMap<string, Command>,
  answerer: Answerer,
): CompleterResult {
  switch (spot.kind) {
    case 'command':
      return [commandNames(spot.typed.slice(1), commands).map((name) => `/${name} `), spot.typed];
    case 'option-name':
      return optionNames(spot.typed, spot.options);
    case 'value':
      return completeValue(spot, answerer);
    case 'question':
      return completeQuestion(spot.text, commands, answerer);
    case 'none':
      return [[], ''];
  }
}

/** Names starting with what was typed; failing that, names one typo away ("hwo" → "who"). */
function commandNames(typed: string, commands: ReadonlyMap<string, Command>): string[] {
  const key = typed.toLowerCase();
  const names = [...commands.keys()];
  const starting = names.filter((name) => name.startsWith(key));
  if (starting.length > 0 || key.length < COMMAND_TYPO_MIN) return starting;
  return names.filter((name) =>
    [key.length - 1, key.length, key.length + 1].some(
      (length) => osaDistance(key, name.slice(0, length), 1) <= 1,
    ),
  );
}

function optionNames(typed: string, options: APIApplicationCommandOption[]): CompleterResult {
  const key = typed.toLowerCase();
  return [
    options.filter((option) => option.name.startsWith(key)).map((option) => `${option.name}:`),
    typed,
  ];
}

/**
 * Walks the line with the grammar of `parseCommandLine` (command-line.ts) up to the cursor: a
 * command name, then `name:value` pairs, where a bare value runs to the next ` option:` the
 * command declares and a quoted one to its closing quote.
 */
function locate(line: string, commands: ReadonlyMap<string, Command>): Spot {
  const start = line.search(/\S/);
  if (start === -1 || line[start] !== '/') return { kind: 'question', text: line };
  const head = /^\/([\w-]*)/.exec(line.slice(start));
  const commandName = (head?.[1] ?? '').toLowerCase();
  let rest = line.slice(start + (head?.[0].length ?? 0));
  if (rest === '') return { kind: 'command', typed: line.slice(start) };
  const command = commands.get(commandName);
  if (command === undefined || !/^\s/.test(rest)) return { kind: 'none' };

  const declared = command.data.toJSON().options ?? [];
  const declaredNames = declared.map((option) => option.name);
  const given = new Set<string>();
  const remaining = (): APIApplicationCommandOption[] =>
    declared.filter((option) => !given.has(option.name));
  for (;;) {
    rest = rest.trimStart();
    const key = /^([\w-]*)(:?)/.exec(rest);
    const name = (key?.[1] ?? '').toLowerCase();
    if (key?.[2] !== ':') {
      return key?.[0] === rest
        ? { kind: 'option-name', typed: rest, options: remaining() }
        : { kind: 'none' };
    }
    const option = declared.find((candidate) => candidate.name === name);
    if (option === undefined || given.has(name)) return { kind: 'none' };
    given.add(name);
    rest = rest.slice(key[0].length);
    const quoted = rest.startsWith('"');
    let end = quoted ? closingQuote(rest) : nextOption(rest, declaredNames);
    // A bare value with a space typed after it is finished: what follows is the next option.
    if (end === -1 && !quoted && /\S\s+$/.test(rest)) end = rest.trimEnd().length;
    if (end === -1) {
      const raw = rest.trimStart();
      const value = quoted ? unquote(raw) : raw.trim();
      return {
        kind: 'value',
        command,
        commandName,
        option,
        raw,
        value,
        quoted,
        remaining: remaining(),
      };
    }
    rest = rest.slice(end);
    if (!/^\s/.test(rest)) return { kind: 'none' };
  }
}

/** Where the text after a quoted value starts, or -1 while the cursor is still inside it. */
function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1 < text.length ? i + 1 : -1;
  }
  return -1;
}

/** Where a bare value ends at a declared ` option:`, or -1 when it runs to the cursor. */
function nextOption(text: string, declaredNames: readonly string[]): number {
  for (const match of text.matchAll(/(?<!\s)\s+([\w-]+):/g)) {
    if (declaredNames.includes((match[1] ?? '').toLowerCase())) return match.index;
  }
  return -1;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A quoted value as `parseCommandLine` reads it (its escapes undone), closed or not yet. */
function unquote(raw: string): string {
  let value = '';
  for (let i = 1; i < raw.length; i++) {
    const char = raw[i] ?? '';
    if (char === '"') break;
    const escaped = char === '\\' ? ESCAPES[raw[i + 1] ?? ''] : undefined;
    if (escaped === undefined) {
      value += char;
    } else {
      value += escaped;
      i++;
    }
  }
  return value;
}

function completeValue(
  spot: Extract<Spot, { kind: 'value' }>,
  answerer: Answerer,
): CompleterResult {
  const { command, option, raw, value } = spot;
  const insert = (text: string): string => formatValue(spot.commandName, option.name, text);
  if (option.type === ApplicationCommandOptionType.Boolean) {
    const key = value.toLowerCase();
    return [
      ['true', 'false'].filter((word) => word.startsWith(key)).map((word) => `${word} `),
      raw,
    ];
  }
  if ('autocomplete' in option && option.autocomplete === true && command.autocomplete) {
    const choices = command
      .autocomplete({ name: option.name, value }, { answerer })
      .filter((choice) => choice.name !== '' && choice.value !== '')
      .slice(0, MAX_CHOICES)
      .map((choice) => ({ label: choice.name, insert: insert(choice.value) }));
    return offer(choices, value, raw);
  }
  // Free text has nothing to suggest, but its last word may be the start of the next option.
  const lastWord = /\s(\S+)$/.exec(raw)?.[1];
  if (lastWord === undefined || spot.quoted) return [[], raw];
  const [names] = optionNames(lastWord, spot.remaining);
  return [names, lastWord];
}

/**
 * A value as the line must hold it to be read back unchanged (quoted when it has spaces before a
 * `word:`, surrounding spaces, quotes or line breaks): the rules of `formatCommandLine`.
 */
function formatValue(commandName: string, optionName: string, value: string): string {
  const line = formatCommandLine(commandName, { [optionName]: value });
  return line.slice(`/${commandName} ${optionName}:`.length);
}

/** A plain line: a console word, else a person's name in the last words of the question. */
function completeQuestion(
  text: string,
  commands: ReadonlyMap<string, Command>,
  answerer: Answerer,
): CompleterResult {
  const typed = text.trimStart();
  if (typed === '') return [[...commands.keys()].map((name) => `/${name} `), ''];
  if (/\s$/.test(typed)) return [[], ''];
  if (!/\s/.test(typed)) {
    const known = CONSOLE_WORDS.filter((word) => word.startsWith(typed.toLowerCase()));
    if (known.length > 0) return [known, typed];
  }
  return completeName(typed, answerer);
}

/**
 * The person the last words of a question name, typos and all ("jef sesions" → Jeff Sessions).
 * The longest run of trailing words that reads as a name is replaced; each word must be close to
 * a word of the person's name, so "ask sessions" replaces only "sessions", and a title ("the
 * attorney general"), which a question may mean as written, is left alone.
 */
function completeName(typed: string, answerer: Answerer): CompleterResult {
  const written = typed.split(/\s+/);
  for (let count = Math.min(NAME_WORDS, written.length); count >= 1; count--) {
    const phrase = written.slice(-count).join(' ');
    const typedWords = words(phrase);
    const choices: Choice[] = [];
    for (const { personId, label } of answerer.suggestPeople(phrase, MAX_CHOICES)) {
      const person = answerer.dataset.people.find((candidate) => candidate.id === personId);
      if (person === undefined) continue;
      if (readsAs(typedWords, words(person.name))) choices.push({ label, insert: person.name });
    }
    if (choices.length > 0) {
      return offer(choices, phrase, typed.slice(-trailingLength(typed, count)));
    }
  }
  return [[], typed];
}

/** Whether typed words match consecutive words of a name, each a prefix or a close misspelling. */
function readsAs(typedWords: readonly string[], nameWords: readonly string[]): boolean {
  if (typedWords.length === 0) return false;
  for (let start = 0; start + typedWords.length <= nameWords.length; start++) {
    if (typedWords.every((word, i) => closeWord(word, nameWords[start + i] ?? ''))) return true;
  }
  return false;
}

function closeWord(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const edits = allowedEdits(typed.length);
  return (
    osaDistance(typed, word, edits) <= edits ||
    osaDistance(typed, word.slice(0, typed.length), edits) <= edits
  );
}

/** How many characters the last `count` words of `text` take, with the spaces between them. */
function trailingLength(text: string, count: number): number {
  const match = new RegExp(`(?:\\S+\\s+){${count - 1}}\\S+$`).exec(text);
  return match?.[0].length ?? 0;
}

/**
 * One choice goes into the line. So does the only one whose label starts with what was typed:
 * typing a name as the list shows it picks it, as clicking it would on Discord. Otherwise all are
 * listed under a heading, which also keeps readline from rewriting the line to the labels' common
 * prefix ("2017-0" for a list of events): a heading in parentheses shares no prefix with them.
 */
function offer(choices: Choice[], typed: string, replaced: string): CompleterResult {
  const key = fold(typed);
  const named = key === '' ? [] : choices.filter((choice) => fold(choice.label).startsWith(key));
  const only = choices.length === 1 ? choices[0] : named.length === 1 ? named[0] : undefined;
  // The space after it, as a shell adds one, starts the next option or word.
  if (only !== undefined) return [[`${only.insert} `], replaced];
  if (choices.length === 0) return [[], replaced];
  const listed = [
    `(${choices.length} choices: type more to narrow them down)`,
    '',
    ...choices.map((choice) => choice.label),
  ];
  // Readline edits the line unless the common prefix is one of what was typed; should every label
  // begin with "(", list nothing rather than let the line be rewritten.
  return replaced.startsWith(commonPrefix(listed)) ? [listed, replaced] : [[], replaced];
}

/** Folded as the search indexes fold names: case, accents and punctuation ignored. */
function fold(text: string): string {
  return words(text).join(' ');
}

function commonPrefix(texts: readonly string[]): string {
  const nonEmpty = texts.filter((text) => text !== '');
  let prefix = nonEmpty[0] ?? '';
  for (const text of nonEmpty) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
