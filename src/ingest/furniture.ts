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
  const text = paragraph.trim().replace(/[.:!]+$/, '');
  return text.length <= 160 && FURNITURE.some((pattern) => pattern.test(text));
}
