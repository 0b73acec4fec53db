/** Upper-cases the first letter: a count at the start of a sentence, a name as it is written. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
