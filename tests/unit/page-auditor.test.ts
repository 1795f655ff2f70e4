import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite, listSiteFiles } from '../../scripts/host-files.ts';
import { pageFileOf, startPageAuditor } from '../../scripts/page-auditor.ts';
import { resolveConfig } from '../../src/lib/config.ts';

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
    const site = await mkdtemp(path.join(tmpdir(), 'auditor-'));
    try {
      await mkdir(path.join(site, 'a'));
      await mkdir(path.join(site, 'b'));
      await writeFile(path.join(site, 'a', 'index.html'), '<html><body><script>alert(1)</script></body></html>');
      await writeFile(path.join(site, 'b', 'index.html'), '<html><body><p>Fine</p></body></html>');
      const auditor = startPageAuditor(site, 'https://example.org', '/');
      auditor.audit('/a/');
      auditor.audit('/b/');
      auditor.audit('/feed.xml');
      const { findings, copied } = await auditor.finish();
      expect(copied).toEqual([]);
      expect([...findings.keys()]).toEqual(['a/index.html', 'b/index.html']);
      expect(findings.get('a/index.html')!.map((finding) => finding.severity)).toContain('error');
      expect(findings.get('b/index.html')).toEqual([]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('auditSite', () => {
  it('takes findings of pages audited while rendering instead of reading them, and reads the rest', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'audit-'));
    try {
      await writeFile(path.join(site, 'index.html'), '<html><body><script>alert(1)</script></body></html>');
      await writeFile(path.join(site, 'other.html'), '<html><body><script>alert(2)</script></body></html>');
      const config = resolveConfig({});
      const files = await listSiteFiles(site);
      // index.html was audited while rendering and found clean (as it was then): it is not read again.
      const findings = await auditSite(site, files, config, { prechecked: new Map([['index.html', []]]) });
      expect(findings.map((finding) => [finding.files, finding.example])).toEqual([[1, 'other.html']]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
