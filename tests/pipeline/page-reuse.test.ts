/**
 * Recycling the site before last as the staging folder (pipeline/render/page-reuse.ts), on small
 * folder trees: what stays, what is deleted before Astro writes, what is linked from the live
 * site, and when the spare is not used. tests/e2e/rebuild.spec.ts runs the same through real builds.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageReuse, type SiteFolders } from '../../pipeline/render/page-reuse.ts';

let root: string;
let folders: SiteFolders;
let recordFile: string;
const FINGERPRINT = 'f'.repeat(32);

function put(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** A file's identity as the page record keeps it. */
function identity(file: string): string {
  const info = statSync(file);
  return `${info.ino}:${info.size}:${info.mtimeMs}`;
}

/** Builds "site" in `dir` with `pages` (path → key, the page's text is `<key>`) and records it. */
async function siteBuild(target: 'live' | 'spare', pages: Record<string, string>): Promise<void> {
  const dir = target === 'live' ? folders.outputDir : folders.spareDir;
  for (const [pathname, key] of Object.entries(pages)) put(dir, `${pathname.slice(1)}index.html`, key);
  put(dir, '_astro/site.css', `css of ${target}`);
  put(dir, 'pagefind/2024/pagefind-entry.json', `bundle of ${target}`);
  const record = {
    version: 3,
    fingerprint: FINGERPRINT,
    folder: statSync(dir).ino,
    pages,
    files: Object.fromEntries(Object.keys(pages).map((pathname) => [pathname, identity(path.join(dir, `${pathname.slice(1)}index.html`))])),
    bundles: { 'pagefind/2024/': `bundle-key-${target}` },
  };
  writeFileSync(target === 'live' ? recordFile : recordFile.replace(/\.json$/, '.spare.json'), JSON.stringify(record));
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'page-reuse-'));
  folders = {
    outputDir: path.join(root, 'dist'),
    stagingDir: path.join(root, '.dist.staging'),
    spareDir: path.join(root, '.dist.previous'),
  };
  recordFile = path.join(root, 'records', 'pages.json');
  mkdirSync(path.dirname(recordFile));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('openPageReuse with a spare', () => {
  it('keeps unchanged pages in place, deletes everything Astro makes again, and links pages unchanged since the live site', async () => {
    await siteBuild('spare', { '/2024/01/02/a/': 'a1', '/2024/01/02/b/': 'b1', '/2024/01/03/gone/': 'g1' });
    await siteBuild('live', { '/2024/01/02/a/': 'a1', '/2024/01/02/b/': 'b2' });

    const reuse = await openPageReuse(folders, recordFile, FINGERPRINT, {});
    expect(reuse.discard).toBeUndefined();
    expect(existsSync(folders.spareDir)).toBe(false);
    expect(reuse.recycledBundles).toEqual({ 'pagefind/2024/': 'bundle-key-spare' });
    // Not a page with a key: gone before Astro writes. Search bundles are left to the index step.
    expect(existsSync(path.join(folders.stagingDir, '_astro/site.css'))).toBe(false);
    expect(existsSync(path.join(folders.stagingDir, 'pagefind/2024/pagefind-entry.json'))).toBe(true);

    expect(reuse.canReuse('/2024/01/02/a/', 'a1')).toBe(true); // same key as in the spare: stays
    expect(reuse.canReuse('/2024/01/02/b/', 'b2')).toBe(true); // same key as in the live site: copied
    expect(reuse.canReuse('/2024/01/04/new/', 'n1')).toBe(false); // new: rendered
    expect(reuse.canReuse('/', undefined)).toBe(false); // no key: rendered
    expect(existsSync(path.join(folders.stagingDir, '2024/01/02/b/index.html')), "the spare's older b is deleted at once").toBe(false);

    await reuse.copyInto();
    expect(readFileSync(path.join(folders.stagingDir, '2024/01/02/a/index.html'), 'utf8')).toBe('a1');
    // A copy, never a link: nothing written to one site reaches the other.
    expect(readFileSync(path.join(folders.stagingDir, '2024/01/02/b/index.html'), 'utf8')).toBe('b2');
    expect(statSync(path.join(folders.stagingDir, '2024/01/02/b/index.html')).ino).not.toBe(
      statSync(path.join(folders.outputDir, '2024/01/02/b/index.html')).ino,
    );
    // A page of the spare this build does not make is deleted, with the folders it leaves empty.
    expect(existsSync(path.join(folders.stagingDir, '2024/01/03'))).toBe(false);
    expect(reuse.counts()).toEqual({ pages: 4, reused: 2, kept: 1 });
  });

  it('renders again a page edited in place since its build, in the spare or in the live site (F3)', async () => {
    await siteBuild('spare', { '/2024/01/02/a/': 'a1' });
    await siteBuild('live', { '/2024/01/02/a/': 'a1', '/2024/01/02/b/': 'b1' });
    // Post-processing that rewrites pages in place, after the builds recorded them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path.join(folders.spareDir, '2024/01/02/a/index.html'), 'a1 edited');
    writeFileSync(path.join(folders.outputDir, '2024/01/02/b/index.html'), 'b1 edited');
    const reuse = await openPageReuse(folders, recordFile, FINGERPRINT, {});
    // a: edited in the spare, so it is copied from the live site, where it is as built.
    expect(reuse.canReuse('/2024/01/02/a/', 'a1')).toBe(true);
    expect(reuse.canReuse('/2024/01/02/b/', 'b1'), 'edited in the live site: rendered again').toBe(false);
    await reuse.copyInto();
    expect(readFileSync(path.join(folders.stagingDir, '2024/01/02/a/index.html'), 'utf8')).toBe('a1');
    expect(existsSync(path.join(folders.stagingDir, '2024/01/02/b/index.html'))).toBe(false);
  });

  it('turns the live record into the spare record after the swap, and records the new keys and bundles', async () => {
    await siteBuild('spare', { '/2024/01/02/a/': 'a1' });
    await siteBuild('live', { '/2024/01/02/a/': 'a2' });
    const liveRecord = readFileSync(recordFile, 'utf8');
    const reuse = await openPageReuse(folders, recordFile, FINGERPRINT, {});
    reuse.canReuse('/2024/01/02/a/', 'a3');
    await reuse.copyInto();
    put(folders.stagingDir, '2024/01/02/a/index.html', 'a3'); // what Astro would render
    // The swap, as pipeline/build.ts does it.
    const { renameSync } = await import('node:fs');
    renameSync(folders.outputDir, folders.spareDir);
    renameSync(folders.stagingDir, folders.outputDir);
    await reuse.save({ 'pagefind/2024/': 'bundle-key-new' }, 'previous');
    expect(readFileSync(recordFile.replace(/\.json$/, '.spare.json'), 'utf8')).toBe(liveRecord);
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { pages: object; bundles: object; folder: number };
    expect(record.pages).toEqual({ '/2024/01/02/a/': 'a3' });
    expect(record.bundles).toEqual({ 'pagefind/2024/': 'bundle-key-new' });
    expect(record.folder).toBe(statSync(folders.outputDir).ino);
  });

  it('does not recycle a spare made by other code or configuration, or one replaced since: it is handed back to be deleted', async () => {
    for (const [setup, env] of [
      [() => siteBuild('spare', { '/2024/01/02/a/': 'a1' }), { PAGE_REUSE: '0' }],
      [
        async () => {
          await siteBuild('spare', { '/2024/01/02/a/': 'a1' });
          // Same files, another folder (the old one is kept aside, so its inode is not reused).
          const { renameSync } = await import('node:fs');
          renameSync(folders.spareDir, path.join(root, 'aside'));
          put(folders.spareDir, '2024/01/02/a/index.html', 'a1');
        },
        {},
      ],
    ] as const) {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(path.dirname(recordFile), { recursive: true });
      await setup();
      await siteBuild('live', { '/2024/01/02/a/': 'a1' });
      const reuse = await openPageReuse(folders, recordFile, FINGERPRINT, env);
      expect(reuse.discard).toBe(folders.spareDir);
      expect(reuse.recycledBundles).toBeUndefined();
      expect(existsSync(folders.stagingDir)).toBe(false);
    }
    const other = await openPageReuse(folders, recordFile, 'e'.repeat(32), {});
    expect(other.discard).toBe(folders.spareDir);
    expect(other.reason).toBe('source or configuration changed');
  });
});

describe('openPageReuse with endpoints', () => {
  it('copies an unchanged endpoint named with an extension as its own file, and renders it again when its key changes', async () => {
    put(folders.outputDir, 'data/2024/01.ndjson', 'month one');
    put(folders.outputDir, 'data/2024/02.ndjson', 'month two');
    const files = ['data/2024/01.ndjson', 'data/2024/02.ndjson'];
    writeFileSync(
      recordFile,
      JSON.stringify({
        version: 3,
        fingerprint: FINGERPRINT,
        folder: statSync(folders.outputDir).ino,
        pages: { '/data/2024/01.ndjson': 'm1', '/data/2024/02.ndjson': 'm2' },
        files: Object.fromEntries(files.map((file) => [`/${file}`, identity(path.join(folders.outputDir, file))])),
        bundles: {},
      }),
    );
    const reuse = await openPageReuse(folders, recordFile, FINGERPRINT, {});
    expect(reuse.canReuse('/data/2024/01.ndjson', 'm1')).toBe(true);
    expect(reuse.canReuse('/data/2024/02.ndjson', 'm2-changed')).toBe(false);
    await reuse.copyInto();
    expect(readFileSync(path.join(folders.stagingDir, 'data/2024/01.ndjson'), 'utf8')).toBe('month one');
    expect(existsSync(path.join(folders.stagingDir, 'data/2024/01.ndjson/index.html'))).toBe(false);
    expect(existsSync(path.join(folders.stagingDir, 'data/2024/02.ndjson'))).toBe(false);
  });
});
