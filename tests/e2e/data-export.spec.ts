/**
 * The static data export of built sites (data/YYYY/MM.ndjson, data/index.json, data/schema.json):
 * every line valid against the schema, one line per published article of the build's manifest,
 * the index's counts equal to the files' lines, URLs with the base path that serve the article.
 * Read from the built output folders and the build report beside them, served over HTTP.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ExportIndexSchema, ExportRecordSchema, exportJsonSchema } from '../../src/lib/archive/data-export.ts';
import { BuildReportSchema } from '../../src/lib/report/manifest.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

for (const site of E2E_SITES.filter((candidate) => ['bundled', 'subpath'].includes(candidate.name))) {
  test.describe(`data export of the ${site.name} site`, () => {
    const outDir = path.join(projectRoot, site.outDir);
    const inSite = (urlPath: string) => path.join(outDir, urlPath.slice(site.basePath.length));

    test('has one schema-valid line per published article, as many as the index and the manifest say', async ({ request }) => {
      const report = BuildReportSchema.parse(JSON.parse(await readFile(`${outDir}.report.json`, 'utf8')));
      const published = report.manifest.filter((entry) => entry.status === 'published');
      const index = ExportIndexSchema.parse(JSON.parse(await readFile(path.join(outDir, 'data/index.json'), 'utf8')));
      expect(index.articles).toBe(published.length);
      expect(index.schema).toBe(`${site.basePath}data/schema.json`);

      const seen = new Map<string, string>();
      for (const file of index.files) {
        expect(file.path).toBe(`${site.basePath}data/${file.year}/${String(file.month).padStart(2, '0')}.ndjson`);
        const text = await readFile(inSite(file.path), 'utf8');
        const lines = text.trimEnd().split('\n');
        expect(lines).toHaveLength(file.articles);
        for (const line of lines) {
          const record = ExportRecordSchema.parse(JSON.parse(line));
          expect(record.publishedAt.slice(0, 7)).toBe(`${file.year}-${String(file.month).padStart(2, '0')}`);
          seen.set(record.id, record.url);
        }
      }
      // Exactly the manifest's published articles, each at its page's URL.
      expect(new Map(published.map((entry) => [entry.id!, entry.url!]))).toEqual(seen);
      const [first] = seen.values();
      const response = await request.get(siteUrl(site.name, first!.slice(site.basePath.length)));
      expect(response.status()).toBe(200);
    });

    test('publishes the JSON Schema it was made from', async ({ request }) => {
      const response = await request.get(siteUrl(site.name, 'data/schema.json'));
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
    });
  });
}
