/**
 * Questions about people and their words in forms the question rules do not read, and the
 * question each means: "What do you know about Jeff Sessions?" is "Who is Jeff Sessions",
 * "Whose quote is "covfefe"?" is "Who said "covfefe"", "How did Pelosi react to the speech?" is
 * "What did Pelosi say about the speech".
 */

/** Each form, with the standard question it becomes. */
const FORMS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  // Who someone is.
  [
    /^(?:what\s+do\s+(?:you|we)\s+know\s+about|what\s+can\s+you\s+tell\s+me\s+about|info(?:rmation)?\s+(?:on|about))\s+(.+)$/i,
    (m) => `Who is ${m[1] ?? ''}`,
  ],
  [
    /^what\s+(?:is|was)\s+(.+?)['’]s?\s+(?:role|job|position|title|office|post)$/i,
    (m) => `Who is ${m[1] ?? ''}`,
  ],
  [
    /^what\s+(?:job|role|position|post)\s+did\s+(.+?)\s+(?:have|hold)$/i,
    (m) => `Who is ${m[1] ?? ''}`,
  ],
  // Who said words.
  [
    /^(?:whose\s+(?:quote|words|line|remark|tweet)\s+(?:is|was)|who\s+(?:is|was)\s+the\s+source\s+of(?:\s+the\s+quote)?|who\s+was\s+it\s+that\s+said)\s+(.+)$/i,
    (m) => `Who said ${m[1] ?? ''}`,
  ],
  [
    /^(["“].+["”])\s*[,:;–—-]*\s*who\s+(?:said|wrote|tweeted)\s+(?:that|this|it)$/i,
    (m) => `Who said ${m[1] ?? ''}`,
  ],
  // What someone said about something.
  [
    // "How did Trump react when Cohen pleaded guilty …": the event reacted to is what was said about.
    /^how\s+did\s+(.+?)\s+(?:react|respond)\s+(?:to|after|when)\s+(.+)$/i,
    (m) => `What did ${m[1] ?? ''} say about ${m[2] ?? ''}`,
  ],
  [
    /^what\s+(?:was|is)\s+(.+?)['’]s?\s+(?:response|reaction|answer|reply)\s+to\s+(.+)$/i,
    (m) => `What did ${m[1] ?? ''} say about ${m[2] ?? ''}`,
  ],
  [
    // "What was Trump's position on the TikTok deal?", "What was Pompeo's take on …?"
    /^what\s+(?:was|is|were|are)\s+(.+?)['’]s?\s+(?:position|stance|view|views|take|opinion|line|verdict)\s+(?:on|about|regarding|towards?)\s+(.+)$/i,
    (m) => `What did ${m[1] ?? ''} say about ${m[2] ?? ''}`,
  ],
  [
    /^(?:(?:give|show)\s+me\s+|list\s+)?(.+?)['’]s?\s+(?:comments|remarks|statements|words|tweets|views)\s+(?:on|about|regarding)\s+(.+)$/i,
    (m) => `What did ${m[1] ?? ''} say about ${m[2] ?? ''}`,
  ],
  // What someone's meeting, call or speech was about: what they said there.
  [
    /^what\s+(?:was|were|is)\s+(\S+(?:\s+\S+)?)['’]s?\s+(.+?)\s+about$/i,
    (m) => `What did ${m[1] ?? ''} say about ${m[2] ?? ''}`,
  ],
];

/** The standard question a question in another form means, or null when it is in none. */
export function asStandardQuestion(question: string): string | null {
  const body = question.trim().replace(/[?!.]+$/, '');
  for (const [form, rewrite] of FORMS) {
    const match = form.exec(body);
    if (match !== null) return rewrite(match);
  }
  return null;
}
