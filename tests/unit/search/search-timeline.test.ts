import { describe, expect, it } from 'vitest';
import { describeTimeline, timelineFor } from '../../../src/lib/search/search-timeline.ts';

describe('timelineFor', () => {
  it('shows years with gaps kept, summing months', () => {
    const timeline = timelineFor({ '2021-05': 2, '2021-07': 1, '2023-01': 4, '2024-02': 0 }, {});
    expect(timeline).toEqual({
      unit: 'year',
      total: 7,
      bars: [
        { key: '2021', label: '2021', count: 3 },
        { key: '2022', label: '2022', count: 0 },
        { key: '2023', label: '2023', count: 4 },
      ],
    });
    expect(describeTimeline(timeline)).toBe('Results per year, 2021 to 2023: most in 2023 (4).');
  });
  it('shows months when the results lie in one year', () => {
    expect(timelineFor({ '2021-05': 2, '2021-07': 1 }, {}).bars).toEqual([
      { key: '2021-05', label: 'May 2021', count: 2 },
      { key: '2021-06', label: 'June 2021', count: 0 },
      { key: '2021-07', label: 'July 2021', count: 1 },
    ]);
  });
  it('shows days when the range lies in one month and day counts are known', () => {
    const timeline = timelineFor({ '2024-02': 3 }, { '2024-02-28': 1, '2024-02-29': 2, '2024-03-01': 5 }, '2024-02');
    expect(timeline.unit).toBe('day');
    expect(timeline.bars).toEqual([
      { key: '2024-02-28', label: '28 February 2024', count: 1 },
      { key: '2024-02-29', label: '29 February 2024', count: 2 },
    ]);
  });
  it('has no bars without results', () => expect(timelineFor({ '2024-01': 0 }, {}).bars).toEqual([]));
});
