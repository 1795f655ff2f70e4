/**
 * Markdown seed bodies to sanitised HTML and plain-text paragraphs.
 * remark → rehype (raw HTML dropped) → rehype-sanitize (GitHub's schema, no data-* attributes,
 * safe URL protocols only, prefixed ids) → HTML string.
 */
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface RenderedMarkdown {
  html: string;
  /** Plain text of each top-level block (paragraphs, headings, list items), for headline, summary and search. */
  paragraphs: string[];
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
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    } else if ('children' in node) {
      (node.children as RootContent[]).forEach(visit);
    }
  };
  root.children.forEach(visit);
  return blocks;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'md-' })
  .use(rehypeStringify);

/** Renders a Markdown body to sanitised HTML plus its plain-text blocks. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.parse(markdown) as MdastRoot;
  const paragraphs = collectBlocks(tree);
  const html = processor.stringify(processor.runSync(tree) as never) as string;
  return { html, paragraphs };
}
