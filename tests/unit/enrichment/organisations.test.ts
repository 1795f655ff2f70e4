// Organisation names on real copy (issue 18), each rule on a sentence written for the test.
import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from '../../../src/lib/enrichment/entities.ts';

const named = (...paragraphs: string[]) => extractNamedEntities(paragraphs);

describe('organisations named by their shape', () => {
  it('keeps "for" and "on" inside a body\'s name after its head word', () => {
    const { organisations } = named(
      'Researchers at the Centre for Rural Housing and the Council on Coastal Affairs spoke to the Brotherhood of Lock Keepers.',
    );
    expect(organisations).toEqual(['Centre for Rural Housing', 'Council on Coastal Affairs', 'Brotherhood of Lock Keepers']);
  });

  it('does not run "on" past a body into a code ("Space Center on STS-9")', () => {
    expect(named('The orbiter left Harwell Space Center on STS-9 in June.').organisations).toEqual([]);
  });

  it('reads a paper, a company or a broadcaster by its last word', () => {
    const { organisations, people } = named(
      'Halvard Electronics told the Dunmore Chronicle that Pellworth Media and Ostrava Steel had agreed terms.',
    );
    expect(organisations).toEqual(['Halvard Electronics', 'Dunmore Chronicle', 'Pellworth Media', 'Ostrava Steel']);
    expect(people).toEqual([]);
  });

  it('keeps a country inside a company registered with it', () => {
    const { organisations, places } = named('China Coastal Petroleum Corp won the tender.');
    expect(organisations).toEqual(['China Coastal Petroleum']);
    expect(places).toEqual([]);
  });

  it("ends a body's name at its possessive when it is whole before it", () => {
    expect(named("She teaches at the University of Tarnow's Institute of Optics.").organisations).toEqual([
      'University of Tarnow',
      'Institute of Optics',
    ]);
  });

  it('takes an office "of" something for an office, not a body', () => {
    expect(named('He served as the Director of Media and Communications until May.').organisations).toEqual([]);
  });
});

describe('organisations named by their context', () => {
  it('reads a capitalised body word after "the" inside a sentence as that body', () => {
    const { organisations } = named('Lawyers for the Church said the Commission had not replied.');
    expect(organisations).toEqual(['Church', 'Commission']);
  });

  it('does not read "the Government" or a sentence-initial word as a body', () => {
    expect(named('Council members met. Critics said the Government ignored them.').organisations).toEqual([]);
  });

  it('reads what an officer or a member belongs to as a body', () => {
    const { organisations, people } = named(
      'Tomas Berg, the chairman of Vistrel, met a spokeswoman for the Quorvane Trust and members of the Sea Scouts.',
    );
    expect(organisations).toEqual(['Vistrel', 'Quorvane Trust', 'Sea Scouts']);
    expect(people).toEqual(['Tomas Berg']);
  });

  it('does not make a body of a person an officer speaks for', () => {
    const { organisations } = named('A spokesman for Helen Marsh declined to comment.');
    expect(organisations).toEqual([]);
  });

  it('reads a name before a word only a body has as that body', () => {
    const { organisations, people } = named('Vistrel spokesman Anders Holm said Korvath shares fell.');
    expect(organisations).toEqual(['Vistrel', 'Korvath']);
    expect(people).toEqual(['Anders Holm']);
  });

  it('reads a capitalised "The" inside a sentence as a paper even after a place word, and prefers it to a place', () => {
    const { organisations, places } = named(
      'She spoke to The Brooklyn Bugle.',
      'A joke in The Turnip ran on Monday. The Turnip has a staff of ten.',
    );
    expect(organisations).toEqual(['Brooklyn Bugle', 'Turnip']);
    expect(places).toEqual([]);
  });
});

describe('agencies named in the text', () => {
  it('counts an agency the text names as an organisation, under its agency name', () => {
    expect(
      named('The Interfax news agency and Agence France Presse reported the strike, as did the Associated Press.').organisations,
    ).toEqual(['Interfax', 'AFP', 'Associated Press']);
  });

  it('does not count the credit of a dateline or a sign-off line as a mention', () => {
    expect(named('OSLO (Reuters) - Fishing quotas were cut.', 'Reuter').organisations).toEqual([]);
  });

  it('does not read a short name agencies share with others as one', () => {
    expect(named('AP said it would wait, and Bloomberg declined to comment.').organisations).toEqual([]);
  });
});

describe('teams named by their town or county', () => {
  it('reads towns and counties that beat or draw with each other as teams', () => {
    const { organisations, places } = named(
      'Northampton drew 2-2 with Exeter, and Durham 305 and 21 for one (J. Lewis 12) beat Leicester by nine wickets in Cardiff.',
    );
    expect(organisations).toEqual(['Northampton', 'Exeter', 'Durham', 'Leicester']);
    expect(places).toEqual(['Cardiff']);
  });

  it('reads the sides of a score line as teams, and countries in a table of figures as places', () => {
    const scores = named('Hove : Sussex 259 and 207 ( J. Lewis 69 ; P. Hart 4-43 ) , Derbyshire 114 and 81-3 .');
    expect(scores.organisations).toEqual(['Sussex', 'Derbyshire']);
    expect(scores.people).toEqual(['J. Lewis', 'P. Hart']);
    const figures = named('Growth , in percent : Germany 2.1 , France 1.8 .', 'Germany 2.1 , France 1.8');
    expect(figures.organisations).toEqual([]);
    expect(figures.places).toEqual(['Germany', 'France']);
  });

  it('reads a town playing a side found as an organisation as a team', () => {
    expect(named('Valencia drew 1-1 with Real Betis, and Utrecht lost 2-0 to PSV.').organisations).toEqual([
      'Real Betis',
      'PSV',
      'Valencia',
      'Utrecht',
    ]);
  });

  it('keeps countries places and needs a named side on both ends', () => {
    const { organisations, places } = named('Chile beat Peru 2-1 while riot police in Lyon beat protesters.');
    expect(organisations).toEqual([]);
    expect(places).toEqual(['Chile', 'Peru', 'Lyon']);
  });
});

describe("a name before a group's noun", () => {
  it('reads a name of several words before "newspaper" or "group" as an organisation', () => {
    const { organisations, people } = named('The Hamburger Abendblatt Zeitung newspaper said the Ansar Dine group had left.');
    expect(organisations).toEqual(['Hamburger Abendblatt Zeitung', 'Ansar Dine']);
    expect(people).toEqual([]);
  });
});

describe('banks and owners', () => {
  it('reads a capitalised compound ending in "bank" as a bank', () => {
    expect(named("Shares rose after Landesbank council member Ute Kreis spoke, and the Nordbank's board met.").organisations).toEqual([
      'Landesbank',
      'Nordbank',
    ]);
  });

  it("drops a person's possessive before a body but keeps a firm's own", () => {
    const { organisations } = named(
      "Premier Anil Rahman said Rahman's National Unity Party would appeal, and Moody's Investors Service agreed.",
    );
    expect(organisations).toEqual(['National Unity Party', "Moody's Investors Service"]);
  });
});

describe('words that look like names', () => {
  it('reads a letter hyphened to a word in lower case as an ordinary word', () => {
    expect(named('The boy wore a NATO T-shirt and had an X-ray.').organisations).toEqual(['NATO']);
  });

  it("reads a party known by a title's word as the party", () => {
    const { organisations, people } = named(
      "Labour's home affairs spokesman Ian Frost said Likud had erred. Labour Minister Ann Ward agreed.",
    );
    expect(organisations).toEqual(['Labour Party', 'Likud']);
    expect(people).toEqual(['Ian Frost', 'Ann Ward']);
  });

  it("reads neither an event nor a people's adjective as an organisation", () => {
    expect(named('Crowds came as The Harbour Lights Festival opened and the Peruvean team arrived.').organisations).toEqual([]);
  });
});

describe('firms named in other languages', () => {
  it("reads a firm's word in another language as opening an organisation's name, each of a coordinated run", () => {
    const { organisations, people } = named(
      'Comissaria Lopes said in its weekly review that Banco Meridional and Grupo Aurora SA would buy.',
    );
    expect(organisations).toEqual(['Comissaria Lopes', 'Banco Meridional', 'Grupo Aurora']);
    expect(people).toEqual([]);
  });
});
