/**
 * The text of a progress line for a long build stage: count, total, rate and ETA.
 * Pure: the caller passes the elapsed time.
 */

export interface ProgressState {
  label: string;
  done: number;
  /** Expected count, when known. */
  total?: number;
  /** Unit shown after the count, e.g. "pages". */
  unit: string;
  elapsedMs: number;
}

/** 12345 → "12,345" (fixed separator, independent of the machine's locale). */
export function groupThousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Seconds as "m:ss", or "h:mm:ss" from an hour up. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A running line, e.g. "render: 4,200/10,000 pages (42%), 1,234/s, ETA 0:05". */
export function formatProgressLine(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.done / seconds : 0;
  const count = state.total === undefined ? groupThousands(state.done) : `${groupThousands(state.done)}/${groupThousands(state.total)}`;
  const parts = [`${state.label}: ${count} ${state.unit}`];
  if (state.total !== undefined && state.total > 0) {
    parts[0] += ` (${Math.floor((100 * Math.min(state.done, state.total)) / state.total)}%)`;
  }
  parts.push(`${groupThousands(rate)}/s`);
  if (state.total !== undefined && rate > 0 && state.done < state.total) {
    parts.push(`ETA ${formatDuration((state.total - state.done) / rate)}`);
  }
  return parts.join(', ');
}

/** The closing line, e.g. "render: 10,000 pages in 0:08 (1,250/s)". */
export function formatProgressDone(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.done / seconds : 0;
  return `${state.label}: ${groupThousands(state.done)} ${state.unit} in ${formatDuration(seconds)} (${groupThousands(rate)}/s)`;
}
