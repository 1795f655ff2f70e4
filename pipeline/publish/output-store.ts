/**
 * The output store: the one owner of the output folder and of the two sites the build keeps for
 * it in its work folder (`.cache/build/<output>/`): `staging`, where Astro and Pagefind write the
 * new site, and `previous`, the site before the live one, which the next build recycles
 * (pipeline/render/page-reuse.ts). Both sit inside the project, on the file system of Astro's own
 * folders, so rendering never renames across file systems whatever `--out` is.
 *
 * Before anything is built, `openOutputStore` takes the project's build lock and checks everything
 * that could fail once the site is ready (a file or a link where the output folder should be, a
 * report path that is a folder, a parent that cannot be written), so those fail in one line and
 * the live site is never half replaced. `publish` then puts the new site in place:
 * - output beside the work folder, on the same file system: two renames (the live site becomes
 *   `previous`);
 * - output on another file system: the site is copied next to the output folder, then swapped in by
 *   rename within its own parent; `previous` becomes a copy of the new site;
 * - output is a mount point (it cannot be renamed): its contents are replaced in place.
 *
 * Files are copied, never hard-linked, between the sites, the caches and the output folder, so
 * nothing a build or a user writes in one reaches another.
 */
import { spawn } from 'node:child_process';
import {
  constants,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { acquireBuildLock, type BuildLock } from './build-lock.ts';

/** An output problem the build reports in one line and stops on, before the live site is touched. */
export class OutputError extends Error {
  override name = 'OutputError';
}

export interface OutputStore {
  /** The live site's folder (a symbolic link given as `--out` is followed to it). */
  readonly outputDir: string;
  /** Where this build writes its site. */
  readonly stagingDir: string;
  /** The site before the live one, recycled as the next staging folder. */
  readonly spareDir: string;
  /** The build report, beside the output folder. */
  readonly reportFile: string;
  /**
   * Replaces the live site by the staged one. Returns what the spare folder now holds: the
   * replaced site (`previous`), or a copy of the new one (`current`, when the output folder is on
   * another file system or is a mount point).
   */
  publish(): 'previous' | 'current';
  /** Releases the build lock. */
  release(): void;
}

const exists = (file: string) => {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

/** The output folder a `--out` path names: itself, or the folder a symbolic link points to. */
function resolveOutputDir(out: string, shown: string): string {
  let info;
  try {
    info = lstatSync(out);
  } catch {
    return out;
  }
  if (info.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(out);
    } catch {
      throw new OutputError(`${shown} is a symbolic link to a folder that does not exist: create the folder, or remove the link.`);
    }
    if (!statSync(target).isDirectory())
      throw new OutputError(`${shown} is a symbolic link to a file, not a folder: remove the link, or choose another --out.`);
    return target;
  }
  if (!info.isDirectory()) throw new OutputError(`${shown} is a file, not a folder: move it away, or choose another --out.`);
  return out;
}

/** Fails unless a file can be created in `dir` (permission bits alone do not tell: read-only mounts, root). */
function assertWritable(dir: string, what: string): void {
  const probe = path.join(dir, `.write-probe-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
    unlinkSync(probe);
  } catch (error) {
    throw new OutputError(
      `cannot write ${what} ${dir} (${(error as NodeJS.ErrnoException).code}): make it writable, or choose another --out.`,
    );
  }
}

/** True when `dir` is the root of a mounted file system (its device differs from its parent's). */
function isMountPoint(dir: string): boolean {
  try {
    return statSync(dir).dev !== statSync(path.dirname(dir)).dev;
  } catch {
    return false;
  }
}

/** Renames `dir` to a name of its own and deletes it in a detached process, so the build does not wait for it. */
export function discardInBackground(dir: string): void {
  if (!exists(dir)) return;
  const doomed = `${dir}-${randomUUID().slice(0, 8)}.deleting`;
  try {
    renameSync(dir, doomed);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  deleteDetached(doomed);
}

function deleteDetached(dir: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
}

/** Copies a site folder's contents into `to` (made if missing); a copy-on-write clone where the file system has them. */
function copySite(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from))
    cpSync(path.join(from, name), path.join(to, name), { recursive: true, mode: constants.COPYFILE_FICLONE, verbatimSymlinks: true });
}

/** The work folder of the builds into `out`: one per output folder, so builds into different outputs never share state. */
export function workDirOf(projectRoot: string, out: string): string {
  const outputDir = path.resolve(projectRoot, out);
  return path.join(projectRoot, '.cache', 'build', createHash('sha256').update(outputDir).digest('hex').slice(0, 12));
}

/** The spare site of the builds into `out` (see above). */
export const spareDirOf = (projectRoot: string, out: string) => path.join(workDirOf(projectRoot, out), 'previous');

export interface OutputStoreOptions {
  projectRoot: string;
  /** `--out`, absolute or relative to the project root. */
  out: string;
  /** The work folder of this output (`.cache/build/<hash>/`). */
  workDir: string;
  /** Where the report goes (beside the output folder). */
  reportFile: (outputDir: string) => string;
  /** Told once when the build waits for another one. */
  onWait?: (message: string) => void;
}

/** Takes the build lock, checks the output folder, its parent and the report path, and opens the store. */
export async function openOutputStore(options: OutputStoreOptions): Promise<OutputStore> {
  const { projectRoot, workDir } = options;
  const given = path.resolve(projectRoot, options.out);
  const shown = `${path.relative(projectRoot, given) || '.'}/`;
  const lock: BuildLock = await acquireBuildLock(path.join(projectRoot, '.cache', 'build.lock'), shown, options.onWait);
  try {
    const outputDir = resolveOutputDir(given, shown);
    const parent = path.dirname(outputDir);
    try {
      mkdirSync(parent, { recursive: true });
    } catch (error) {
      throw new OutputError(`cannot create ${parent} (${(error as NodeJS.ErrnoException).code}) for ${shown}: choose another --out.`);
    }
    const mounted = exists(outputDir) && isMountPoint(outputDir);
    // The new site and the report are written beside the output folder, or into it when it is a mount point.
    assertWritable(mounted ? outputDir : parent, mounted ? 'into the mount point' : 'beside the output folder, in');
    const reportFile = options.reportFile(given);
    try {
      const info = lstatSync(reportFile);
      if (!info.isFile())
        throw new OutputError(
          `the report path ${path.relative(projectRoot, reportFile)} is not a file: remove it, the build writes its report there.`,
        );
    } catch (error) {
      if (error instanceof OutputError) throw error;
    }
    mkdirSync(workDir, { recursive: true });
    const stagingDir = path.join(workDir, 'staging');
    const spareDir = path.join(workDir, 'previous');
    const swapMarker = path.join(workDir, 'swapping');
    // A build stopped between the two renames of a swap left the live site parked as the spare.
    if (exists(swapMarker)) {
      if (!exists(outputDir) && exists(spareDir)) renameSync(spareDir, outputDir);
      rmSync(swapMarker, { force: true });
    }
    // Old sites whose background deletion was interrupted are deleted again.
    for (const name of readdirSync(workDir)) if (name.endsWith('.deleting')) deleteDetached(path.join(workDir, name));
    for (const name of readdirSync(parent))
      if (name.startsWith(`.${path.basename(outputDir)}.`) && name.endsWith('.deleting')) deleteDetached(path.join(parent, name));

    return {
      outputDir,
      stagingDir,
      spareDir,
      reportFile,
      publish() {
        discardInBackground(spareDir); // only there when a build stopped before recycling it
        const sameDevice = statSync(parent).dev === statSync(workDir).dev;
        const mountPoint = exists(outputDir) && isMountPoint(outputDir);
        if (!mountPoint && sameDevice) {
          writeFileSync(swapMarker, '');
          if (exists(outputDir)) renameSync(outputDir, spareDir);
          try {
            renameSync(stagingDir, outputDir);
          } catch (error) {
            if (exists(spareDir)) renameSync(spareDir, outputDir);
            throw error;
          } finally {
            rmSync(swapMarker, { force: true });
          }
          return 'previous';
        }
        if (mountPoint) {
          // The folder itself cannot move: its contents are replaced, then the staged site is the spare.
          for (const name of readdirSync(outputDir)) rmSync(path.join(outputDir, name), { recursive: true, force: true });
          copySite(stagingDir, outputDir);
        } else {
          // Another file system: copy beside the output folder, then swap by rename within its parent.
          const incoming = path.join(parent, `.${path.basename(outputDir)}.${process.pid}.incoming`);
          rmSync(incoming, { recursive: true, force: true });
          copySite(stagingDir, incoming);
          const old = path.join(parent, `.${path.basename(outputDir)}.${randomUUID().slice(0, 8)}.deleting`);
          const hadSite = exists(outputDir);
          if (hadSite) renameSync(outputDir, old);
          try {
            renameSync(incoming, outputDir);
          } catch (error) {
            if (hadSite) renameSync(old, outputDir);
            throw error;
          }
          if (hadSite) deleteDetached(old);
        }
        renameSync(stagingDir, spareDir);
        return 'current';
      },
      release: () => lock.release(),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
