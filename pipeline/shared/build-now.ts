/**
 * The build's one reading of "now". Every script that needs the current time calls `buildNow()`,
 * so SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) pins it
 * everywhere at once and two builds of the same seeds give the same bytes. ESLint forbids
 * Date.now() and new Date() anywhere else in src/ and scripts/.
 */
import { resolveNow } from '../../src/lib/config.ts';

/** Milliseconds since 1970: SOURCE_DATE_EPOCH when set (throws when malformed), else the clock. */
export function buildNow(): number {
  return resolveNow(process.env, Date.now());
}
