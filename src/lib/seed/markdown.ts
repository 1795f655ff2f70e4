/**
 * Markdown seed bodies to sanitised HTML, plain-text blocks, and a warning for every removal.
 * One remark processor: remark (CommonMark) → rehype with raw HTML dropped → headings demoted under
 * the page's <h1> → rehype-sanitize (GitHub's schema minus every data-* attribute, safe URL protocols
 * only, ids prefixed) → HTML string; two inspecting plugins record what is removed on the file's data.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import type { VFile } from 'vfile';
import { quoteForMessage } from '../report/problems.ts';

/** Something the sanitiser removed, positioned in the Markdown source (1-based line and column). */
export interface MarkdownWarning {
  line: number;
  col: number;
  code: 'MARKDOWN_HTML' | 'MARKDOWN_URL';
  message: string;
}

export interface RenderedMarkdown {
  html: string;
  /** Plain text of each top-level block (paragraphs, headings), for headline, summary and search. */
  paragraphs: string[];
  /** One warning per raw HTML fragment dropped and per unsafe URL removed. */
  warnings: MarkdownWarning[];
}

/** Plain text of an mdast node. */
function textOf(node: RootContent | MdastRoot): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/** Collects plain-text blocks in document order. */
function collectBlocks(root: MdastRoot): string[] {
  const blocks: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') {
      const text = textOf(node).split(/\s/u).filter(Boolean).join(' ');
      if (text) blocks.push(text);
    } else if ('children' in node) {
      (node.children as RootContent[]).forEach(visit);
    }
  };
  root.children.forEach(visit);
  return blocks;
}

/** GitHub's schema without data-* attributes: nothing in an article may steer Pagefind or page scripts. */
function withoutDataAttributes(schema: SanitizeSchema): SanitizeSchema {
  const isData = (entry: string | unknown[]) => /^data[A-Z]/.test(typeof entry === 'string' ? entry : String(entry[0]));
  const attributes = Object.fromEntries(
    Object.entries(schema.attributes ?? {}).map(([tag, list]) => [tag, (list ?? []).filter((entry) => !isData(entry as never))]),
  );
  return { ...schema, attributes, clobberPrefix: 'md-' };
}

const SCHEMA = withoutDataAttributes(defaultSchema);

/** Properties whose URL the schema restricts to known protocols (href, src, cite…). */
const URL_PROPERTIES = Object.keys(SCHEMA.protocols ?? {});

/**
 * hast-util-sanitize's protocol rule, so a warning is given exactly when the sanitiser drops a URL:
 * relative URLs pass; otherwise the scheme before the first ":" must be listed.
 */
function isSafeUrl(property: string, url: string): boolean {
  const protocols = SCHEMA.protocols?.[property];
  if (!protocols || protocols.length === 0) return true;
  const colon = url.indexOf(':');
  const firstOf = (ch: string) => url.indexOf(ch);
  const [slash, question, hash] = [firstOf('/'), firstOf('?'), firstOf('#')];
  if (colon < 0 || (slash > -1 && colon > slash) || (question > -1 && colon > question) || (hash > -1 && colon > hash)) return true;
  return protocols.some((protocol) => colon === protocol.length && url.slice(0, protocol.length) === protocol);
}

/** Shows a URL or HTML fragment in a message: quoted, one line, at most 60 characters. */
function excerpt(text: string): string {
  return quoteForMessage(text.slice(0, 4096).split(/\s/u).filter(Boolean).join(' '), 60);
}

/** Demotes headings one level (h1 → h2 … h5 → h6) so the page keeps one <h1>, the headline. */
function demoteHeading(node: Element): void {
  const level = /^h([1-6])$/.exec(node.tagName);
  if (level) node.tagName = `h${Math.min(6, Number(level[1]) + 1)}`;
}

/** Walks the hast tree before sanitising: demotes headings and records every URL the sanitiser will remove. */
function inspectHast(tree: HastRoot, warnings: MarkdownWarning[]): void {
  const visit = (node: HastContent | HastRoot) => {
    if (node.type === 'element') {
      demoteHeading(node);
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === 'string' && !isSafeUrl(property, value)) {
          warnings.push({
            line: node.position?.start.line ?? 1,
            col: node.position?.start.column ?? 1,
            code: 'MARKDOWN_URL',
            message: `unsafe ${node.tagName === 'img' ? 'image source' : 'link target'} ${excerpt(value)} removed; only ${(SCHEMA.protocols?.[property] ?? []).join(', ')} and relative URLs are kept`,
          });
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}

/** Records every raw HTML fragment in the Markdown, which remark-rehype drops. */
function inspectMdast(tree: MdastRoot, warnings: MarkdownWarning[]): void {
  const visit = (node: RootContent | MdastRoot) => {
    if (node.type === 'html') {
      warnings.push({
        line: node.position?.start.line ?? 1,
        col: node.position?.start.column ?? 1,
        code: 'MARKDOWN_HTML',
        message: `raw HTML ${excerpt(node.value)} removed; Markdown seeds are rendered without HTML`,
      });
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
}

declare module 'vfile' {
  interface DataMap {
    markdownWarnings: MarkdownWarning[];
    markdownParagraphs: string[];
  }
}

/** remark plugin: records the raw HTML remark-rehype will drop and the plain-text blocks. */
function remarkInspect() {
  return (tree: MdastRoot, file: VFile) => {
    inspectMdast(tree, (file.data.markdownWarnings ??= []));
    file.data.markdownParagraphs = collectBlocks(tree);
  };
}

/** rehype plugin: demotes headings and records the URLs rehype-sanitize will remove. */
function rehypeInspect() {
  return (tree: HastRoot, file: VFile) => inspectHast(tree, (file.data.markdownWarnings ??= []));
}

const processor = remark()
  .use(remarkInspect)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeInspect)
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeStringify)
  .freeze();

/** Renders a Markdown body to sanitised HTML, its plain-text blocks and the removal warnings. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = processor.processSync(markdown);
  const warnings = [...(file.data.markdownWarnings ?? [])].sort((a, b) => a.line - b.line || a.col - b.col);
  return { html: String(file), paragraphs: file.data.markdownParagraphs ?? [], warnings };
}
