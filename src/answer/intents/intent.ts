/**
 * The shape every question kind's handler shares: the facade parses a question once and hands the
 * parse to the handler for its intent, which chooses candidates and shapes the answers.
 */
import type { ParsedQuestion } from '../../question/parse.js';
import type { AnswerContext } from '../context.js';
import type { AskResult } from '../types.js';

/**
 * What a handler found: answers best first, empty when nothing matched (the facade then adds
 * suggestions, unless the handler gave its own), and the range or verdict it read.
 */
export type IntentResult = Pick<AskResult, 'answers'> &
  Partial<Pick<AskResult, 'range' | 'verdict' | 'suggestions'>>;

/** `limit` is already clamped by the facade. */
export type IntentHandler = (
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  limit: number,
) => IntentResult;
