import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditSite, listAndAudit, listSiteFiles, writeHostFiles } from '../../pipeline/publish/host-audit.ts';
import { walkFiles, walkFilesOffThread } from '../../pipeline/shared/walk-files.ts';
import { makeTempDir } from '../support/seeds-folder.ts';
import { pageFileOf, startPageAuditor } from '../../pipeline/render/render-audit.ts';
import { resolveConfig } from '../../src/lib/config.ts';
import type { AuditFinding } from '../../src/lib/deploy/html-audit.ts';
import { openFileMemo } from '../../pipeline/shared/file-memo.ts';
import type { SiteFile } from '../../pipeline/publish/host-audit.ts';

const identity = (file: SiteFile) => ({ ino: file.ino!, size: file.bytes, mtimeMs: file.mtimeMs! });

/** A fresh folder per test (the site, or the tree to walk), deleted after it. */
let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('page-audit-');
});
afterEach(() => temp.cleanup());

describe('pageFileOf', () => {
  it.each([
    ['/2024/09/12/slug/', '/', '2024/09/12/slug/index.html'],
    ['/archive/2024/', '/archive/', '2024/index.html'],
    ['/', '/', 'index.html'],
    ['/archive/', '/archive/', 'index.html'],
    ['/people/l%C3%A9a/', '/', 'people/léa/index.html'],
    ['/rss.xml', '/', undefined],
    ['/404', '/', undefined],
  ])('%s under %s is %s', (pathname, basePath, file) => {
    expect(pageFileOf(pathname, basePath)).toBe(file);
  });
});

describe('startPageAuditor', () => {
  it('audits written pages on a worker and reports findings by file, clean pages included', async () => {
    const site = temp.dir;
    await mkdir(path.join(site, 'a'));
    await mkdir(path.join(site, 'b'));
    await writeFile(path.join(site, 'a', 'index.html'), '<html><body><script>alert(1)</script></body></html>');
    await writeFile(path.join(site, 'b', 'index.html'), '<html><body><p>Fine</p></body></html>');
    const auditor = startPageAuditor(site, 'https://example.org', '/');
    auditor.audit('/a/');
    auditor.audit('/b/');
    auditor.audit('/feed.xml');
    const findings = await auditor.finish();
    expect([...findings.keys()]).toEqual(['a/index.html', 'b/index.html']);
    expect(findings.get('a/index.html')!.map((finding) => finding.severity)).toContain('error');
    expect(findings.get('b/index.html')).toEqual([]);
  });
});

describe('startPageAuditor, many pages', () => {
  it('audits every page told about, in batches and in the last partial batch', async () => {
    const site = temp.dir;
    const names = Array.from({ length: 100 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    for (const name of names) {
      await mkdir(path.join(site, name));
      await writeFile(path.join(site, name, 'index.html'), `<html><body><p>${name}</p></body></html>`);
    }
    const auditor = startPageAuditor(site, 'https://example.org', '/');
    for (const name of names) auditor.audit(`/${name}/`);
    const findings = await auditor.finish();
    expect([...findings.keys()].sort()).toEqual(names.map((name) => `${name}/index.html`));
  });
});

describe('auditSite', () => {
  it('takes findings of pages audited while rendering instead of reading them, and reads the rest', async () => {
    const site = temp.dir;
    await writeFile(path.join(site, 'index.html'), '<html><body><script>alert(1)</script></body></html>');
    await writeFile(path.join(site, 'other.html'), '<html><body><script>alert(2)</script></body></html>');
    const config = resolveConfig({});
    const files = await listSiteFiles(site);
    // index.html was audited while rendering and found clean (as it was then): it is not read again.
    const findings = await auditSite(site, files, config, { prechecked: new Map([['index.html', []]]) });
    expect(findings.map((finding) => [finding.files, finding.example])).toEqual([[1, 'other.html']]);
  });

  it('takes the remembered findings of the file a page was copied from, and reads a copy of a file it never audited', async () => {
    const site = temp.dir;
    const live = path.join(site, 'live');
    const staged = path.join(site, 'staged');
    for (const dir of [live, staged]) await mkdir(dir);
    const page = '<html><body><script>alert(1)</script></body></html>';
    for (const name of ['a.html', 'b.html']) await writeFile(path.join(live, name), page);
    const config = resolveConfig({});
    const memo = await openFileMemo<AuditFinding[]>(site, 'audit', 'salt');
    const liveFiles = await listSiteFiles(live);
    // The live a.html was audited clean by an earlier build (so its remembered findings are empty).
    memo.set('a.html', identity(liveFiles[0]!), []);
    for (const name of ['a.html', 'b.html']) await copyFile(path.join(live, name), path.join(staged, name));
    const copiedFrom = new Map(liveFiles.map((file) => [file.path, identity(file)]));
    const findings = await auditSite(staged, await listSiteFiles(staged), config, { memo, copiedFrom });
    // a.html is not read again (its remembered findings hold for the copy); b.html is.
    expect(findings.map((finding) => [finding.files, finding.example])).toEqual([[1, 'b.html']]);
  });
});

describe('writeHostFiles', () => {
  it('keeps the files an early audit listed, lists the search bundles and their list again, and adds the host files', async () => {
    const site = temp.dir;
    const config = resolveConfig({});
    await mkdir(path.join(site, 'pagefind', 'fragment'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<html><body><p>Home</p></body></html>');
    await writeFile(path.join(site, 'pagefind', 'half-written.pf'), 'x');
    // Listed and audited while Pagefind worked; the bundle was then replaced and its list written.
    const early = await listAndAudit(site, config);
    // Not the search bundles, which the index stage may still be rewriting (and deleting files of).
    expect(early.files.map((file) => file.path)).toEqual(['index.html']);
    await rm(path.join(site, 'pagefind', 'half-written.pf'));
    await writeFile(path.join(site, 'pagefind', 'fragment', 'a.pf_fragment'), 'abc');
    await writeFile(path.join(site, 'search-bundles.json'), '{}');
    const { files, output } = await writeHostFiles(site, config, Promise.resolve(early));
    const expected = ['.nojekyll', '_headers', 'index.html', 'pagefind/fragment/a.pf_fragment', 'search-bundles.json'];
    expect(files.map((file) => file.path)).toEqual(expected);
    expect(files.find((file) => file.path === 'pagefind/fragment/a.pf_fragment')!.bytes).toBe(3);
    expect(output.files).toBe(expected.length);
    // The same as listing the finished site (host files included).
    expect((await listSiteFiles(site)).map((file) => file.path)).toEqual(expected);
  });
});

describe('walkFiles', () => {
  it('lists regular files at every depth in code-unit order, and nothing for a missing folder', async () => {
    const root = temp.dir;
    await mkdir(path.join(root, 'b', 'c'), { recursive: true });
    await mkdir(path.join(root, 'empty'));
    for (const file of ['Z.txt', 'a.txt', 'b/c/d.html', 'b/é.txt']) await writeFile(path.join(root, file), '');
    expect(await walkFiles(root)).toEqual(['Z.txt', 'a.txt', 'b/c/d.html', 'b/é.txt']);
    expect(await walkFiles(path.join(root, 'missing'))).toEqual([]);
    // On a worker thread (the build lists the site it will recycle while it ingests): the same list.
    expect(await walkFilesOffThread(root)).toEqual(['Z.txt', 'a.txt', 'b/c/d.html', 'b/é.txt']);
    expect(await walkFilesOffThread(path.join(root, 'missing'))).toEqual([]);
  });
});
