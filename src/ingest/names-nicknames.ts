/**
 * Common English nicknames (hypocorisms) and the formal given names they shorten: "Jim Mattis" and
 * "James Mattis" are one person. No maintained npm package carries this data (the registry has
 * name parsers and first-name lists, none with nickname variants), so this is a small table of
 * the usual forms, one formal name per line with its nicknames. Only a nickname paired with one of
 * its own formal names, or two nicknames of the same formal name, count as the same given name.
 */
const TABLE = `
abraham abe
albert al bert
alexander alex sasha
alexandra alex sandra
alfred al alf fred
allen al
alan al
andrew andy drew
anthony tony
arthur art
benjamin ben benny
bernard bernie
catherine cathy kate katie
charles charlie chuck chip
christine chris
christopher chris
cynthia cindy
daniel dan danny
david dave
deborah debbie deb
donald don donnie
douglas doug
edward ed eddie ted ned
elizabeth liz beth betsy betty lisa
eugene gene
frederick fred freddie
gerald gerry jerry
gregory greg
harold hal harry
henry hank harry
herbert herb
howard howie
jacob jake
james jim jimmy jamie
jeffrey jeff
jennifer jen jenny
john jack johnny
jonathan jon
joseph joe joey
joshua josh
katherine kathy kate katie
kenneth ken kenny
lawrence larry
leonard len lenny
margaret maggie peggy meg
matthew matt
michael mike mick mickey
mitchell mitch
nicholas nick
patricia pat patty trish
patrick pat
peter pete
philip phil
randolph randy
raymond ray
richard rick dick rich richie
robert bob bobby rob robbie bert
ronald ron ronnie
rudolph rudy
samuel sam
stephen steve
steven steve
susan sue susie
theodore ted teddy
thomas tom tommy
timothy tim
victoria vicky
walter walt
william bill billy will willie
`;

/** Lower-case given name → the formal names it may stand for (itself included). */
const FORMS = new Map<string, Set<string>>();
for (const line of TABLE.trim().split('\n')) {
  const [formal, ...nicknames] = line.trim().split(/\s+/);
  if (formal === undefined) continue;
  for (const name of [formal, ...nicknames]) {
    const forms = FORMS.get(name) ?? new Set<string>([name]);
    forms.add(formal);
    FORMS.set(name, forms);
  }
}

/** The formal names a given name may stand for: "jim" → james; "steve" → stephen, steven. */
export function formalNamesOf(givenName: string): ReadonlySet<string> {
  const key = givenName.toLowerCase();
  return FORMS.get(key) ?? new Set([key]);
}

/** "Jim" and "James", "Bob" and "Robert", "Bob" and "Bobby": one given name. */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const formsOfY = formalNamesOf(y);
  return [...formalNamesOf(x)].some((form) => formsOfY.has(form));
}
