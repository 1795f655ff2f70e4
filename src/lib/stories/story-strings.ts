/**
 * Every reader-facing string of the story features, in one place so they can move to the
 * site's locale table as they are (issue 21).
 */
export const STORY_STRINGS = {
  /** "3 versions": the marker on listing cards and the story page's title. */
  versions: (count: number) => `${count} versions`,
  /** Heading of the list of versions on an article page. */
  otherVersions: 'Other versions of this story',
  /** Link from an article to its story page. */
  compareVersions: 'Compare all versions',
  /** Label of the version being read in the list. */
  thisVersion: 'this version',
  firstVersion: 'first version',
  leadReworded: 'lead reworded',
  added: 'added',
  removed: 'removed',
  reworded: 'reworded',
  unchangedText: 'text unchanged',
  /** "2 paragraphs added". */
  paragraphs: (count: number, what: string) => `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} ${what}`,
  /** Story page. */
  storyTitle: (headline: string) => `Versions: ${headline}`,
  storyIntro: (count: number) =>
    `This story was filed in ${count} versions. Each version is shown beside the one before it: removed words are struck through, added words are marked.`,
  versionHeading: (number: number) => `Version ${number}`,
  earlier: 'Before',
  later: 'This version',
  readVersion: 'Read this version',
  /** Feed item title prefix for a later version. */
  updatePrefix: 'Update: ',
  /** Feed category of a later version. */
  updateCategory: 'update',
} as const;
