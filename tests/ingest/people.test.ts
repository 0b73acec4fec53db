import { describe, expect, it } from 'vitest';
import { buildDataset, type RawDocument } from '../../src/ingest/index.js';

function datasetOf(...texts: string[]) {
  const documents: RawDocument[] = texts.map((text, index) => ({
    date: '2018-01-01',
    file: 'test.jsonl',
    line: index + 1,
    paragraphs: [{ text, line: index + 1 }],
  }));
  return buildDataset(documents, ['test.jsonl']);
}

describe('people across events', () => {
  it("keeps a plural title before a list of names as each one's title in the singular", () => {
    const dataset = datasetOf('Senators Thom Tillis and Mike Lee test positive.');
    const tillis = dataset.people.find((person) => person.name === 'Thom Tillis');
    expect(tillis?.aliases).toContain('Senator Thom Tillis');
    expect(tillis?.aliases).not.toContain('Senators Thom Tillis');
    expect(tillis?.roles).toEqual([{ title: 'Senator', former: false }]);
  });

  it('merges a full name, its titled forms and the bare surname, with roles', () => {
    const dataset = datasetOf(
      'President Trump appoints Michael Flynn as National Security Advisor.',
      'National Security Advisor Michael Flynn resigns.',
      'Flynn pleads guilty.',
    );
    const flynn = dataset.people.find((person) => person.name === 'Michael Flynn');
    expect(flynn?.aliases).toEqual([
      'Flynn',
      'Michael Flynn',
      'National Security Advisor Michael Flynn',
    ]);
    expect(flynn?.roles).toEqual([{ title: 'National Security Advisor', former: false }]);
    expect(flynn?.eventIds).toHaveLength(3);
  });

  it('links a lone surname to the most frequent full name, keeping relatives apart', () => {
    const dataset = datasetOf(
      'Donald Trump holds a rally.',
      'Donald Trump signs an order.',
      'Ivanka Trump visits Japan.',
      'Donald Trump Jr. testifies.',
      'Trump tweets again.',
      'President Trump travels.',
    );
    const names = dataset.people.map((person) => person.name).sort();
    expect(names).toEqual(['Donald Trump', 'Donald Trump Jr.', 'Ivanka Trump']);
    const donald = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(donald?.eventIds).toHaveLength(4);
    expect(donald?.aliases).toContain('Trump');
  });

  it('links a lone surname to the one of that surname its event names in full', () => {
    const dataset = datasetOf(
      'Stormy Daniels files a lawsuit.',
      'Stormy Daniels gives an interview.',
      'Judge George B. Daniels dismisses a lawsuit. Daniels rules that only Congress may act.',
    );
    const judge = dataset.people.find((person) => person.name === 'George B. Daniels');
    const actress = dataset.people.find((person) => person.name === 'Stormy Daniels');
    expect(dataset.events[2]?.personIds).toContain(judge?.id);
    expect(dataset.events[2]?.personIds).not.toContain(actress?.id);
  });

  it("links a lone first name to the titled person its event names, not another's full name", () => {
    const dataset = datasetOf(
      'Tillerson meets Foreign Minister Abdullah bin Zayed Al Nahyan.',
      'Pence meets with King Abdullah II of Jordan in Amman. Abdullah criticizes the decision.',
    );
    const king = dataset.people.find((person) => person.name === 'Abdullah II');
    const minister = dataset.people.find(
      (person) => person.name === 'Abdullah bin Zayed Al Nahyan',
    );
    const second = dataset.events[1];
    expect(second?.personIds).toContain(king?.id);
    expect(second?.personIds).not.toContain(minister?.id);
  });

  it('links a titled first name to the one full name with that first name and title', () => {
    const dataset = datasetOf(
      'First Lady Melania Trump visits a school.',
      'President Donald Trump and First Lady Melania meet victims of the storm.',
    );
    const names = dataset.people.map((person) => person.name).sort();
    expect(names).toEqual(['Donald Trump', 'Melania Trump']);
    const melania = dataset.people.find((person) => person.name === 'Melania Trump');
    expect(melania?.eventIds).toHaveLength(2);
  });

  it('links a titled lone surname to the full name that holds that title', () => {
    const dataset = datasetOf(
      'First Lady Melania Trump visits a school.',
      'Melania Trump opens an exhibit.',
      'President Donald Trump speaks.',
      'President Trump speaks again.',
    );
    const donald = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(donald?.aliases).toContain('President Trump');
  });

  it('does not make organisations, places, demonyms or months into people', () => {
    const dataset = datasetOf(
      'The White House and the Armed Services Committee met in January with Russian officials in New York.',
    );
    expect(dataset.people).toEqual([]);
  });

  it('merges spellings that differ only by accents or a middle initial', () => {
    const dataset = datasetOf(
      'Prime Minister Shinzō Abe arrives.',
      'Shinzo Abe leaves.',
      'President Donald J. Trump and Donald Trump.',
    );
    expect(dataset.people.map((person) => person.name).sort()).toEqual([
      'Donald Trump',
      'Shinzo Abe',
    ]);
    const abe = dataset.people.find((person) => person.name === 'Shinzo Abe');
    expect(abe?.aliases).toEqual(['Prime Minister Shinzō Abe', 'Shinzo Abe', 'Shinzō Abe']);
    const trump = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(trump?.aliases).toContain('President Donald J. Trump');
  });

  it('ignores a capitalised first word that the text also uses in lower case', () => {
    const dataset = datasetOf(
      'Only Georgia is still to be called.',
      'The state has only one result. Senator Jones wins Georgia.',
    );
    expect(dataset.people.map((person) => person.name)).toEqual(['Jones']);
  });
});

describe('people: names, nicknames and ambiguous words', () => {
  const names = (dataset: ReturnType<typeof datasetOf>) =>
    dataset.people.map((person) => person.name).sort();
  const personNamed = (dataset: ReturnType<typeof datasetOf>, alias: string) =>
    dataset.people.filter((person) => person.aliases.includes(alias));

  it('keeps a once-named person whose first word is a known given name', () => {
    const dataset = datasetOf('Peter Navarro attacks Canada over trade.');
    expect(names(dataset)).toEqual(['Peter Navarro']);
  });

  it('keeps a once-named person introduced by a role word or a speech verb', () => {
    const dataset = datasetOf(
      'The White House fires economic adviser Zbigniew Qorbani.',
      'Ondrej Vlasak said the talks failed.',
    );
    expect(names(dataset)).toEqual(['Ondrej Vlasak', 'Zbigniew Qorbani']);
  });

  it('makes no person of capitalised common-word pairs, however often the last word is alone', () => {
    const dataset = datasetOf(
      'He proclaims April as the month of Donate Life. Life goes on; life is good.',
      'The Ninth Circuit rules. Circuit judges agree; the circuit is split.',
      'The First Family arrives. Family matters; the family is here.',
      'Click Buy Now to order. Buy now, pay later.',
    );
    expect(dataset.people).toEqual([]);
  });

  it('merges nicknames of one given name with the same surname', () => {
    const dataset = datasetOf(
      'Defense Secretary Jim Mattis visits Kabul.',
      'James Mattis resigns.',
      'Michael Flynn resigns.',
      'Mike Flynn pleads guilty.',
      'Bob Mueller is appointed.',
      'Robert Mueller files charges.',
    );
    expect(names(dataset)).toHaveLength(3);
    expect(personNamed(dataset, 'Jim Mattis')[0]?.aliases).toContain('James Mattis');
    expect(personNamed(dataset, 'Bob Mueller')[0]?.aliases).toContain('Robert Mueller');
  });

  it('merges a rare first name misspelt by one letter, but not different common names', () => {
    const dataset = datasetOf(
      'President Volodymyr Zelensky speaks.',
      'Volodymr Zelensky is elected.',
      'Senator Dan Smith speaks. Senator Don Smith objects.',
    );
    expect(personNamed(dataset, 'Volodymr Zelensky')[0]?.aliases).toContain('Volodymyr Zelensky');
    expect(personNamed(dataset, 'Dan Smith')).not.toEqual(personNamed(dataset, 'Don Smith'));
  });

  it('keeps a name given by initials apart from a spelled-out first name of that surname', () => {
    const dataset = datasetOf(
      'Governor Henry McMaster signs a bill.',
      'National Security Advisor H.R. McMaster briefs the president.',
      'National Security Advisor McMaster resigns.',
    );
    const hr = personNamed(dataset, 'H. R. McMaster')[0];
    expect(hr?.aliases).toContain('National Security Advisor McMaster');
    expect(personNamed(dataset, 'Henry McMaster')[0]?.aliases).not.toContain(
      'National Security Advisor McMaster',
    );
  });

  it('gives a titled lone surname to the person of that surname who holds the title', () => {
    const dataset = datasetOf(
      'Hillary Clinton loses the election.',
      'Hillary Clinton speaks.',
      'Former President Bill Clinton attends.',
      'President Clinton was impeached in 1998.',
    );
    expect(personNamed(dataset, 'President Clinton')[0]?.name).toBe('Bill Clinton');
  });

  it('gives Mrs. and First Lady with a lone surname to the woman of that surname', () => {
    const dataset = datasetOf(
      'President Barack Obama speaks.',
      'Barack Obama leaves office.',
      'First Lady Michelle Obama plants a garden.',
      'Mrs. Obama speaks.',
    );
    expect(personNamed(dataset, 'Mrs. Obama')[0]?.name).toBe('Michelle Obama');
  });

  it('links a word that is one first name and another surname only with its document', () => {
    const dataset = datasetOf(
      'Hunter Biden joins a board.',
      'Rep. Duncan Hunter is indicted.',
      'Hunter pleads guilty, Duncan Hunter says.',
      'Trump asks about Joe Biden and his son Hunter.',
      'Hunter is in the news.',
    );
    const hunterBiden = personNamed(dataset, 'Hunter Biden')[0];
    const duncanHunter = personNamed(dataset, 'Duncan Hunter')[0];
    expect(hunterBiden?.eventIds).toHaveLength(2);
    expect(duncanHunter?.eventIds).toHaveLength(2);
  });

  it('does not link a country name to a person of that surname unless the document names them', () => {
    const dataset = datasetOf(
      'Rep. Jim Jordan questions the witness.',
      'Jordan objects, Jim Jordan says.',
      "Pence meets King Abdullah II of Jordan. Jordan's role is praised.",
    );
    const jordan = personNamed(dataset, 'Jim Jordan')[0];
    expect(jordan?.eventIds).toHaveLength(2);
    expect(names(dataset)).toContain('Abdullah II');
  });

  it('reads a surname run into a full name as the full name, without the title', () => {
    const dataset = datasetOf(
      'President Donald Trump speaks. Trump leaves.',
      'Long-time aide to President Trump Keith Schiller leaves.',
    );
    expect(names(dataset)).toEqual(['Donald Trump', 'Keith Schiller']);
    const schiller = dataset.people.find((person) => person.name === 'Keith Schiller');
    expect(schiller?.roles).toEqual([]);
  });

  it('drops a common word glued in front of a full name', () => {
    const dataset = datasetOf(
      'Readers ask why. A post asks Why Is Donald Trump angry, and he is.',
      'Trump replies.',
    );
    expect(names(dataset)).toContain('Donald Trump');
    expect(names(dataset).some((name) => name.startsWith('Is '))).toBe(false);
  });

  it('merges a tweet signature display name with the full name', () => {
    const dataset = datasetOf('President Donald Trump speaks.', 'Donald J. Trump wins.');
    expect(names(dataset)).toEqual(['Donald Trump']);
  });

  it('links "Don Jr." to Donald Trump Jr.', () => {
    const dataset = datasetOf('Donald Trump Jr. testifies.', "Trump's son, Don Jr., met them.");
    expect(personNamed(dataset, 'Donald Trump Jr.')[0]?.eventIds).toHaveLength(2);
  });
});

describe('surnames with particles', () => {
  it('links "de Blasio" alone to the full name "Bill de Blasio"', () => {
    const dataset = datasetOf(
      'Bill de Blasio ended his campaign. Mayor de Blasio made the announcement on television.',
    );
    const people = dataset.people.filter((person) => person.kind === 'person');
    expect(people.map((person) => person.name)).toEqual(['Bill de Blasio']);
    expect(people[0]?.aliases).toContain('Mayor de Blasio');
  });

  it("links a Spanish name's first surname alone to the full name the document gives", () => {
    const dataset = datasetOf(
      "Ricardo Rosselló Nevares, Puerto Rico's governor, resigns. Rosselló began serving as Puerto Rico's eleventh governor in 2017. Rosselló said he would leave.",
    );
    const people = dataset.people.filter((person) => person.kind === 'person');
    expect(people.map((person) => person.name)).toEqual(['Ricardo Rosselló Nevares']);
    expect(people[0]?.aliases).toContain('Rosselló');
  });
});

describe('honorifics', () => {
  it('sends "Mr. Trump" to the most named Trump when his given name is not in the name list', () => {
    const dataset = datasetOf(
      'Donald Trump holds a rally.',
      'Donald Trump signs an order.',
      'Eric Trump visits Japan.',
      'Mr. Trump then asked a question.',
    );
    const asked = dataset.events[3];
    const people = dataset.people.filter((person) => asked?.personIds.includes(person.id));
    expect(people.map((person) => person.name)).toEqual(['Donald Trump']);
  });
});
