export { parseQuestion, whoDidParts, type ParsedQuestion } from './parse.js';
export { parseDateRange, findDateMention, type DateMention } from './dates.js';
export { sanitizeQuestion, hasWords, MAX_QUESTION_LENGTH } from './sanitize.js';
