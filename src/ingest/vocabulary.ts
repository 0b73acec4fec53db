/**
 * Word lists the person extractor relies on. They are small on purpose: names are found from
 * capitalised chunks, and these lists only separate titles and non-person words from names.
 */

/** Capitalised words that end a title placed before a name ("Attorney General Jeff Sessions"). */
export const TITLE_HEADS = new Set(
  (
    'President Senator Sen. Secretary Director General Gen. Advisor Adviser Minister ' +
    'Governor Gov. Mayor Judge Justice Ambassador Speaker Leader Counsel Chairman ' +
    'Chairwoman Chair Chancellor Representative Rep. Congressman Congresswoman AG ' +
    'Lady King Queen Prince Princess Pope Commissioner Administrator Spokesman ' +
    'Spokeswoman Spokesperson Counselor Strategist Admiral Adm. Chief Attorney ' +
    'Premier Emir Sheriff Deputy Lieutenant Lt. Colonel Col. Captain Commander Dr. ' +
    'Mr. Mrs. Ms. Sir Lord Dame Officer President-elect President-Elect ' +
    'Vice-President Vice-president Professor Prof. Secretary-General Senator-elect ' +
    'Chief Justice Daughter CEO Manager Justices Judges Senators Governors Presidents ' +
    'Ministers Sergeant Major ' +
    // Heads of state and government by their own country's word: "Taoiseach Leo Varadkar".
    'Taoiseach Tánaiste Emperor Empress ' +
    // Police, military, religious and local-government ranks: "Detective Inspector Steven Jones".
    'Inspector Detective Superintendent Constable Corporal Marshal Trooper Brigadier ' +
    'Bishop Archbishop Cardinal Rabbi Imam Reverend Rev. Pastor Patriarch Ayatollah Sheikh ' +
    'Sultan Magistrate Prosecutor Councillor Councilman Councilwoman Alderman Assemblyman ' +
    'Assemblywoman MP MEP Envoy Consul Astronaut Chairperson Headteacher ' +
    // Occupations written as titles in feature and entertainment news: "Actress Jane Doe".
    // ("Singer" and "Host" stay out: they are surnames too, as in Paul Singer.)
    'Actor Actress Rapper Comedian Billionaire Businessman Businesswoman Filmmaker Musician ' +
    'Anchor Producer Designer Model'
  ).split(' '),
);

/** Honorifics mark a person but are not roles. */
export const HONORIFICS = new Set(['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Sir', 'Lord', 'Dame']);

export const TITLE_ABBREVIATIONS: Record<string, string> = {
  AG: 'Attorney General',
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Adm.': 'Admiral',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
};

/** Words that may follow "of" inside a title: "Secretary of Homeland Security", "Chief of Staff". */
export const TITLE_OF_WORDS = new Set(
  (
    'State Defense Staff Homeland Security Treasury Commerce Energy Labor Education ' +
    'Agriculture Transportation Interior Justice Health Human Services Housing Urban ' +
    'Development Veterans Affairs United States America Congress Police Army Navy ' +
    'Joint Chiefs Intelligence National Management Budget Protection Environmental ' +
    'Agency the and ' +
    // Other governments' portfolios: "Minister of Foreign Affairs Borge Brende".
    'Foreign External Internal Home Finance Economy Economic Trade Industry Public Safety ' +
    'Immigration Environment Culture Science Technology Tourism Information Communications ' +
    'Planning Natural Resources Fisheries Petroleum Mines Women Family Social Welfare Youth ' +
    'Sports Legal Relations Cooperation Development Works'
  ).split(' '),
);

/** Role phrases as they appear in running text: "as a senator", "became National Security Advisor". */
export const ROLE_PHRASES = (
  'deputy attorney general,attorney general,national security advisor,' +
  'national security adviser,secretary of state,secretary of defense,' +
  'secretary of homeland security,white house chief of staff,chief of staff,' +
  'white house press secretary,press secretary,special counsel,vice president,' +
  'president,senator,congressman,congresswoman,governor,ambassador,fbi director,' +
  'cia director,director,speaker,mayor,judge,supreme court justice,prime minister,' +
  'campaign chairman,campaign manager,chairman,spokesman,spokeswoman,senior advisor,' +
  'senior adviser,communications director,' +
  // Roles a person holds for someone ("Trump's personal attorney Rudy Giuliani").
  'personal attorney,personal lawyer,legal adviser,legal advisor,attorney,lawyer'
).split(',');

/** Capitalised words that start a chunk without being part of a name: "In", "During", "The". */
export const LEADING_WORDS = new Set(
  (
    'a an the in on at of for to from by with during after before since until as while when ' +
    'but and or if then also although though because however meanwhile later earlier his her ' +
    // Adverbs of time that open a sentence: "Yesterday Nakamura said …".
    'yesterday today tonight tomorrow now still again ' +
    'their its our my your this that these those there here he she it they we i you former current ' +
    'according despite amid among following under over about into upon new some many most ' +
    "other another both each every all no not mr mrs ms dear i’m i'm it's it’s that's that’s " +
    "here's here’s there's there’s let's let’s what's what’s " +
    // Number words open "Seven members of …", never a name.
    'one two three four five six seven eight nine ten eleven twelve twenty thirty fifty ' +
    'hundreds thousands dozens several'
  ).split(' '),
);

/** Plural titles before a list of names ("Senators Thom Tillis, Mike Lee and …"), as each holds them. */
const SINGULAR_TITLES: Readonly<Record<string, string>> = {
  Senators: 'Senator',
  Justices: 'Justice',
  Judges: 'Judge',
  Governors: 'Governor',
  Presidents: 'President',
  Ministers: 'Minister',
};

/** A title or a titled name with each plural title word made singular: "Senator Thom Tillis". */
export function singularTitles(text: string): string {
  return text.replace(/\p{Lu}\p{Ll}+/gu, (word) => SINGULAR_TITLES[word] ?? word);
}

/** Words that make a capitalised chunk an organisation, place, date or group rather than a name. */
export const NON_PERSON_WORDS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'house senate congress committee subcommittee department administration act order court ' +
    'party agency office bureau service services council commission university college school ' +
    'news times post journal press network tower center centre street avenue airport base ' +
    'states united america american americans national federal republican republicans democrat ' +
    'democrats democratic gop russia russian russians china chinese iran iranian korea korean ' +
    'north south east west middle new york washington district city county state island islands ' +
    'river lake bay ocean sea gulf province governorate region republic kingdom union european ' +
    'europe nations organization foundation institute association group company corporation inc ' +
    'llc bank fund trust church army navy force forces guard police fbi cia nsa doj dhs pentagon ' +
    'kremlin capitol hill twitter facebook google fox cnn nbc abc cbs msnbc reuters hurricane ' +
    'storm operation summit conference convention election campaign day week month year bill law ' +
    'plan program care health security affairs defense justice treasury commerce energy labor ' +
    'education intelligence trade tax budget wall border mexico mexican canada canadian japan ' +
    'germany german france french britain british england english israel israeli syria syrian ' +
    'iraq afghanistan yemen saudi arabia turkey turkish ukraine ukrainian asia africa african ' +
    'atlantic pacific agreement accord treaty deal summit games olympics cup league club ' +
    'university museum hospital prison station hall park square bridge island peninsula ' +
    'muslim muslims islamic christian jewish catholic white black latino hispanic ' +
    'internet media politics twitter pic tweet tweets people women men obamacare medicaid medicare ' +
    'governors senators representatives justices ministers officials god jesus christmas easter ' +
    'thanksgiving independence memorial labor veterans amendment constitution assembly war ' +
    'parliament congressional olympic olympics alabama alaska arizona arkansas california ' +
    'colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas ' +
    'kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada hampshire jersey mexico carolina dakota ohio oklahoma oregon ' +
    'pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming india pakistan ' +
    'vietnam venezuela cuba brazil argentina egypt qatar kuwait lebanon libya poland ' +
    'hungary italy spain greece sweden norway denmark finland singapore philippines australia ' +
    'taiwan hong kong beijing moscow london paris berlin tokyo seoul pyongyang tehran jerusalem ' +
    'puerto rico guam island airlines airline boeing motors apple amazon microsoft ' +
    'coronavirus covid virus pandemic hotel hotels resort'
  ).split(' '),
);

/** Months and weekdays: after a given name they are surnames ("Theresa May"), elsewhere dates. */
export const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Run-together initials that abbreviate places and bodies, never a person's given names. */
export const NON_NAME_INITIALISMS = new Set(
  'U.S. U.K. U.N. E.U. D.C. U.S.A. U.A.E. N.Y. L.A. P.M. A.M.'.split(' '),
);

/** Nouns of named places and buildings: "Ford's Theatre" is a place, not Ford. */
export const PLACE_NOUNS = new Set(
  (
    'theatre theater tower towers hall center centre park square street avenue road building ' +
    'hotel hospital museum library church cathedral chapel island bridge airport station stadium ' +
    'arena college university school memorial monument palace castle house field garden gardens ' +
    'plaza mall club farm ranch estate resort lake river mountain valley beach bay plant ' +
    'springs airbase'
  ).split(' '),
);

/**
 * Words of NON_PERSON_WORDS that also open people's names: "Bill" is a law but "Bill Clinton" a
 * man, "Park Geun-hye" a president.
 */
export const GIVEN_NAME_NOUNS = new Set(['bill', 'christian', 'park']);

/** Place nouns that are also common surnames, so a name may end in them: "Arsenio Hall". */
export const PLACE_SURNAMES = new Set(
  'hall park field church house bridge road street farm lake river bay square castle'.split(' '),
);

/** Words of NON_PERSON_WORDS that are common surnames after a given name: "Fiona Hill". */
export const SURNAME_NOUNS = new Set([
  ...PLACE_SURNAMES,
  ...'hill white black young king english french wall cross washington'.split(' '),
]);
