import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/ingest/mentions.js';

const namesIn = (sentence: string) => findMentions(sentence).map((mention) => mention.name);

describe('findMentions', () => {
  it('reads a person\'s name run on after an organisation\'s: "Amnesty International Man-kei Tam"', () => {
    expect(namesIn('Amnesty International Man-kei Tam said so.')).toEqual(['Man-kei Tam']);
    expect(namesIn('Amnesty International John Tam said so.')).toEqual(['John Tam']);
  });

  it('keeps a name of particles or an unknown given name whole', () => {
    expect(namesIn('Salman bin Abdulaziz Al Saud receives him.')).toEqual([
      'Salman bin Abdulaziz Al Saud',
    ]);
    expect(namesIn('Andrés Manuel López Obrador wins.')).toEqual(['Andrés Manuel López Obrador']);
  });

  it('reads a hyphenated given name as one, a hyphenated adjective or prefixed word as none', () => {
    expect(namesIn('Man-kei Tam spoke.')).toEqual(['Man-kei Tam']);
    expect(namesIn('English-language Wikinews reported it.')).toEqual([]);
    expect(namesIn('He led the Counter-espionage Section.')).toEqual([]);
  });

  it('reads run-together initials as initials of the name', () => {
    expect(namesIn('National Security Advisor H.R. McMaster resigns.')).toEqual(['H. R. McMaster']);
  });

  it('keeps a given name that is also a common noun or a month', () => {
    expect(namesIn('Former President Bill Clinton and Prime Minister Theresa May meet.')).toEqual([
      'Bill Clinton',
      'Theresa May',
    ]);
  });

  it('reads no person after a title cut off at "of", "the" or "and": the words are a body\'s name', () => {
    expect(namesIn('Steve Bannon, former CEO of the Trump campaign, spoke.')).toEqual([
      'Steve Bannon',
    ]);
    expect(namesIn('Sessions meets with Attorneys General of El Salvador, Guatemala.')).toEqual([
      'Sessions',
    ]);
    expect(namesIn('Secretary of Housing and Urban development Ben Carson speaks.')).toEqual([
      'Ben Carson',
    ]);
  });

  it('gives each name after a plural title the title in the singular', () => {
    const roles = findMentions(
      'Senators Thom Tillis and Supreme Court Justices Sonia Sotomayor spoke.',
    ).map((mention) => mention.roles.map((role) => role.title));
    expect(roles).toEqual([['Senator'], ['Supreme Court Justice']]);
  });

  it('leaves the place after an opening preposition out of the title after it', () => {
    const roles = (sentence: string): string[][] =>
      findMentions(sentence).map((mention) => mention.roles.map((role) => role.title));
    expect(roles('From Mar-a-Lago President Trump describes the news.')).toEqual([['President']]);
    expect(roles('He stays at Camp David President Trump said.')).toEqual([['President']]);
    // A word that opens a title keeps the title whole, as it is without the preposition.
    expect(roles('In Japan Prime Minister Abe said no.')).toEqual([['Japan Prime Minister']]);
    expect(roles('He met with French President Emmanuel Macron.')).toEqual([['French President']]);
  });

  it('keeps "and" inside a department name in a title, not between two people', () => {
    expect(namesIn('Secretary of Housing and Urban Development Ben Carson responds.')).toEqual([
      'Ben Carson',
    ]);
    expect(
      namesIn('Secretary of State Rex Tillerson and Defense Secretary Jim Mattis meet.'),
    ).toEqual(['Rex Tillerson', 'Jim Mattis']);
  });

  it('reads a title with two "of"s before the name: "Chairman of the Joint Chiefs of Staff"', () => {
    const [mention] = findMentions(
      'Chairman of the Joint Chiefs of Staff Mark A. Milley was in charge.',
    );
    expect(mention?.name).toBe('Mark A. Milley');
    expect(mention?.roles.map((role) => role.title)).toEqual([
      'Chairman of the Joint Chiefs of Staff',
    ]);
  });

  it("reads what an office is of up to the given name that opens the holder's name", () => {
    expect(namesIn('Speaker of the House Nancy Pelosi announces an inquiry.')).toEqual([
      'Nancy Pelosi',
    ]);
    expect(namesIn('Director of the FBI Christopher Wray testifies.')).toEqual([
      'Christopher Wray',
    ]);
    expect(namesIn('Leader of the Opposition Jeremy Corbyn speaks.')).toEqual(['Jeremy Corbyn']);
  });

  it("reads an office of a country or region up to the holder's name, their given name known or not", () => {
    expect(namesIn('Prime Minister of India Narendra Modi wrote a tribute.')).toEqual([
      'Narendra Modi',
    ]);
    expect(namesIn('Governor of New York Andrew Cuomo announces an inquiry.')).toEqual([
      'Andrew Cuomo',
    ]);
    const [mention] = findMentions(
      'Current Prime Minister of India Narendra Modi wrote a tribute.',
    );
    expect(mention?.roles.map((role) => role.title)).toEqual(['Prime Minister of India']);
  });

  it("reads another government's portfolio as a title before the name", () => {
    expect(namesIn('Tillerson meets Norwegian Minister of Foreign Affairs Borge Brende.')).toEqual([
      'Tillerson',
      'Borge Brende',
    ]);
  });

  it("reads a head of government's title in their own country's word before the name", () => {
    expect(namesIn('Trump meets with Taoiseach Leo Varadkar of Ireland.')).toEqual([
      'Trump',
      'Leo Varadkar',
    ]);
    expect(namesIn('Trump is received by Emperor Naruhito.')).toEqual(['Trump', 'Naruhito']);
  });

  it('reads an occupation written as a title as a role, not part of the name', () => {
    const [mention] = findMentions('Actress Jane Doe, 41, said she was "thrilled".');
    expect(mention?.name).toBe('Jane Doe');
    expect(mention?.roles.map((role) => role.title)).toEqual(['Actress']);
    expect(namesIn('The hedge fund manager Paul Singer backs the bill.')).toEqual(['Paul Singer']);
  });

  it('takes no place alone for a role, which would make the place name the person', () => {
    const [, ducey] = findMentions('Trump meets with Governor of Arizona Doug Ducey.');
    expect(ducey?.name).toBe('Doug Ducey');
    expect(ducey?.roles.map((role) => role.title)).not.toContain('Arizona');
  });

  it('records a role held for someone, before or after the name: "Roe\'s legal adviser Ada Quill"', () => {
    const rolesOf = (sentence: string, name: string) =>
      findMentions(sentence)
        .find((mention) => mention.name === name)
        ?.roles.map((role) => role.title);
    expect(
      rolesOf("President John Roe's personal attorney Ada Quill speaks.", 'Ada Quill'),
    ).toEqual(['Personal Attorney']);
    expect(rolesOf("Ada Quill, John Roe's legal adviser, speaks.", 'Ada Quill')).toEqual([
      'Legal Adviser',
    ]);
    expect(rolesOf('John Roe and his attorney, Ada Quill, arrive.', 'Ada Quill')).toEqual([
      'Attorney',
    ]);
  });

  it('keeps a surname that is also a place after a given name or a title', () => {
    expect(namesIn('George Washington crossed the river.')).toEqual(['George Washington']);
    expect(namesIn('Actor Denzel Washington paid for it.')).toEqual(['Denzel Washington']);
    expect(namesIn('Officials in Washington said so.')).toEqual([]);
  });

  it('reads the names after "<Capitalised> for" as the rest of an organisation', () => {
    expect(
      namesIn('Tom Frieden led the Centers for Disease Control and Prevention for years.'),
    ).toEqual(['Tom Frieden']);
    expect(namesIn('Americans for Prosperity and Charles Koch spoke.')).toEqual(['Charles Koch']);
  });

  it('keeps a long Arabic name with its particles whole: "Salman bin Abdulaziz Al Saud"', () => {
    expect(namesIn('Trump is received in Riyadh by King Salman bin Abdulaziz Al Saud.')).toEqual([
      'Trump',
      'Salman bin Abdulaziz Al Saud',
    ]);
  });

  it('ends a name with its particle surname: "Abdel Fattah el-Sisi"', () => {
    expect(
      namesIn('Trump meets Egyptian President Abdel Fattah el-Sisi and President Emmanuel Macron.'),
    ).toEqual(['Trump', 'Abdel Fattah el-Sisi', 'Emmanuel Macron']);
  });

  it('leaves the territory out of a royal name', () => {
    expect(namesIn('Pence meets King Abdullah II of Jordan in Amman.')).toEqual([
      'Pence',
      'Abdullah II',
    ]);
  });

  it('takes the person after "of" in "the Inauguration of Gerald Ford"', () => {
    expect(namesIn('It was the first since the 1974 Inauguration of Gerald Ford.')).toEqual([
      'Gerald Ford',
    ]);
  });

  it('makes no person mention of a lone word used as a place', () => {
    expect(namesIn('Pence arrives in Jordan.')).toEqual(['Pence']);
    expect(namesIn('Trump travels to Jordan for talks.')).toEqual(['Trump']);
  });

  it('makes no person mention of a lone word as the head noun after an article', () => {
    expect(namesIn('NASA plans a return to the Moon and a mission to Mars.')).not.toContain('Moon');
  });

  it('keeps an attributive name after an article', () => {
    expect(namesIn('He criticises the Mueller probe.')).toEqual(['Mueller']);
  });

  it('makes no person mention of the owner of a named place or of a name before a place noun', () => {
    expect(namesIn("Trump speaks at Ford's Theatre.")).not.toContain('Ford');
    expect(namesIn('They were detained at John F. Kennedy airport.')).toEqual([]);
    expect(namesIn('Trump holds a rally in El Paso, Texas.')).toEqual(['Trump']);
  });

  it('gives a coordinated first name the surname it shares: "Joe and Hunter Biden"', () => {
    expect(namesIn('Giuliani looks into Joe and Hunter Biden.')).toEqual([
      'Giuliani',
      'Joe Biden',
      'Hunter Biden',
    ]);
  });

  it('gives a coordinated title the surname it shares: "President and First Lady Trump" are two', () => {
    const mentions = findMentions(
      'President and First Lady Trump visit American troops stationed at Ramstein Air Base.',
    );
    expect(mentions.map((mention) => [mention.surface, mention.roles[0]?.title])).toEqual([
      ['President Trump', 'President'],
      ['First Lady Trump', 'First Lady'],
    ]);
    // A lower-case "the president" is a description, not a title of the name after "and".
    expect(namesIn('The president and First Lady Trump visit.')).toEqual(['Trump']);
  });

  it('marks names introduced by a role word, an appositive or a speech verb', () => {
    const introduced = (sentence: string) =>
      findMentions(sentence)
        .filter((mention) => mention.introduced === true)
        .map((m) => m.name);
    expect(introduced('Trump hires economic adviser Peter Navarro.')).toEqual(['Peter Navarro']);
    expect(
      introduced('It was calm, according to Samira Amrouche, spokeswoman for the city.'),
    ).toEqual(['Samira Amrouche']);
    expect(introduced('Alex Azar said the plan works.')).toEqual(['Alex Azar']);
    expect(introduced('His former employer, Cambridge Analytica, denies it.')).toEqual([]);
  });
});

describe('names run into places and organisations', () => {
  it('finds the name behind a place in a title ("Ambassador to Germany Richard Grenell")', () => {
    const names = findMentions('US Ambassador to Germany Richard Grenell alleged it.').map(
      (mention) => mention.name,
    );
    expect(names).toContain('Richard Grenell');
  });

  it('makes no person of a work named after its kind ("talk show Morning Joe")', () => {
    const names = findMentions("She spoke on MSNBC's talk show Morning Joe.").map(
      (mention) => mention.name,
    );
    expect(names).not.toContain('Morning Joe');
  });

  it('makes no person of a ship named after one', () => {
    const names = findMentions('The USS Gerald R. Ford sails.').map((mention) => mention.name);
    expect(names).not.toContain('Gerald R. Ford');
  });
});
