/**
 * Finds the people a sentence names. A mention is a chunk of capitalised words; titles in front
 * of the name ("AG", "Attorney General", "Senator") become roles, possessives are dropped
 * ("Sessions'", "Trump's"), and chunks holding organisation or place words ("White House",
 * "Armed Services Committee") are not people. Whether a one-word chunk such as "Sessions" is a
 * person is decided later, across the whole dataset (see people.ts).
 */
import { isGivenName } from '../language/given-names.js';
import { isRegionName } from './names-places.js';
import { ORGANISATION_ENDS } from './names-organisations.js';
import {
  CALENDAR_WORDS,
  GIVEN_NAME_NOUNS,
  HONORIFICS,
  LEADING_WORDS,
  NON_NAME_INITIALISMS,
  NON_PERSON_WORDS,
  PLACE_NOUNS,
  PLACE_SURNAMES,
  SURNAME_NOUNS,
  ROLE_PHRASES,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  TITLE_OF_WORDS,
  singularTitles,
} from './vocabulary.js';
import { capitalise } from '../language/letter-case.js';

export interface RoleClaim {
  title: string;
  /** The text gives the role as one held before (former, at the time, became). */
  former: boolean;
}

export interface Mention {
  /** As written, titles included, possessive dropped: "AG Jeff Sessions". */
  surface: string;
  /** The name without titles: "Jeff Sessions". */
  name: string;
  roles: RoleClaim[];
  /** A title or honorific introduced the name, which makes it a person on its own. */
  titled: boolean;
  /** The chunk opens the sentence, so its first word may be capitalised only for that reason. */
  sentenceInitial: boolean;
  /** Offsets of the surface in the sentence. */
  start: number;
  end: number;
  /**
   * Set when the sentence itself presents the name as a person's without a title: a role word or
   * appositive in front ("economic adviser Peter Navarro") or a speech verb after ("Navarro said").
   */
  introduced?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const KEEP_DOT =
  /^(\p{Lu}\.|(\p{L}\.){2,}|Jr\.|Sr\.|Sen\.|Rep\.|Gov\.|Gen\.|Adm\.|Lt\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|St\.)$/u;
const CONNECTORS = new Set([
  'of',
  'de',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'da',
  'del',
  'la',
  'le',
  'di',
  'der',
  'den',
  'du',
  'dos',
  'el',
]);
/** Lower-case name parts joined to a capitalised one: "el-Sisi", "al-Assad". */
const PARTICLE_NAME = /^(al|el|bin|ibn|abu|van|von|de|da|di|du|der|le|la)-\p{Lu}\p{Ll}+$/u;
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
const NAME_WORD =
  /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|(?:\p{Lu}\.){2,3}|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O’\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+)$/u;

const ROLE_ALTERNATIVES = [...ROLE_PHRASES]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/ /g, '\\s+'))
  .join('|');
const ROLE_BEFORE = new RegExp(
  `(?:\\b(former|then|ex|retired)[\\s-]+)?(?:\\p{Lu}[\\p{L}.]*\\s+)?\\b(${ROLE_ALTERNATIVES}),?\\s+$`,
  'iu',
);
const ROLE_AFTER = new RegExp(
  `^(?:['’]s?)?(?:\\s+(role at the time as|(?:takes|took|taking) over as|(?:is|was) sworn in as|(?:is|was) confirmed as|becomes|became|was|had been|served as|is|as|,)|,)\\s+` +
    // "Rudy Giuliani, Trump's legal adviser": the owner before the role is no part of it.
    `(?:(?:the|a|an|his|her|their)\\s+|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?\\s+)?((?:(?:first|second|third|\\d+(?:st|nd|rd|th)|sitting|then|former|new|acting|current|incoming|outgoing|forthcoming|U\\.S\\.)\\s+)*)` +
    `(${ROLE_ALTERNATIVES})\\b`,
  'iu',
);

/** Role nouns that present a name as a person's: "economic adviser Peter Navarro". */
const ROLE_NOUNS =
  '(?:advis[eo]r|aide|lawyer|attorney|spokes(?:man|woman|person)|official|secretary|director|counsel|economist|strategist|consultant|commentator|columnist|journalist|reporter|activist|businessman|businesswoman|executive|founder|host|anchor|author|candidate|nominee|son|daughter|wife|husband|brother|sister|father|mother|son-in-law|daughter-in-law|friend|associate|donor|lobbyist|operative|senator|congressman|congresswoman|governor|mayor|ambassador|minister|leader|officer|agent|whistleblower|staffer|deputy|assistant|commissioner|administrator|chairman|chairwoman|manager|pollster|actor|actress|singer|comedian|star|financier|businessperson|physician|doctor|scientist|professor|widow|pilot|driver|engineer|worker|employee|victim|suspect|defendant|plaintiff|witness|student|teacher|nurse|soldier|veteran|protester|resident|editor|publisher|writer|producer|correspondent|presenter|historian|politician|lawmaker|analyst|researcher|campaigner|coach|captain|player|athlete|wrestler|footballer|musician|rapper|artist)';
/** A role noun (or role noun and comma) right before a name, or "according to". */
const INTRODUCER_BEFORE = new RegExp(`(?:\\b${ROLE_NOUNS}\\s*,?|\\baccording\\s+to)\\s+$`, 'i');
/** An appositive role after a name: "Samira Amrouche, spokeswoman for the administration". */
const INTRODUCER_AFTER = new RegExp(
  `^,\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,3}?${ROLE_NOUNS}s?\\b`,
  'iu',
);
/** A speech or statement verb right after a name (and an age): "Navarro says", "Azar, 52, announced". */
const SPEECH_VERB_AFTER =
  /^(?:['’]s?)?(?:,\s*\d{1,3},)?\s+(?:also\s+|later\s+|then\s+)?(?:says|said|tells|told|announces|announced|tweets|tweeted|writes|wrote|claims|claimed|testifies|testified|states|stated|argues|argued|asks|asked|responds|responded|replies|replied|adds|added|denies|denied|confirms|confirmed|insists|insisted|warns|warned|resigns|resigned)\b/i;
/**
 * A verb of saying right before a name that ends its clause: `…," said Vasco Cordeiro, the
 * regional president` or `… said Vasco Cordeiro as the storm …`. Not "told", whose object is a
 * listener ("told Fox News"), nor a name that goes on as a modifier ("said Fox News host …").
 */
const SPEECH_VERB_BEFORE = /\b(?:says|said|writes|wrote|adds|added)\s+$/i;
/** What may follow such a name: the clause's end, an appositive's comma, or a new clause. */
const CLAUSE_GOES_ON = /^(?:\s*(?:[,.;:)]|$)|\s+(?:as|when|while|after|before|in|on|at)\b)/;
/** Words that put a lone name in a place: "in Jordan", "trip to Jordan". */
const PLACE_BEFORE =
  /(?:\b(?:in|across|throughout|inside|outside|within)|\b(?:travel(?:s|ed|ing|led|ling)?|trips?|visits?|visited|visiting|fl(?:y|ies|ew|ying)|went|goes|go|going|return(?:s|ed|ing)?|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|troops|embassy)\s+(?:back\s+)?(?:to|from))\s+$/i;
/** Nouns whose name follows them: "talk show Morning Joe", "the tabloid Bild". */
const WORK_NOUN_BEFORE =
  /\b(?:show|program(?:me)?|series|film|movie|documentary|book|memoir|novel|newspaper|tabloid|magazine|podcast|album|song|ship|vessel|yacht|hurricane|storm|typhoon|cyclone|operation)\s+$/i;
/** A determiner right before a lone word: "the Moon". */
const DETERMINER_BEFORE = /\b(?:the|a|an)\s+$/;
/** The start of an organisation's name linked by "for": "Centers for", "Institute for the". */
const ORGANISATION_FOR = /\p{Lu}\p{L}+\s+for\s+(?:the\s+)?$/u;
/** …and the one word after its "and": "Centers for Disease Control and [Prevention]". */
const ORGANISATION_FOR_AND = /\p{Lu}\p{L}+\s+for\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)+and\s+$/u;
/** Function words that, following "the X", show X is the head noun, not a modifier. */
const AFTER_HEAD_NOUN =
  /^\s+(?:and|or|of|in|on|at|to|for|with|by|from|is|was|are|were|has|had|have|will|would|that|which|who|as)\b/;

export function findMentions(sentence: string): Mention[] {
  const tokens = tokenize(sentence);
  const mentions: Mention[] = [];
  for (const chunk of chunksOf(tokens, sentence)) {
    for (const mention of mentionsOf(chunk, sentence)) {
      if (!isPlaceOrThing(mention, sentence)) mentions.push(mention);
    }
  }
  shareSurnames(mentions, sentence);
  mentions.push(...coordinatedTitles(mentions, sentence));
  mentions.sort((a, b) => a.start - b.start);
  for (const mention of mentions) {
    if (mention.titled || mention.name.split(' ').length < 2) continue;
    const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
    const after = sentence.slice(mention.end, mention.end + 40);
    if (INTRODUCER_BEFORE.test(before) || INTRODUCER_AFTER.test(after)) {
      mention.introduced = true;
    } else if (SPEECH_VERB_AFTER.test(after)) {
      mention.introduced = true;
    } else if (SPEECH_VERB_BEFORE.test(before) && CLAUSE_GOES_ON.test(after)) {
      mention.introduced = true;
    }
  }
  return mentions;
}

/**
 * A lone capitalised word used as a place or a thing is not a person mention: after a locative
 * ("in Jordan", "a trip to Jordan"), as the head noun after an article ("a return to the Moon"),
 * or as the owner of a named place ("Ford's Theatre").
 */
function isPlaceOrThing(mention: Mention, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  const after = sentence.slice(mention.end, mention.end + 40);
  // "John F. Kennedy airport", "the Trump hotel": a name before a place noun names the place.
  const nextWord = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  if (nextWord !== undefined && PLACE_NOUNS.has(nextWord)) return true;
  if (mention.titled) return false;
  // "talk show Morning Joe", "the newspaper Bild": a work or a vehicle named after its kind.
  if (WORK_NOUN_BEFORE.test(before)) return true;
  // "Centers for Disease Control and Prevention", "Americans for Prosperity": names after
  // "<Capitalised> for" are the rest of an organisation's name.
  if (ORGANISATION_FOR.test(before)) return true;
  if (!mention.name.includes(' ') && ORGANISATION_FOR_AND.test(before)) return true;
  // "El Salvador", "the Rose Garden", "Élysée Palace": a country, or a name ending in a place noun.
  const lastWord = (mention.name.split(' ').at(-1) ?? '').toLowerCase();
  if (isRegionName(mention.name)) return true;
  if (
    mention.name.includes(' ') &&
    PLACE_NOUNS.has(lastWord) &&
    !PLACE_SURNAMES.has(lastWord) &&
    !presentedAsPerson(mention, before, after)
  ) {
    return true;
  }
  // "El Paso, Texas": a name followed by its state or country is a town.
  const region = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[\s,.;:)]|$)/u.exec(after)?.[1];
  if (region !== undefined && (isRegionName(region) || isRegionName(region.replace(/\.$/, '')))) {
    return true;
  }
  const possessive = /^['’]/.test(after);
  const lone = !mention.name.includes(' ');
  if (lone && !possessive && PLACE_BEFORE.test(before)) return true;
  // "the Moon", "the Rose Garden", "the Boy Scouts' chief": a name with an article is a thing,
  // unless it modifies a noun ("the Mueller probe", "the Hillary Clinton email controversy").
  if (DETERMINER_BEFORE.test(before)) {
    if (
      possessive ||
      after === '' ||
      /^\s*[^\s\p{L}]/u.test(after) ||
      AFTER_HEAD_NOUN.test(after)
    ) {
      return true;
    }
  }
  if (mention.name.includes(' ')) return false;
  const owned = /^['’]s?\s+(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
  return owned !== undefined && PLACE_NOUNS.has(owned.toLowerCase());
}

/**
 * "adviser Fiona Hill testifies": a given name, and a role noun before it or a speech verb after
 * it, make a person of a name that ends like a place.
 */
function presentedAsPerson(mention: Mention, before: string, after: string): boolean {
  if (!isGivenName(mention.name.split(' ')[0] ?? '')) return false;
  return (
    INTRODUCER_BEFORE.test(before) || INTRODUCER_AFTER.test(after) || SPEECH_VERB_AFTER.test(after)
  );
}

/** "Joe and Hunter Biden": a lone given name coordinated with a full name shares its surname. */
function shareSurnames(mentions: Mention[], sentence: string): void {
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (next === undefined || mention.name.includes(' ') || !isGivenName(mention.name)) return;
    if (!/^\s+(?:and|&)\s+$/.test(sentence.slice(mention.end, next.start))) return;
    const words = next.name.split(' ');
    if (words.length !== 2 || !isGivenName(words[0] ?? '')) return;
    mention.name = `${mention.name} ${words[1] ?? ''}`;
  });
}

/** A title, then "and", before a titled name: "President and First Lady Trump". */
const TITLE_AND = new RegExp(`\\b(${ROLE_ALTERNATIVES})\\s+(?:and|&)\\s+$`, 'iu');

/**
 * "President and First Lady Trump", "Senator and Mrs. Obama": the title before "and" is a second
 * person of the same surname, as "Joe and Hunter Biden" are two Bidens.
 */
function coordinatedTitles(mentions: readonly Mention[], sentence: string): Mention[] {
  return mentions.flatMap((mention) => {
    if (!mention.titled) return [];
    const match = TITLE_AND.exec(sentence.slice(0, mention.start));
    const title = match?.[1];
    if (match === null || title === undefined || !isCapitalised(title)) return [];
    const surname = mention.name.split(' ').at(-1) ?? mention.name;
    return [
      {
        surface: `${title} ${surname}`,
        name: surname,
        roles: [{ title, former: false }],
        titled: true,
        sentenceInitial: match.index === 0,
        start: match.index,
        end: match.index + title.length,
      },
    ];
  });
}

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    let possessive = false;
    if (text.endsWith('.') && !KEEP_DOT.test(text)) text = text.replace(/\.+$/, '');
    if (/['’]s$/.test(text)) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(text)) {
      text = text.slice(0, -1);
      possessive = true;
    }
    text = text.replace(/-+$/, '');
    if (text === '') continue;
    tokens.push({ text, start: match.index, end: match.index + text.length, possessive });
  }
  return tokens;
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Runs of capitalised tokens separated by single spaces (connectors allowed inside). */
function chunksOf(tokens: Token[], sentence: string): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = (): void => {
    // A trailing particle name ends the name: "Abdel Fattah el-Sisi".
    const endsName = (text: string): boolean => isCapitalised(text) || PARTICLE_NAME.test(text);
    while (current.length > 0 && !endsName(current.at(-1)?.text ?? '')) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const joined =
      previous !== undefined &&
      current.length > 0 &&
      !previous.possessive &&
      /^ +$/.test(sentence.slice(previous.end, token.start)) &&
      !(previous.text.endsWith('.') && !KEEP_DOT.test(previous.text));
    if (!joined) close();
    if (isCapitalised(token.text)) current.push(token);
    else if (CONNECTORS.has(token.text) && current.length > 0) current.push(token);
    else if (token.text === 'the' && current.at(-1)?.text === 'of') current.push(token);
    // "Secretary of Housing and Urban Development Ben Carson": "and" inside a department's name,
    // between two of its words, not between a name and the next person's title.
    else if (
      token.text === 'and' &&
      current.some((part) => part.text === 'of') &&
      TITLE_OF_WORDS.has(current.at(-1)?.text ?? '') &&
      TITLE_OF_WORDS.has(tokens[index + 1]?.text ?? '')
    )
      current.push(token);
    else if (PARTICLE_NAME.test(token.text) && current.length > 0) current.push(token);
    else close();
  });
  close();
  return chunks;
}

/** Prepositions whose object is a place anywhere in a sentence: "… at Camp David …". */
const PLACE_PREPOSITIONS_WITHIN = ['at', 'inside', 'outside'];
/**
 * Those, and the ones that lead to a place only when they open the sentence ("From Mar-a-Lago
 * …"): within it "from" and "in" lead to people too ("a declaration from DC Mayor Muriel Bowser").
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...PLACE_PREPOSITIONS_WITHIN,
  'from',
  'in',
]);
const PLACE_PREPOSITION_BEFORE = new RegExp(`\\b(?:${PLACE_PREPOSITIONS_WITHIN.join('|')})\\s+$`);

/** Words that open a title before its head word: "Prime Minister", "Vice President". */
const TITLE_OPENERS: ReadonlySet<string> = new Set([
  'Prime',
  'Vice',
  'Acting',
  'Assistant',
  'Under',
  'Press',
  'First',
  'Senior',
  'Special',
]);

/**
 * How many words before a title's head word are the place a preposition led to, not the title:
 * all of them, unless one of them opens a title ("In Japan Prime Minister Abe" keeps "Japan Prime
 * Minister", as without the preposition); 0 when no title head follows.
 */
function placeBeforeTitle(tokens: readonly Token[]): number {
  const head = tokens.findIndex((token) => TITLE_HEADS.has(token.text));
  if (head <= 0 || head >= tokens.length - 1) return 0;
  const place = tokens.slice(0, head);
  return place.some((token) => TITLE_OPENERS.has(token.text)) ? 0 : head;
}

/** The last word of a title that needs more words after it. */
const OPEN_ENDED_TITLE = /^(?:of|the|and|for|to)$/;

function mentionsOf(chunk: Token[], sentence: string): Mention[] {
  const mention = mentionOf(chunk, sentence);
  return mention === null ? [] : [mention];
}

function mentionOf(chunk: Token[], sentence: string): Mention | null {
  let tokens = chunk;
  let former = false;
  let afterPlacePreposition = false;
  while (tokens.length > 0 && LEADING_WORDS.has((tokens[0]?.text ?? '').toLowerCase())) {
    const leading = tokens[0]?.text.toLowerCase() ?? '';
    if (leading === 'former') former = true;
    afterPlacePreposition = PLACE_PREPOSITIONS.has(leading);
    tokens = tokens.slice(1);
  }
  let first = tokens[0];
  if (first === undefined) return null;
  let before = sentence.slice(Math.max(0, first.start - 60), first.start);
  if (PLACE_PREPOSITION_BEFORE.test(before)) afterPlacePreposition = true;
  // "From Mar-a-Lago President Trump", "At Camp David President Trump": the place the sentence
  // opens with is no part of the title after it.
  if (afterPlacePreposition) tokens = tokens.slice(placeBeforeTitle(tokens));
  first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return null;
  const sentenceInitial = !/\p{L}/u.test(sentence.slice(0, first.start));
  before = sentence.slice(Math.max(0, first.start - 60), first.start);
  if (/\b(former|ex-|then-)\s*$/i.test(before)) former = true;

  const titleEnd = titleEndOf(tokens);
  // Words before an "of" that precedes the title are not part of it: "Joint Statement of President".
  const lastOf = tokens.slice(0, titleEnd).findLastIndex((token, index) => {
    const next = tokens[index + 1]?.text ?? '';
    const previous = tokens[index - 1]?.text ?? '';
    return token.text === 'of' && !TITLE_OF_WORDS.has(next) && !TITLE_HEADS.has(previous);
  });
  const titleTokens = tokens.slice(lastOf + 1, titleEnd);
  // A title cut off at "of", "the" or "and" runs on into a body's name, not a person's: "CEO of
  // the Trump campaign", "Attorneys General of El Salvador", "Secretary of Housing and Urban
  // development".
  if (OPEN_ENDED_TITLE.test(titleTokens.at(-1)?.text ?? '')) return null;
  let nameTokens = tokens.slice(titleEnd);
  // "Inauguration of Gerald Ford" names the person after "of"; in "King Abdullah II of Jordan"
  // what follows "of" is a territory.
  const of = nameTokens.findIndex((token, index) => index > 0 && token.text === 'of');
  if (of > 0) {
    const after = nameTokens.slice(of + 1).filter((token) => token.text !== 'the');
    if (after.length >= 2 && titleTokens.length === 0 && isGivenName(after[0]?.text ?? '')) {
      return mentionOf(chunk.slice(chunk.indexOf(after[0] ?? first)), sentence);
    }
    nameTokens = nameTokens.slice(0, of);
  }
  // "Germany Richard Grenell" (after "Ambassador to"), "Amnesty International Man-kei Tam": a
  // place or an organisation run into a name. The name is what is left once they are dropped,
  // when what is left is a full name starting with a known given name.
  // Ships are named after people: "USS Gerald R. Ford" is no person.
  const ship = /^(?:USS|HMS|RMS|HMCS|USNS|MV|SS)$/.test(nameTokens[0]?.text ?? '');
  // A run that looks like one name all through may still be an organisation's name before a
  // person's, when the word before the person's ends an organisation's ("Amnesty International
  // John Tam"); a name with particles is one person ("Salman bin Abdulaziz Al Saud").
  const wholeLooksNamed = isName(nameTokens);
  const withParticles = nameTokens.some((token) => CONNECTORS.has(token.text.toLowerCase()));
  if (titleTokens.length === 0 && !ship && !(wholeLooksNamed && withParticles)) {
    for (let drop = 1; drop <= nameTokens.length - 2; drop += 1) {
      const rest = nameTokens.slice(drop);
      const afterOrganisation = ORGANISATION_ENDS.has(nameTokens[drop - 1]?.text ?? '');
      if (
        (!wholeLooksNamed || afterOrganisation) &&
        opensName(rest[0]?.text ?? '') &&
        isName(rest)
      ) {
        return mentionOf(chunk.slice(chunk.indexOf(rest[0] ?? first)), sentence);
      }
    }
  }
  if (!isName(nameTokens, titleTokens.length > 0)) return null;
  const lastToken = nameTokens.at(-1) ?? last;

  first = titleTokens[0] ?? nameTokens[0] ?? first;
  before = sentence.slice(Math.max(0, first.start - 60), first.start);
  const roles: RoleClaim[] = [];
  let titled = titleTokens.length > 0;
  const roleTokens = titleTokens.filter((token) => !HONORIFICS.has(token.text));
  if (roleTokens.length > 0) {
    const title = singularTitles(
      roleTokens.map((token) => TITLE_ABBREVIATIONS[token.text] ?? token.text).join(' '),
    );
    roles.push({ title, former });
  }
  if (titleTokens.length === 0) {
    const lowercaseTitle = ROLE_BEFORE.exec(before);
    // "adviser to the president Fiona Hill": the title there is someone else's.
    const objectOfPreposition =
      lowercaseTitle !== null &&
      /\b(?:to|of|for|with|under)\s+(?:the\s+)?$/i.test(before.slice(0, lowercaseTitle.index));
    if (lowercaseTitle?.[2] !== undefined && !objectOfPreposition) {
      titled = true;
      roles.push({
        title: titleCase(lowercaseTitle[2]),
        former: former || lowercaseTitle[1] !== undefined,
      });
    }
  }
  const followingRole = roleAfter(sentence, lastToken);
  if (followingRole !== null) roles.push(followingRole);
  // A place alone is no role ("Governor of Arizona Doug Ducey" gives "Arizona"): as one, it would
  // make the place name the person.
  const realRoles = roles.filter((role) => !isRegionName(role.title));

  return {
    surface: sentence.slice(first.start, lastToken.end),
    // Run-together initials are spaced as elsewhere: "H.R. McMaster" → "H. R. McMaster".
    name: nameTokens.map((token) => token.text.replace(/\.(?=\p{Lu})/gu, '. ')).join(' '),
    roles: realRoles,
    titled,
    sentenceInitial,
    start: first.start,
    end: lastToken.end,
  };
}

/** "Sessions' role at the time as a senator", "Flynn as National Security Advisor". */
function roleAfter(sentence: string, last: Token): RoleClaim | null {
  const rest = sentence.slice(last.end).replace(/^['’]s?/, '');
  const match = ROLE_AFTER.exec(rest);
  if (match === null) return null;
  // A capitalised word after the title means it introduces someone else: "Cohen, President Trump".
  if (/^[\s-]+\p{Lu}/u.test(rest.slice(match[0].length))) return null;
  const link = (match[1] ?? ',').toLowerCase();
  const modifiers = (match[2] ?? '').toLowerCase();
  const title = match[3] ?? '';
  const past = ['role at the time as', 'became', 'was', 'had been', 'served as'].includes(link);
  return { title: titleCase(title), former: past || /\b(former|then)\b/.test(modifiers) };
}

/** Words an office may be of before its holder's name: "of the Joint Chiefs of Staff". */
const MAX_OFFICE_WORDS = 5;

/** Number of leading tokens that form a title ("White House Press Secretary", "AG"). */
function titleEndOf(tokens: Token[]): number {
  let end = 0;
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const text = tokens[index]?.text ?? '';
    if (!TITLE_HEADS.has(text)) continue;
    end = index + 1;
    if (tokens[end]?.text === 'of') {
      let next = end + 1;
      // "Chairman of the Joint Chiefs of Staff": a second "of" goes on with the title.
      const goesOn = (at: number): boolean =>
        TITLE_OF_WORDS.has(tokens[at]?.text ?? '') ||
        (tokens[at]?.text === 'of' && TITLE_OF_WORDS.has(tokens[at + 1]?.text ?? ''));
      while (next < tokens.length - 1 && goesOn(next)) next += 1;
      if (next > end + 1) end = next;
      // "Speaker of the House Nancy Pelosi", "Governor of New York Andrew Cuomo": what the
      // office is of runs on to the given name that opens the person's own name.
      const given = tokens.findIndex(
        (token, at) => at > end && at <= end + MAX_OFFICE_WORDS && isGivenName(token.text),
      );
      const holderStarts = isGivenName(tokens[end]?.text ?? '');
      // "Prime Minister of India Narendra Modi", "Mayor of New York Bill de Blasio": after a
      // country or region, the holder's name follows, its given name known or not (and "York"
      // is no given name there).
      const region = tokens[end]?.text === 'of' ? afterRegion(tokens, end) : end;
      if (region > end) end = region;
      else if (!holderStarts && given > end && given < tokens.length - 1) end = given;
    }
  }
  return end;
}

/**
 * Where a title's "of" phrase ends when it names a country or region and two or more capitalised
 * words follow it (the holder's name): the index after the region; else `from` unchanged.
 */
function afterRegion(tokens: readonly Token[], from: number): number {
  // `from` is the "of".
  const start = tokens[from + 1]?.text === 'the' ? from + 2 : from + 1;
  for (let length = Math.min(3, tokens.length - start - 2); length >= 1; length -= 1) {
    const region = tokens
      .slice(start, start + length)
      .map((token) => token.text)
      .join(' ');
    if (isRegionName(region)) return start + length;
  }
  return from;
}

/**
 * A given name written with a hyphen and a short syllable after it ("Man-kei", "Jae-in"), which
 * a compound adjective ("English-language", "Saudi-led") or a prefixed word ("Counter-espionage",
 * "Pro-life") is not.
 */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,4}$/u;
const NOT_A_GIVEN_NAME =
  /^(?:Anti|Counter|Pro|Non|Self|Co|Vice|Ex|Post|Pre|Multi|Inter|Mid|Semi|Sub|Super|Cross|Ultra|Neo|Pan|Trans|Un|Re|Over|Under|Well|Far|Half|Part)-|-(?:\p{Ll}+ed|\p{Ll}+ing|run|made|born|era|wide|old)$/u;

function isHyphenatedGivenName(word: string): boolean {
  return HYPHENATED_GIVEN_NAME.test(word) && !NOT_A_GIVEN_NAME.test(word);
}

/**
 * A word that opens a person's name after an organisation's: a known given name, or one written
 * with a hyphen ("Amnesty International Man-kei Tam").
 */
function opensName(word: string): boolean {
  return isGivenName(word) || isHyphenatedGivenName(word);
}

/**
 * `titled`: a title stands before the tokens ("Actor Denzel Washington"), which vouches for an
 * unknown given name before a surname that is also a noun or a place.
 */
function isName(tokens: Token[], titled = false): boolean {
  // "Salman bin Abdulaziz Al Saud": particles do not count towards a name's length.
  const core = tokens.filter((token) => !CONNECTORS.has(token.text.toLowerCase()));
  if (tokens.length === 0 || core.length > 4 || tokens.length > 6) return false;
  if (tokens.some((token) => token.possessive && token !== tokens.at(-1))) return false;
  const words = tokens.filter((token) => !SUFFIXES.has(token.text));
  if (words.length === 0) return false;
  const lastWord = words.at(-1)?.text ?? '';
  if (/^(\p{Lu}\.)+$/u.test(lastWord)) return false;
  const firstWord = words[0]?.text ?? '';
  // "English-language Wikinews": a compound adjective does not open a name ("Man-kei Tam" is one).
  if (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(firstWord) &&
    !isHyphenatedGivenName(firstWord)
  ) {
    return false;
  }
  // A name may open with a given name that is also a common noun ("Bill Clinton"), and a month
  // or a common noun after a given name is a surname ("Theresa May", "Fiona Hill").
  const givenFirst = words.length >= 2 && (titled || isGivenName(firstWord));
  return words.every(
    (token, index) =>
      (NAME_WORD.test(token.text) ||
        CONNECTORS.has(token.text) ||
        PARTICLE_NAME.test(token.text)) &&
      !NON_NAME_INITIALISMS.has(token.text) &&
      (!NON_PERSON_WORDS.has(token.text.toLowerCase()) ||
        (words.length >= 2 && index === 0 && GIVEN_NAME_NOUNS.has(token.text.toLowerCase())) ||
        (givenFirst &&
          index === words.length - 1 &&
          words.length === 2 &&
          !NON_PERSON_WORDS.has(firstWord.toLowerCase()) &&
          (CALENDAR_WORDS.has(token.text.toLowerCase()) ||
            SURNAME_NOUNS.has(token.text.toLowerCase())))) &&
      !LEADING_WORDS.has(token.text.toLowerCase()) &&
      !TITLE_HEADS.has(token.text),
  );
}

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      ['fbi', 'cia', 'nsa', 'u.s.'].includes(word)
        ? word.toUpperCase()
        : ['of', 'the', 'and'].includes(word)
          ? word
          : capitalise(word),
    )
    .join(' ');
}
