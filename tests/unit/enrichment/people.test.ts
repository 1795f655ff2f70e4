// People named once, by one word, or with a Cantonese given name (issue 18), each rule on a sentence written for the test.
import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from '../../../src/lib/enrichment/entities.ts';

const named = (...paragraphs: string[]) => extractNamedEntities(paragraphs);

describe('people named by one word', () => {
  it('reads a lone name right after "said" that ends the clause as a person', () => {
    expect(named('The gallery reopens in May, said Varenko, its curator.').people).toEqual(['Varenko']);
    expect(named('Turnout was low, says Odell.').people).toEqual(['Odell']);
  });

  it('does not read a body, a weekday or a phrase after "said" as a person', () => {
    expect(named('The talks failed, said Reuters.').people).toEqual([]);
    expect(named('The vote was close, said Monday.').people).toEqual([]);
    expect(named('The vote was close, said Parliament officials.').people).toEqual([]);
  });

  it('reads a name after a trade or a kinship word as a person', () => {
    expect(named('The show honours the fashion designer Halvorsen and his studio.').people).toEqual(['Halvorsen']);
    expect(named('The couple were jailed over the death of their daughter, Greta.').people).toEqual(['Greta']);
  });

  it('reads a given name alone before ", who" as a person, not a place or a company', () => {
    expect(named('There is also Marcus, who edits the newsletter.').people).toEqual(['Marcus']);
    const company = named('Microsoft, who makes the software, declined to comment.');
    expect(company.people).toEqual([]);
    expect(company.organisations).toEqual(['Microsoft']);
  });
});

describe("surnames that are a building's word", () => {
  it('reads a given name and such a surname as a person after a role or before "said"', () => {
    expect(named('Company spokesman Tom Hall declined to comment, and Ann Park said nothing.').people).toEqual(['Tom Hall', 'Ann Park']);
  });

  it('keeps a building named after a person a place', () => {
    expect(named('The choir sang at Albert Hall and at Carnegie Hall.').places).toEqual(['Albert Hall', 'Carnegie Hall']);
  });
});

describe('famous people by one name', () => {
  it('reads a person compromise knows by one name as a person, also before a possessive', () => {
    expect(named("Napoleon's letters and a Rembrandt sketch were sold.").people).toEqual(['Napoleon', 'Rembrandt']);
  });

  it('reads a detached possessive of tokenised copy like an attached one', () => {
    const spaced = named("Napoleon 's letters were sold by the European Commission 's staff , a spokesman said .");
    expect(spaced.people).toEqual(['Napoleon']);
    expect(spaced.organisations).toEqual(['European Commission']);
  });
});

describe('Cantonese names', () => {
  it('keeps a hyphenated given name whole', () => {
    expect(named('Tsang Mei-ling and Lau Kin-chung won seats, as did Ho Ka-yan and Lee Ka-shing.').people).toEqual([
      'Tsang Mei-ling',
      'Lau Kin-chung',
      'Ho Ka-yan',
      'Lee Ka-shing',
    ]);
  });

  it('does not join an English word after a hyphen to a name', () => {
    const { people, places } = named('A Kim-led delegation met a Hong Kong-based firm, Al-Qaeda-linked groups and Seoul-leaning parties.');
    expect(people).toEqual([]);
    expect(places).toEqual(['Hong Kong', 'Seoul']);
  });

  it('splits a person "of" a party when the given name is hyphenated', () => {
    const { people, organisations } = named('Also elected was Chan Yiu-wah of NWSC.');
    expect(people).toEqual(['Chan Yiu-wah']);
    expect(organisations).toEqual(['NWSC']);
  });
});

describe('news sites', () => {
  it('names a news site at the start of a sentence as an organisation', () => {
    const { organisations, people } = named('Wikinews spoke with the organisers. Later, Reddit users joined in.');
    expect(organisations).toEqual(['Wikinews', 'Reddit']);
    expect(people).toEqual([]);
  });
});

describe('names of other shapes', () => {
  it('reads a family name written first and a hyphenated given name as a person', () => {
    expect(named('The coach sent on Choi Min-Ho, and Jang Soo-ah scored.').people).toEqual(['Choi Min-Ho', 'Jang Soo-ah']);
  });

  it("reads the authors of a reading list's lines, given name first, and nothing in their titles", () => {
    const { people, places } = named('Brontë, Emily. Wuthering Heights', 'Dickens, Charles and Collins, Wilkie. No Thoroughfare');
    expect(people).toEqual(['Emily Brontë', 'Charles Dickens', 'Wilkie Collins']);
    expect(places).toEqual([]);
    expect(named('Lima, Peru. Talks resumed on Monday.').places).toEqual(['Lima', 'Peru']);
  });

  it('splits a person from the body they speak "for"', () => {
    const { people, organisations } = named('Anna Keller for the Harbour Safety Authority said the port was closed.');
    expect(people).toEqual(['Anna Keller']);
    expect(organisations).toEqual(['Harbour Safety Authority']);
  });

  it('keeps an elided particle in a surname', () => {
    expect(named("The study was led by Prof. Chiara d'Alessio and Paolo dell'Orso.").people).toEqual([
      "Chiara d'Alessio",
      "Paolo dell'Orso",
    ]);
  });
});

describe('people by their context', () => {
  it('reads one word that leads a government as its leader', () => {
    const { people, places, organisations } = named(
      'The Ricci government fell, a Dale administration was feared, and the Bonn government and the Labour government stood.',
    );
    expect(people).toEqual(['Ricci', 'Dale']);
    expect(places).toEqual(['Bonn']);
    expect(organisations).toEqual(['Labour Party']);
    expect(named('The Federal government, the Provincial government, the Tory government and the Junta government met.').people).toEqual(
      [],
    );
  });

  it("reads a name given as one's own or called out", () => {
    expect(named("He grinned: 'Hey Frank, my name is Otto,' and left.").people).toEqual(['Frank', 'Otto']);
  });

  it('reads a name after "the man" or "the woman" as a person', () => {
    expect(named('The letters of the woman Ilse and the man Bruno are read aloud.').people).toEqual(['Ilse', 'Bruno']);
  });

  it('reads names listed after a plural of people as people, and places listed after one of places as places', () => {
    expect(named('Pilgrims honour ancient gods, such as Osiris, Isis, and Horus, and writers like Gogol.').people).toEqual([
      'Osiris',
      'Isis',
      'Horus',
      'Gogol',
    ]);
    expect(named('Countries such as Chile and Peru agreed.').places).toEqual(['Chile', 'Peru']);
  });

  it('reads an author with two given names in a reading list', () => {
    expect(named('Gaskell, Elizabeth Cleghorn. North and South').people).toEqual(['Elizabeth Cleghorn Gaskell']);
  });

  it('reads no one in the title of a work after its kind', () => {
    const { people } = named('She launched her graphic novel Silver Heron with illustrator Tom Marsh.');
    expect(people).toEqual(['Tom Marsh']);
  });

  it('keeps common given names that are also adjectives ("Frank", "Rich")', () => {
    expect(named('Frank Tolver got in touch, and Rich Dorley wrote back. Frank talks followed.').people).toEqual([
      'Frank Tolver',
      'Rich Dorley',
    ]);
  });

  it('limits each name of a coordinated run, not the run', () => {
    expect(named('Guests were editors Jann Welling of Blue Harbour Weekly Magazine and Carlo De Santi of Rome.').people).toEqual([
      'Jann Welling',
      'Carlo De Santi',
    ]);
  });
});

describe('scorers', () => {
  it('reads who scored when, in a result line\'s brackets or after "Scorers :", as people, not teams', () => {
    const result = named('Rovania 2 ( Kolar 25 , Ivo Brandt 41 pen ) Dunmore 1 ( Hales 60 )');
    expect(result.people).toEqual(['Kolar', 'Ivo Brandt', 'Hales']);
    expect(result.organisations).toEqual(['Rovania', 'Dunmore']);
    const scorers = named('Scorers : Kolar 25 , Ivo Brandt 41');
    expect(scorers.people).toEqual(['Kolar', 'Ivo Brandt']);
    expect(scorers.organisations).toEqual([]);
  });
});
