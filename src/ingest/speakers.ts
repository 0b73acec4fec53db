/**
 * Speakers that are not named persons — organisations ("NATO", "The Trump administration") and
 * described people ("A White House official", "Commentators") — become entries of the people
 * list too, one per way of naming them, so they can be looked up, filtered on and autocompleted
 * like anyone else. "A White House official" and "a White House official" are one entry.
 */
import type { Person, SpeakerKind } from '../dataset/schema.js';
import { compare, slug } from './people.js';
import { capitalise } from '../language/letter-case.js';

/** Heads that make a described speaker an organisation rather than a group of people. */
const ORGANISATION_HEAD =
  /\b(?:house|department|kremlin|pentagon|ministry|administration|committee|office|agency|bureau|court|government|embassy|commission|council|campaign|service|senate|congress|party|company|network|newspaper|union|organization|association|federation|institute|foundation|police|army|military|navy|force|statement|report|memo|letter|complaint|ruling|order)$/i;
const ACRONYM = /^\p{Lu}[\p{Lu}.&]{1,7}$/u;
const LEADING_DETERMINER = /^(?:a|an|the|one)\s+(?!of\b)/i;

export interface DescribedSpeakers {
  /** The entry for a described speaker as the text names it. */
  entryFor: (name: string, eventId: string, kind?: SpeakerKind) => Person;
  /** Every entry made, in a stable order. */
  entries: () => Person[];
}

export function describedSpeakers(): DescribedSpeakers {
  const byKey = new Map<string, Person>();
  return {
    entryFor(name, eventId, kind) {
      const bare = name.replace(LEADING_DETERMINER, '').trim();
      const key = bare.toLowerCase();
      let entry = byKey.get(key);
      if (entry === undefined) {
        entry = {
          id: `speaker-${slug(bare)}`,
          kind: kind ?? kindOf(bare),
          name: capitalise(bare),
          aliases: [],
          roles: [],
          eventIds: [],
        };
        byKey.set(key, entry);
      }
      if (!entry.aliases.includes(name)) entry.aliases.push(name);
      if (!entry.eventIds.includes(eventId)) entry.eventIds.push(eventId);
      return entry;
    },
    entries() {
      return [...byKey.values()]
        .map((entry) => ({ ...entry, aliases: [...entry.aliases].sort(compare) }))
        .sort((a, b) => compare(a.id, b.id));
    },
  };
}

function kindOf(name: string): SpeakerKind {
  return ACRONYM.test(name) || ORGANISATION_HEAD.test(name) ? 'organisation' : 'group';
}
