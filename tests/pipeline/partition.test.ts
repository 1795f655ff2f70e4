import { describe, expect, it } from 'vitest';
import { checkPartitions } from '../../pipeline/publish/combine-partitions.ts';
import type { PartitionManifest } from '../../pipeline/publish/partition-build.ts';
import { parsePartition, partitionHasPage, partitionHasYear, partitionName, yearOfPage } from '../../src/lib/deploy/partition.ts';

describe('parsePartition', () => {
  it.each([
    ['shared', { kind: 'shared' }, 'shared'],
    ['2004', { kind: 'years', firstYear: 2004, lastYear: 2004 }, '2004'],
    ['2000..2012', { kind: 'years', firstYear: 2000, lastYear: 2012 }, '2000..2012'],
    ['2000-2012', { kind: 'years', firstYear: 2000, lastYear: 2012 }, '2000..2012'],
    [' 2013.. ', { kind: 'years', firstYear: 2013, lastYear: null }, '2013..'],
    ['2013-', { kind: 'years', firstYear: 2013, lastYear: null }, '2013..'],
    ['..1999', { kind: 'years', firstYear: null, lastYear: 1999 }, '..1999'],
  ])('%j', (spec, partition, name) => {
    expect(parsePartition(spec)).toEqual(partition);
    expect(partitionName(parsePartition(spec))).toBe(name);
  });

  it.each(['', '-', '..', '-1999', '2012-2000', '20-30', 'shared,2004', '2000...2012', '2000-2012-2014'])('refuses %j', (spec) => {
    expect(() => parsePartition(spec)).toThrow(/PARTITION: .* is not "shared", a year/);
  });
});

describe('which pages a partition renders', () => {
  const older = parsePartition('..2011');
  const shared = parsePartition('shared');
  it.each([
    ['/2004/05/06/some-slug-0123abcd/', 2004, true, false],
    ['/2011/', 2011, true, false],
    ['/2012/01/page/2/', 2012, false, false],
    ['/', undefined, false, true],
    ['/archive/', undefined, false, true],
    ['/people/vladimir-putin/2/', undefined, false, true],
    ['/sitemap-1.xml', undefined, false, true],
    ['/20045/', undefined, false, true],
  ])('%s', (pathname, year, inOlder, inShared) => {
    expect(yearOfPage(pathname)).toBe(year);
    expect(partitionHasPage(older, pathname)).toBe(inOlder);
    expect(partitionHasPage(shared, pathname)).toBe(inShared);
  });

  it('never gives a year to the shared partition', () => {
    expect(partitionHasYear(shared, 2004)).toBe(false);
  });
});

describe('checkPartitions', () => {
  const manifest = (
    partition: string,
    articlePages: number,
    extra: Partial<PartitionManifest> = {},
  ): { dir: string; manifest: PartitionManifest } => ({
    dir: `out/${partition}`,
    manifest: {
      version: 1,
      partition,
      corpus: 'c',
      code: 'x',
      config: 'k',
      publishedPerYear: { 2001: 3, 2010: 2, 2020: 4 },
      articlePages,
      bundles: [],
      ...extra,
    },
  });

  it('accepts one shared partition and year partitions covering every year once', () => {
    expect(checkPartitions([manifest('..2009', 3), manifest('2010..', 6), manifest('shared', 0)])).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      checkPartitions([
        manifest('..2010', 5),
        manifest('2010..2015', 2, { corpus: 'other' }),
        manifest('2016', 0, { config: 'other', code: 'older' }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "out/2010..2015 was built from other seeds than out/..2010",
        "out/2016 was built with another configuration than out/..2010",
        "out/2016 was built from other code than out/..2010",
        "0 shared partitions; exactly one folder must be built with --partition shared",
        "2 article(s) of 2010 are in 2 partitions (out/..2010, out/2010..2015)",
        "4 article(s) of 2020 are in no partition",
      ]
    `);
  });

  it('reports a partition that rendered fewer pages than its years publish', () => {
    expect(checkPartitions([manifest('..2009', 2), manifest('2010..', 6), manifest('shared', 0)])).toEqual([
      'the partitions rendered 8 article page(s) for 9 published',
    ]);
  });
});
