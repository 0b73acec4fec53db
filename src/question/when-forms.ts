/**
 * "When" questions in forms the question rules do not read, and the "When …" question each
 * means: "How long ago did Sessions recuse himself?", "In what month did Flynn resign?", "Date of
 * Comey's firing?", "Flynn resigned when?".
 */

/** Openings that ask for a time, each with what it becomes. */
const WHEN_OPENINGS: readonly [RegExp, string][] = [
  [/^how long ago\s+(?=(?:did|was|were|has|had|is|are)\b)/i, 'When '],
  [/^(?:on|in|during)\s+(?:which|what)\s+(?:date|day|year|month|week)\s+/i, 'When '],
  [/^what\s+(?:was|is)\s+the\s+(?:date|day)\s+(?:when|that)\s+/i, 'When '],
  [/^what\s+(?:was|is)\s+the\s+(?:date|day)\s+of\s+/i, 'When was '],
  [/^(?:the\s+)?date\s+of\s+/i, 'When was '],
  [/^when['’]d\s+/i, 'When did '],
];

/** "Flynn resignation date?", "Flynn resigned when?": the time asked for at the end. */
const WHEN_AT_END = /^(.+?)[\s,–—-]+(?:date|when|what date|which day|what day)$/i;

/** The "When …" question a time question in another form means, or null when it is none. */
export function asWhenQuestion(question: string): string | null {
  const body = question.trim().replace(/[?!.]+$/, '');
  for (const [opening, replacement] of WHEN_OPENINGS) {
    const match = opening.exec(body);
    if (match !== null) return `${replacement}${body.slice(match[0].length)}`;
  }
  const atEnd = WHEN_AT_END.exec(body);
  if (atEnd !== null && !/^(?:what|who|which|when|where|why|how)\b/i.test(body)) {
    return `When was ${atEnd[1] ?? ''}`;
  }
  return null;
}

/**
 * Words of a "when" topic that frame the question, not the event: "exactly" in "When exactly did
 * …", "it that" in "When was it that …", "happen" in "When did the resignation happen".
 */
export function withoutWhenFrame(topic: string): string {
  return topic
    .replace(
      /^(?:exactly|precisely|roughly|approximately|about)\s+(?:(?:did|was|were|is|has|had)\s+)?/i,
      '',
    )
    .replace(/^it\s+(?:that|when)\s+/i, '')
    .replace(/\s+(?:happen|happened|take place|took place|occur|occurred)$/i, '')
    .trim();
}
