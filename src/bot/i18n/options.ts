/**
 * Why a command's options were refused, in the asker's language. The option schemas word their
 * checks with the English texts of en.ts (`options.hints`, `options.tooLong`); the router finds
 * which text a message is and gives the asker's translation of it.
 */
import { en } from './en.js';
import { textOf } from './index.js';

const HINT_KEYS = new Map(
  Object.entries(en.options.hints).map(([key, text]) => [
    text,
    key as keyof typeof en.options.hints,
  ]),
);
const TOO_LONG = new RegExp(`^${escapeRegExp(en.options.tooLong(0)).replace('0', '(\\d+)')}$`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A schema's message in the asker's language; a message it does not know stays as it is. */
export function localizeProblem(message: string, locale?: string): string {
  const { options } = textOf(locale);
  const hint = HINT_KEYS.get(message);
  if (hint !== undefined) return options.hints[hint];
  const tooLong = TOO_LONG.exec(message);
  if (tooLong !== null) return options.tooLong(Number(tooLong[1]));
  return message;
}

export interface OptionIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * What is wrong with the options, naming the one at fault as the asker's Discord names it:
 * "The option `question` is required.", "Die Option `frage` fehlt."
 */
export function describeOptionProblem(
  issues: readonly OptionIssue[],
  options: Record<string, unknown>,
  shownName: (option: string) => string,
  locale?: string,
): { problem: string; reason: string } {
  const text = textOf(locale).options;
  const issue = issues[0];
  const reason = issue === undefined ? text.invalidInput : localizeProblem(issue.message, locale);
  const name = issue?.path[0];
  if (issue === undefined || name === undefined) return { problem: text.together(reason), reason };
  const option = String(name);
  if (options[option] === undefined) return { problem: text.required(shownName(option)), reason };
  return { problem: text.invalid(shownName(option), reason), reason };
}
