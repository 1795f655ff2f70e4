/**
 * `npm run check:links`: checks every internal link, asset, feed and sitemap URL of a built site
 * (pipeline/publish/check-links.ts). Flags: --dir (default dist), --base and --site (default
 * BASE_PATH and SITE_URL, as the build reads them). Exits 1 when a link is broken.
 */
import { parseArgs } from 'node:util';
import { checkLinks } from '../pipeline/publish/check-links.ts';
import { loadArchiveConfig } from '../pipeline/shared/archive-config.ts';

const config = await loadArchiveConfig();
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: config.basePath },
    site: { type: 'string', default: config.siteUrl },
  },
});
try {
  const report = await checkLinks(values.dir, { basePath: values.base, siteUrl: values.site });
  for (const problem of report.problems) console.error(`${problem.file}: ${problem.url} — ${problem.reason}`);
  console.log(
    `Checked ${report.internal} internal link(s) in ${report.pages} page(s) and the feeds, sitemap and robots.txt of ${values.dir}/: ${report.problems.length} broken; ${report.external} external link(s) not fetched.`,
  );
  if (report.problems.length > 0) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
