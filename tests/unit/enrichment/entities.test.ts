import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractNamedEntities, MAX_ANALYSED_CHARS, resolveSurname } from '../../../src/lib/enrichment/entities.ts';
import { enrichText } from '../../../src/lib/enrichment/enrich.ts';

const seedParagraphs = readFileSync(new URL('../../../seeds/000_6f6e37195cd625da.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '');

describe('the bundled seed', () => {
  const { entities, agencies } = enrichText(seedParagraphs);

  it('names exactly these people, in order of appearance', () => {
    expect(entities.people).toEqual(['Maria Zakharova', 'Vladimir Putin', 'Xi Jinping', 'Sergei Lavrov']);
  });

  it('cites exactly these agencies', () => {
    expect(agencies).toEqual(['Reuters', 'TASS', 'BTA']);
  });

  it('names these places: countries and cities, the Asia-Pacific region, no demonyms', () => {
    // "Asia-Pacific" is kept: a region is a place ("the Asia-Pacific region"); "Russian", "Chinese" are not.
    expect(entities.places).toEqual(['Moscow', 'Beijing', 'Russia', 'China', 'United States', 'Japan', 'Ukraine', 'Asia-Pacific']);
  });

  it('names the ministry and the agencies the text names as organisations', () => {
    expect(entities.organisations).toEqual(['Russian Foreign Ministry', 'Reuters', 'TASS', 'BTA']);
  });
});

describe('extractEntities', () => {
  it.each([
    [
      'strips titles and demonyms before names',
      'Russian President Vladimir Putin met Foreign Minister Sergei Lavrov.',
      { people: ['Vladimir Putin', 'Sergei Lavrov'] },
    ],
    [
      'resolves a surname to the full name in the same article',
      'Angela Merkel arrived. Merkel said the talks were useful.',
      { people: ['Angela Merkel'] },
    ],
    [
      'strips possessives',
      "Putin's spokesman Dmitry Peskov said Vladimir Putin's schedule was full.",
      { people: ['Vladimir Putin', 'Dmitry Peskov'] },
    ],
    ['finds a name after a role noun', 'He met his Chinese counterpart Wang Yi in Beijing.', { people: ['Wang Yi'], places: ['Beijing'] }],
    [
      'splits a country from the title after it',
      'U.S. Secretary of State Antony Blinken flew to Kyiv.',
      { people: ['Antony Blinken'], places: ['United States', 'Kyiv'] },
    ],
    [
      'maps US spellings to one place',
      'The US and the U.S.A. and the United States of America and America.',
      { places: ['United States'] },
    ],
    ['maps Britain and UK to the United Kingdom', 'Britain and the UK are one.', { places: ['United Kingdom'] }],
    ['does not take demonyms for places', 'Russian and Chinese officials met.', { places: [] }],
    [
      'keeps organisations with their suffix',
      'The Bank of Japan and the European Central Bank held rates.',
      { organisations: ['Bank of Japan', 'European Central Bank'] },
    ],
    [
      'maps an acronym to its organisation',
      'The IMF and the International Monetary Fund are one.',
      { organisations: ['International Monetary Fund'] },
    ],
    [
      'reads places from an all-caps dateline only',
      'TOKYO, MARCH 3 (KYODO) - SHARES FELL.',
      { people: [], places: ['Tokyo'], organisations: [] },
    ],
    ['ignores a capitalised word that is not a known name', 'Meanwhile, Officials Said Nothing.', { people: [] }],
    [
      'splits an organisation from the title that follows it',
      'European Commission President Ursula von der Leyen met Bank of Japan Governor Kazuo Ueda.',
      { people: ['Ursula von der Leyen', 'Kazuo Ueda'], organisations: ['European Commission', 'Bank of Japan'] },
    ],
    ['strips a two-word demonym', 'South Korean President Yoon Suk Yeol spoke.', { people: ['Yoon Suk Yeol'], places: [] }],
    [
      'keeps a hyphenated lower-case name part',
      "Taiwan's President-elect Lai Ching-te spoke.",
      { people: ['Lai Ching-te'], places: ['Taiwan'] },
    ],
    ['reads a compound adjective as its place', 'The Russia-led alliance met.', { places: ['Russia'] }],
    ['does not take a company after "at" for a person', 'Analysts at Morgan Stanley said the target was optimistic.', { people: [] }],
    ['keeps a one-word name with evidence, drops one without', 'President Putin spoke. Brent crude rose.', { people: ['Putin'] }],
    [
      'finds a geographic name by its suffix and a town after "in"',
      'Ships crossed the Black Sea to unload in Belem.',
      { places: ['Black Sea', 'Belem'] },
    ],
    ['names a king and his country', 'King Abdullah of Jordan arrived.', { people: ['Abdullah'], places: ['Jordan'] }],
  ])('%s', (_case, text, expected) => {
    const entities = extractNamedEntities([text]);
    for (const [kind, names] of Object.entries(expected)) expect(entities[kind as keyof typeof entities]).toEqual(names);
  });
});

describe('extractEntities on huge input', () => {
  it('reads names from the first MAX_ANALYSED_CHARS characters only, so a 5 MB seed cannot stall the build', () => {
    const filler = 'the talks went on and on without a result '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 40));
    const entities = extractEntities([`President Vladimir Putin spoke. ${filler}`, 'President Joe Biden spoke.']);
    expect(entities.people).toEqual(['Vladimir Putin']);
  });

  it('skips paragraphs without a capital letter', () => {
    expect(extractEntities(Array.from({ length: 1000 }, () => 'a 1 2 3'))).toEqual({
      people: [],
      places: [],
      organisations: [],
      countries: [],
    });
  });
});

describe('resolveSurname', () => {
  it.each([
    ['Putin', ['Vladimir Putin'], 'Vladimir Putin'],
    ['Xi', ['Xi Jinping'], 'Xi Jinping'],
    ['Kim', ['Kim Jong Un', 'Kim Yo Jong'], 'Kim'],
    ['Smith', ['John Smith', 'Anna Smith'], 'Smith'],
    ['Vladimir', ['Vladimir Putin'], 'Vladimir'],
  ])('%s among %j → %s', (mention, names, expected) => {
    expect(resolveSurname(mention, names)).toBe(expected);
  });
});
