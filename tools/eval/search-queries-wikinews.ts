/**
 * A labelled query set on real news: the Wikinews development corpus (/work/shared/corpora/wikinews,
 * 163 articles; Wikinews contributors, CC BY 2.5; SemEval-2015 Task 4 TimeLine data, CC BY 3.0, FBK,
 * VUA, EHU; GUM corpus, CC BY; see the corpus's LICENSE). Each query lists the seed numbers (`NNN` of
 * `NNN_<hex>.txt`) of the articles a reader typing it wants, judged by hand from the articles' real
 * titles (gold.jsonl), which the archive never indexes (it derives its own headlines). Queries
 * alternate between a tuning half and a held-out half; ranking is chosen on the first and reported on both.
 */
export interface LabelledQuery {
  q: string;
  relevant: string[];
  split: 'tune' | 'held-out';
}

const QUERIES: Omit<LabelledQuery, 'split'>[] = [
  { q: 'iPhone', relevant: ['059', '060', '067', '071', '072', '073', '074', '076', '077'] },
  { q: 'Steve Jobs', relevant: ['045', '079', '080', '081'] },
  { q: 'iPod', relevant: ['046', '048', '053', '065'] },
  { q: 'iTunes', relevant: ['058', '066', '070', '052', '055', '062'] },
  { q: 'Apple Corps trademark', relevant: ['052', '055', '062'] },
  { q: 'MacBook', relevant: ['056', '075'] },
  { q: 'A380', relevant: ['049', '063', '082', '088', '094', '100', '102', '103', '092'] },
  { q: 'Dreamliner', relevant: ['051', '097', '098', '154', '161'] },
  { q: 'Boeing 787', relevant: ['051', '097', '098', '154', '161'] },
  { q: 'air force tanker', relevant: ['043', '107', '108', '110'] },
  { q: 'Airbus order', relevant: ['069', '096', '147'] },
  { q: 'maiden flight', relevant: ['063', '094', '154', '155'] },
  { q: 'General Motors bankruptcy', relevant: ['142', '143', '144', '145', '146'] },
  { q: 'Chrysler', relevant: ['090', '095', '128', '130', '135', '138', '140', '160'] },
  { q: 'Ford', relevant: ['083', '085', '087', '089', '101', '152', '156', '157'] },
  { q: 'auto bailout', relevant: ['126', '127', '130', '135', '144', '085'] },
  { q: 'dealerships', relevant: ['140', '141'] },
  { q: 'job cuts', relevant: ['083', '090', '092', '153'] },
  { q: 'Dow Jones', relevant: ['091', '104', '111', '119', '121', '131', '132', '133', '134', '137', '158'] },
  {
    q: 'stock markets fall',
    relevant: ['091', '104', '106', '112', '113', '117', '118', '119', '120', '123', '124', '132', '133', '158', '159'],
  },
  { q: 'global markets', relevant: ['112', '115', '116', '117', '118', '120', '122', '123', '149'] },
  { q: 'recession', relevant: ['106', '125'] },
  { q: 'Russian stock market', relevant: ['113', '114'] },
  { q: 'Nikkei', relevant: ['124', '125', '159'] },
  { q: 'credit crisis', relevant: ['093', '099'] },
  { q: 'Scientology', relevant: ['023', '027', '030'] },
  { q: 'asylum seekers', relevant: ['020', '035'] },
  { q: 'Hajj pilgrims', relevant: ['022', '038'] },
  { q: 'World Cup', relevant: ['037'] },
  { q: 'Internet Explorer', relevant: ['029'] },
  { q: 'North Korea', relevant: ['032'] },
  { q: 'Hong Kong election', relevant: ['024'] },
  { q: 'national flag', relevant: ['026'] },
  { q: 'ozone crops', relevant: ['041'] },
  { q: 'Fiat', relevant: ['138', '160'] },
  { q: 'Opel', relevant: ['153'] },
  { q: 'Air France black boxes', relevant: ['148'] },
  { q: 'Bank of America', relevant: ['151'] },
  { q: 'FTSE', relevant: ['150'] },
  { q: 'Northrop Grumman', relevant: ['107', '110'] },
];

export const WIKINEWS_QUERIES: LabelledQuery[] = QUERIES.map((query, index) => ({
  ...query,
  split: index % 2 === 0 ? 'tune' : 'held-out',
}));
