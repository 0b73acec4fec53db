/**
 * Verbs that introduce what someone said or wrote ("says", "tweeted", "calling it", "rated"),
 * listed once as lemmas and inflected by rule, so adding "admit" brings "admits", "admitted" and
 * "admitting" with it. The list follows the communication verbs of news attribution (reporting,
 * judging and naming verbs); a verb is here only if its subject is the one whose words follow.
 */

/** Regular lemmas: the rules below inflect them. */
const REGULAR = [
  'accuse',
  'acknowledge',
  'add',
  'admit',
  'advise',
  'affirm',
  'agree',
  'allege',
  'announce',
  'answer',
  'apologize',
  'applaud',
  'argue',
  'ask',
  'assail',
  'assert',
  'attack',
  'berate',
  'blame',
  'blast',
  'boast',
  'brag',
  'brand',
  'call',
  'castigate',
  'caution',
  'celebrate',
  'chant',
  'characterize',
  'charge',
  'chastise',
  'cheer',
  'cite',
  'claim',
  'coin',
  'commend',
  'comment',
  'complain',
  'concede',
  'conclude',
  'condemn',
  'confirm',
  'congratulate',
  'contend',
  'continue',
  'counter',
  'criticize',
  'declare',
  'decry',
  'deem',
  'defend',
  'demand',
  'denounce',
  'deny',
  'deride',
  'describe',
  'disclose',
  'dismiss',
  'dispute',
  'dub',
  'emphasize',
  'explain',
  'hail',
  'indicate',
  'insist',
  'joke',
  'label',
  'lambaste',
  'lament',
  'laud',
  'maintain',
  'mock',
  'note',
  'observe',
  'offer',
  'pledge',
  'post',
  'praise',
  'predict',
  'proclaim',
  'promise',
  'question',
  'quip',
  'rate',
  'rebuke',
  'recall',
  'refer',
  'reiterate',
  'reject',
  'remark',
  'reply',
  'report',
  'request',
  'respond',
  'retort',
  'reveal',
  'ridicule',
  'scold',
  'shout',
  'slam',
  'state',
  'stress',
  'suggest',
  'tell',
  'term',
  'testify',
  'text',
  'thank',
  'threaten',
  'tout',
  'tweet',
  'urge',
  'verify',
  'vow',
  'warn',
  'welcome',
  'write',
];

/** Forms the rules would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'speaking'],
  swear: ['swears', 'swore', 'sworn'],
  // "the statement reads": the past "read" is as often the present after a plural subject.
  read: ['reads'],
};

/**
 * Bare forms kept only for these lemmas: the bare form of most others is more often a noun ("a
 * tweet", "the report", "a call") than a verb after a plural subject ("officials say").
 */
const BARE_FORM_IS_A_VERB = new Set([
  'accuse',
  'acknowledge',
  'add',
  'admit',
  'agree',
  'allege',
  'announce',
  'claim',
  'confirm',
  'describe',
  'note',
  'argue',
  'ask',
  'assert',
  'complain',
  'concede',
  'contend',
  'declare',
  'deny',
  'explain',
  'insist',
  'predict',
  'reply',
  'respond',
  'say',
  'suggest',
  'tell',
  'testify',
  'urge',
  'warn',
  'write',
]);

/** Phrases whose verb alone would not say that words follow. */
const PHRASES = [
  'lash(?:es|ed)? out',
  'lashing out',
  '(?:issues|issued|issuing|releases|released|releasing|makes|made|making) a statement',
  '(?:publishes|published|publishing) (?:an? )?(?:editorial|op-ed|statement|open letter|letter|essay|column)',
  '(?:posts|posted|posting) on (?:Twitter|Facebook|social media)',
];

const VOWELS = /[aeiou]/;

/** Regular English inflection: -s, -ed and -ing with the usual spelling changes. */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  const last = lemma.charAt(lemma.length - 1);
  const beforeLast = lemma.charAt(lemma.length - 2);
  if (last === 'y' && !VOWELS.test(beforeLast)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (last === 'e') {
    const stem = lemma.slice(0, -1);
    forms.push(`${lemma}s`, `${lemma}d`, `${stem}ing`);
  } else {
    const sibilant = /(?:s|x|z|ch|sh)$/.test(lemma);
    // One short vowel before a final consonant doubles it: "dub" → "dubbed", "slam" → "slammed",
    // "quip" → "quipped" (the u of "qu" is no vowel).
    const doubles =
      /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma.replace(/^qu/, 'q')) && !/(?:w|x|y)$/.test(lemma);
    const stem = doubles ? lemma + last : lemma;
    forms.push(sibilant ? `${lemma}es` : `${lemma}s`, `${stem}ed`, `${stem}ing`);
  }
  return forms;
}

function allForms(): string[] {
  const forms = new Set<string>();
  for (const lemma of REGULAR) {
    for (const form of IRREGULAR[lemma] ?? inflect(lemma)) {
      if (form !== lemma || BARE_FORM_IS_A_VERB.has(lemma)) forms.add(form);
    }
  }
  for (const [lemma, irregular] of Object.entries(IRREGULAR)) {
    for (const form of irregular) {
      if (form !== lemma || BARE_FORM_IS_A_VERB.has(lemma)) forms.add(form);
    }
  }
  // British spellings the corpus also uses.
  for (const form of [...forms]) {
    if (form.includes('iz')) forms.add(form.replace('iz', 'is'));
    if (/label(?:ed|ing)$/.test(form)) forms.add(form.replace('label', 'labell'));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** One alternation of every form, longest first, for use inside a regular expression. */
const FORMS = allForms();

export const SPEECH_VERB = [...PHRASES, ...FORMS].join('|');

/**
 * Every form, bare ones too, for questions that ask whether someone said something: "Did Trump
 * suggest that …", "Has Pence acknowledged that …". After "did" a bare form is always the verb.
 */
export const SPEECH_VERB_ANY_FORM = [...new Set([...FORMS, ...REGULAR, ...Object.keys(IRREGULAR)])]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Verb forms that are participles used passively ("rated 'not qualified' by the ABA"). */
export const PASSIVE_PARTICIPLE = new RegExp(
  // "rated "not qualified"", "announced to be a "pandemic"", "described as "reckless"".
  `\\b(?:${FORMS.filter((form) => /(?:ed|en|told|said|wrote)$/.test(form)).join('|')})(?:\\s+(?:to\\s+be|as)(?:\\s+(?:a|an|the))?)?\\s*$`,
);

/**
 * Adverbs that stand between a subject and its speech verb, at the end of the words before it:
 * "Trump later", "North Korea further", "The ministry repeatedly". Nouns that end in "-ly" are
 * subjects, not adverbs: "the family said", "a US ally warned".
 */
export const TRAILING_ADVERBS =
  /(?:\s+(?:later|also|then|again|now|still|soon|first|further|(?!(?:family|ally|assembly|rally|supply|daily|weekly|monthly|quarterly|anomaly|monopoly|bully|fly)\b)\p{Ll}+ly))+$/u;

/**
 * Verbs of saying whose object is a person or a thing, not words: what they say of it is the
 * claim ("Did Trump thank Roberts?" asks about thanks, not about words on Roberts).
 */
export const EVALUATIVE_VERB = new RegExp(
  `^(?:${(
    'thank praise blame accuse mock deride slam attack criticize criticise congratulate condemn ' +
    'commend applaud insult berate blast castigate chastise denounce lambaste laud rebuke ' +
    'ridicule scold hail disparage defend endorse'
  )
    .split(' ')
    .flatMap(inflect)
    .join('|')})$`,
  'i',
);
