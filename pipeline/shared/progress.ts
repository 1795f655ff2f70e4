/**
 * Progress for long build stages. On a terminal the line is redrawn in place a few
 * times a second; in CI logs (not a TTY, or CI set) a plain line is written every few
 * seconds, so short stages stay silent and long ones show they are alive.
 */
import { formatProgressDone, formatProgressLine } from '../../src/lib/report/progress-line.ts';

export interface Progress {
  /** Counts `count` more items done. */
  tick(count?: number): void;
  /** Sets or corrects the expected total. */
  setTotal(total: number): void;
  /** Stops redrawing and writes the closing line (if anything was shown). */
  done(): void;
}

export interface ProgressOptions {
  total?: number;
  unit?: string;
  stream?: NodeJS.WriteStream;
  /** Interval between plain lines when not on a terminal; PROGRESS_INTERVAL (seconds) overrides. Default 5 s. */
  logIntervalMs?: number;
}

/** Whether progress is redrawn in place: a terminal, outside CI, unless PROGRESS=plain. */
function isInteractive(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.CI && process.env.PROGRESS !== 'plain';
}

/** Starts reporting progress for one stage. PROGRESS=off silences it. */
export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? 'items';
  const started = performance.now();
  let done = 0;
  let total = options.total;
  let shown = false;
  const state = () => ({ label, done, unit, elapsedMs: performance.now() - started, ...(total === undefined ? {} : { total }) });
  if (process.env.PROGRESS === 'off') return { tick() {}, setTotal() {}, done() {} };

  const interactive = isInteractive(stream);
  const fromEnv = Number(process.env.PROGRESS_INTERVAL) * 1000;
  const interval = interactive ? 200 : fromEnv > 0 ? fromEnv : (options.logIntervalMs ?? 5000);
  const timer = setInterval(() => {
    shown = true;
    const line = formatProgressLine(state());
    if (interactive) stream.write(`\r\x1b[2K${line}`);
    else stream.write(`${line}\n`);
  }, interval);
  timer.unref();

  return {
    tick(count = 1) {
      done += count;
    },
    setTotal(value) {
      total = value;
    },
    done() {
      clearInterval(timer);
      if (!shown) return;
      const line = formatProgressDone(state());
      stream.write(interactive ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}
