/** Modules that exist only inside Astro's Vite build, provided by pipeline/render/build-context.ts. */
declare module 'virtual:news-archive/context' {
  /** Absolute path of the build context file (src/lib/archive/build-context.ts) this build's pages read. */
  export const contextFile: string;
}
