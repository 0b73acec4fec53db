/**
 * Nouns that end the name of a public body and say what kind it is: "the State Department", "the
 * Senate Judiciary Committee", "the Federal Communications Commission". Two bodies with the same
 * kind are told apart by the rest of their names.
 */
export const BODY_KIND_WORDS: ReadonlySet<string> = new Set([
  'department',
  'agency',
  'ministry',
  'committee',
  'commission',
  'council',
  'office',
  'bureau',
  'board',
  'service',
  'court',
  'administration',
  'institute',
  'foundation',
  'association',
  'organization',
  'organisation',
]);
