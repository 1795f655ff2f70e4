/**
 * The render stage: prepares the staging folder (the recycled spare site or a new folder,
 * pipeline/render/page-reuse.ts), renders with Astro the pages whose data changed, audits each
 * page for static hosts as it is written (pipeline/render/render-audit.ts), and carries the
 * unchanged pages of the live site over.
 */
import type { ArchiveConfig } from '../../src/lib/config.ts';
import type { AuditFinding } from '../../src/lib/deploy/html-audit.ts';
import { groupThousands } from '../../src/lib/report/progress-line.ts';
import { discardInBackground } from '../publish/output-store.ts';
import { buildContextIntegration } from './build-context.ts';
import { openPageReuse, type PageReuse, type SiteFolders } from './page-reuse.ts';
import { prerenderHooks } from './prerender-hooks.ts';
import { startPageAuditor } from './render-audit.ts';

export interface RenderSiteInput {
  projectRoot: string;
  config: ArchiveConfig;
  folders: SiteFolders;
  /** The live site's page record (pipeline/render/page-reuse.ts). */
  pageRecordFile: string;
  /** renderFingerprint of this build. */
  fingerprint: string;
  /** The build context file Astro's pages read (pipeline/render/build-context.ts). */
  dataFile: string;
  /** Settles once `dataFile` is written; Astro lists the pages only then. */
  dataReady: Promise<void>;
  /** Renders only the pages it accepts (a partition); default every page. */
  keepPage?: (pathname: string) => boolean;
  /** The spare site's files, listed earlier (`walkFiles`). */
  spareListing?: Promise<string[]>;
  /** Called once the staging folder is ready and before Astro writes into it. */
  onStaging?: (reuse: PageReuse) => void;
}

export interface RenderedSite {
  reuse: PageReuse;
  /** Findings of the deploy audit for every page audited as it was rendered, by site file. */
  prechecked: Map<string, AuditFinding[]>;
}

export async function renderSite(astro: typeof import('astro'), input: RenderSiteInput): Promise<RenderedSite> {
  const { folders, config } = input;
  const reuse = await openPageReuse(folders, input.pageRecordFile, input.fingerprint, process.env, input.spareListing);
  if (reuse.discard) discardInBackground(reuse.discard);
  input.onStaging?.(reuse);
  const auditor = startPageAuditor(folders.stagingDir, new URL(config.siteUrl).origin, config.basePath);
  try {
    await astro.build({
      root: input.projectRoot,
      outDir: folders.stagingDir,
      logLevel: 'warn',
      // A recycled staging folder keeps its unchanged pages (Astro would empty it); a new one is empty.
      vite: { build: { emptyOutDir: false } },
      integrations: [
        buildContextIntegration(input.dataFile),
        prerenderHooks({
          ...(input.keepPage ? { keepPage: input.keepPage } : {}),
          reusePage: reuse.canReuse,
          onPage: auditor.audit,
          dataReady: input.dataReady,
        }),
      ],
    });
    await input.dataReady; // written even when Astro listed no pages: the partition manifest and report use it
  } catch (error) {
    // A running worker would keep the failed build from exiting.
    await auditor.stop();
    throw error;
  }
  const prechecked = await auditor.finish();
  await reuse.copyInto();
  const { pages, reused, kept } = reuse.counts();
  console.log(
    reuse.reason && reused === 0
      ? `Render: every page rendered (${reuse.reason}).`
      : `Render: ${groupThousands(pages - reused)} page(s) rendered, ${groupThousands(reused)} unchanged page(s) reused from the previous build` +
          (reuse.recycledBundles ? ` (${groupThousands(kept)} kept in place in the recycled site before it).` : '.'),
  );
  return { reuse, prechecked };
}
