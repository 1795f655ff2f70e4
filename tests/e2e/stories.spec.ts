/**
 * Stories (issue 19) on the "stories" site, built from the labelled story-versions set
 * (tests/fixtures/story-versions): an article lists its other versions and leads to its story
 * page, a listing shows a story once with "N versions", Related holds no version of the story,
 * feeds mark updates. Expectations come from the set's labels and the build's manifest, not
 * from the detector.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { siteUrl } from './sites.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { labels } = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/story-versions/labels.json'), 'utf8')) as {
  labels: Record<string, { story: string; kind: string }>;
};
const { manifest } = JSON.parse(readFileSync(path.join(root, '.cache/e2e/stories.report.json'), 'utf8')) as {
  manifest: { file: string; id: string; url: string }[];
};
const urlOf = new Map(manifest.map((entry) => [entry.file, entry.url]));
/** The labelled versions of a story, as site paths, in file order (file order is the order they were written: first take first). */
const versionsOf = (story: string) =>
  Object.entries(labels)
    .filter(([, label]) => label.story === story)
    .map(([file]) => urlOf.get(file)!);

const STORY = 'wikinews:17654'; // Apple's WWDC 2011 keynote: first take, agency credit, radio cut
const site = (sitePath: string) => siteUrl('stories', sitePath);

test('an article lists the other versions of its story and leads to the story page and back', async ({ page }) => {
  const versions = versionsOf(STORY);
  expect(versions).toHaveLength(3);
  await page.goto(site(versions[0]!));
  const list = page.locator('.story-versions');
  await expect(list.getByRole('heading', { level: 2 })).toHaveText('Other versions of this story');
  await expect(list.locator('li')).toHaveCount(3);
  // Each entry has its time and what changed; the version being read is marked, the others link.
  await expect(list.locator('li[aria-current="true"]')).toContainText('this version');
  await expect(list.locator('li time')).toHaveCount(3);
  await expect(list.locator('li').first()).toContainText('first version');
  await expect(list.locator('li').nth(2)).toContainText(/paragraphs? removed/);
  const linked = await list.locator('li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(linked.sort()).toEqual(versions.slice(1).sort());

  await list.getByRole('link', { name: /Compare all versions \(3 versions\)/ }).click();
  await expect(page).toHaveURL(/\/stories\/[0-9a-f]{16}\/$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Version \d/ })).toHaveCount(3);
  // Later versions beside the one before: a table per version, words marked in plain HTML, no script.
  await expect(page.locator('table.story__diff')).toHaveCount(2);
  await expect(page.locator('table.story__diff del').first()).toBeVisible();
  await expect(page.locator('script')).toHaveCount(0);

  await page.locator('.story__version').first().getByRole('link').click();
  await expect(page).toHaveURL(site(versions[0]!));
  await expect(page.locator('.story-versions li[aria-current="true"]')).toBeVisible();
});

test('a listing shows a story once, with "N versions", and the marker leads to its story page', async ({ page }) => {
  // Six quarterly tables on one day, one of them issued twice: six stories, seven articles.
  const table = versionsOf('table:earnings:NWT');
  expect(table).toHaveLength(2);
  const dayPath = table[0]!.split('/').slice(0, 4).join('/') + '/';
  const shown: string[] = [];
  // The numbered pages split the listing between them, oldest first.
  for (const pagePath of [`${dayPath}page/1/`, `${dayPath}page/2/`]) {
    await page.goto(site(pagePath));
    shown.push(
      ...(await page
        .locator('.card__headline a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
  }
  expect(shown).toHaveLength(6);
  // The first version stands for the story, where it falls.
  expect(shown.filter((url) => table.includes(url))).toEqual([table[0]]);

  await page.goto(site(`${dayPath}page/1/`));
  const card = page.locator('.card', { has: page.locator(`a[href="${table[0]}"]`) });
  await expect(card.locator('.card__versions')).toHaveText('2 versions');
  await card.locator('.card__versions').click();
  await expect(page).toHaveURL(/\/stories\/[0-9a-f]{16}\/$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Version \d/ })).toHaveCount(2);
  await expect(page.locator('table.story__diff ins')).toContainText(['corrected from 388 million']);
});

test('Related never lists a version of the same story, nor two versions of another', async ({ page }) => {
  const paths = (links: Element[]) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname);
  for (const story of [STORY, 'wikinews:113219', 'wikinews:GUM_news_nasa']) {
    await page.goto(site(versionsOf(story)[0]!));
    const versions = await page.locator('.story-versions li a').evaluateAll(paths);
    expect(versions.length).toBeGreaterThan(0);
    const related = await page.locator('.related .card__headline a').evaluateAll(paths);
    expect(related.length).toBeGreaterThan(0);
    for (const url of related) expect(versions).not.toContain(url);
    // A related story with versions links its story page: each such page at most once.
    const relatedStories = await page.locator('.related .card__versions').evaluateAll(paths);
    expect(new Set(relatedStories).size).toBe(relatedStories.length);
    expect(relatedStories).not.toContain(
      new URL(await page.locator('.story-versions__compare').evaluate((a) => (a as HTMLAnchorElement).href)).pathname,
    );
  }
});

test('feeds carry every version and mark the later ones as updates', async ({ request }) => {
  const atom = await (await request.get(site('atom.xml'))).text();
  const entries = atom.split('<entry>').slice(1);
  const updates = entries.filter((entry) => entry.includes('<category term="update"'));
  expect(updates.length).toBeGreaterThan(0);
  for (const entry of updates) {
    expect(entry).toMatch(/<title type="text">Update: /);
    expect(entry).toMatch(/<link rel="related" type="text\/html" href="[^"]+\/stories\/[0-9a-f]{16}\/"/);
  }
  // The first version of the corrected table is in the feed too, not marked.
  const table = versionsOf('table:earnings:NWT');
  const first = entries.find((entry) => entry.includes(`${table[0]}</id>`));
  expect(first).toBeDefined();
  expect(first).not.toContain('term="update"');
});

test('the story page, a version list and a marked card pass axe-core, light and dark, and the diff stacks at 320 px', async ({ page }) => {
  const versions = versionsOf(STORY);
  await page.goto(site(versions[0]!));
  const storyPage = await page.locator('.story-versions__compare').evaluate((a) => (a as HTMLAnchorElement).href);
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const url of [site(versions[0]!), storyPage, site('')]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations)
        violations.push(`${url} (${colorScheme}) ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  expect(violations).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(storyPage);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('search shows a story once, with "N versions" linking the search for its versions', async ({ page }) => {
  const versions = versionsOf(STORY);
  await page.goto(site(versions[0]!));
  const storyPage = await page.locator('.story-versions__compare').evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
  const storyId = storyPage.split('/')[2]!;
  await page.goto(site('search/?q=%22Moscone+West%22'));
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const ofStory = page.locator(`#search-results > li[data-story="${storyId}"]`);
  await expect(ofStory).toHaveCount(1);
  await expect(ofStory.locator('.result__versions')).toHaveText('3 versions');
  // It leads to the search for the story's versions (issue 20 lists them).
  expect(decodeURIComponent((await ofStory.locator('.result__versions').getAttribute('href'))!)).toContain(`story:${storyId}`);
});
