/**
 * Page furniture that news sites put between paragraphs and that copy-paste carries into raw
 * documents: ad markers, share counters, image credits. Such a paragraph says nothing about the
 * event, so it is neither an event title nor an article sentence.
 */
const FURNITURE = [
  /^advertisement$/i,
  /^story continue[sd]? below( advertisement)?$/i,
  /^(?:featured )?(?:image|photo|picture)s?(?: credit)?(?:\s+via\b|:|\s+by\b|\s+courtesy of\b).{0,80}$/i,
  /^[\d.,]+k?\s+shares?\b.{0,40}$/i,
  /^share (?:this|on)\b.{0,40}$/i,
  /^(?:click here|read more|related|see also|sign up|subscribe)\b.{0,120}$/i,
];

export function isPageFurniture(paragraph: string): boolean {
  const text = withoutFinalStops(paragraph.trim());
  return text.length <= 160 && FURNITURE.some((pattern) => pattern.test(text));
}

/**
 * The text without its final run of `.`, `:` and `!`. A loop from the end rather than
 * `/[.:!]+$/`, which a search retries from each stop of a long run that does not end the text:
 * quadratic in the run.
 */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && '.:!'.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
