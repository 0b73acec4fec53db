/**
 * Pairs quotation marks. Straight double quotes are ambiguous (the same mark opens and closes),
 * so they alternate; single quotes share their mark with the apostrophe (Trump's, Sessions'), so a
 * single quote only opens before a word and only closes after one, and a lone closing-looking
 * apostrophe with nothing open is left alone.
 */
export type QuoteMark = 'double' | 'single';

export interface QuoteSpan {
  mark: QuoteMark;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

export function findDoubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '“' || (char === '"' && open === null)) {
      // A curly opening mark while one is open means the earlier one was never closed: restart.
      open = index;
    } else if ((char === '”' || char === '"') && open !== null) {
      if (index > open + 1) spans.push({ mark: 'double', open, close: index });
      open = null;
    }
  }
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPENING = /[\s([{"“—–-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}"”—–-]/;

export function findSingleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char !== "'" && char !== '‘' && char !== '’') continue;
    const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
    const after = text[index + 1] ?? ' ';
    const opens = char !== '’' && BEFORE_OPENING.test(before) && WORD_CHAR.test(after);
    const closes =
      char !== '‘' && !/\s/.test(before) && (index + 1 >= text.length || AFTER_CLOSING.test(after));
    if (closes && open !== null) {
      const inner = text.slice(open + 1, index);
      if (/\p{L}/u.test(inner)) spans.push({ mark: 'single', open, close: index });
      open = null;
    } else if (opens && open === null) {
      open = index;
    }
  }
  return spans;
}

/**
 * True when `index` falls strictly inside one of the spans. The spans must be in order and not
 * overlap, as each finder above returns them: a binary search, because a paragraph full of
 * quotations asks once per sentence end and a scan of every span each time is quadratic.
 */
export function insideSpan(spans: readonly QuoteSpan[], index: number): boolean {
  let low = 0;
  let high = spans.length;
  // The last span that opens before `index` is the only one that can contain it.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.open ?? Infinity) < index) low = middle + 1;
    else high = middle;
  }
  const candidate = spans[low - 1];
  return candidate !== undefined && index < candidate.close;
}
