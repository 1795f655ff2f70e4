/**
 * Checks built pages for what breaks a static deployment: inline code that the site's
 * Content-Security-Policy blocks (csp.ts has no 'unsafe-inline'), and URLs that escape the base
 * path the site is served under. Streams the HTML through htmlparser2; keeps no DOM.
 */
import { Parser } from 'htmlparser2';

/** One problem found in a built file. Errors break the deployed site; warnings may send readers astray. */
export interface AuditFinding {
  severity: 'error' | 'warning';
  /** Short, stable description, the same on every page with the same problem. */
  message: string;
}

/** Attributes whose value is a URL the browser loads without a click. */
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  link: ['href'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  track: ['src'],
};
/** Attributes whose value is a URL the reader navigates to. */
const NAVIGATION_ATTRIBUTES: Record<string, string[]> = { a: ['href'], area: ['href'], form: ['action'], button: ['formaction'] };

/** Whether a `<script type>` makes the browser run the element's text (data blocks such as JSON-LD do not). */
function isExecutableScriptType(type: string | undefined): boolean {
  const essence = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === '' || essence === 'module' || essence === 'importmap' || /(?:java|ecma)script/.test(essence);
}

/** The site path a URL points to when it is on this site (root-relative or same origin), else undefined. */
function sitePathOf(url: string, origin: string): string | undefined {
  const value = url.trim();
  if (value.startsWith(`${origin}/`)) return value.slice(origin.length);
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  return undefined;
}

/** Candidate URLs in an attribute value (`srcset` lists several, each followed by a descriptor). */
function urlsIn(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Audits one HTML page. `origin` is SITE_URL's origin, `basePath` the path the site lives under.
 * @example auditPage('<div style="color:red">', 'https://example.org', '/') // [{ severity: 'error', message: 'style="…" attribute …' }]
 */
export function auditPage(html: string, origin: string, basePath: string): AuditFinding[] {
  const findings: AuditFinding[] = [];
  let script: { executable: boolean; text: string } | undefined;
  let inStyle = false;
  const checkUrl = (tag: string, attribute: string, value: string, severity: AuditFinding['severity']) => {
    if (/^\s*javascript:/i.test(value)) {
      findings.push({ severity: 'error', message: `<${tag} ${attribute}="javascript:…">: blocked by the Content-Security-Policy` });
      return;
    }
    if (basePath === '/') return;
    for (const url of urlsIn(attribute, value)) {
      const sitePath = sitePathOf(url, origin);
      if (sitePath !== undefined && !sitePath.startsWith(basePath))
        findings.push({ severity, message: `<${tag} ${attribute}="${url}"> points outside the base path ${basePath}` });
    }
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        for (const name of Object.keys(attributes)) {
          if (name === 'style')
            findings.push({
              severity: 'error',
              message: `<${tag} style="…">: inline styles are blocked by the Content-Security-Policy; use a class`,
            });
          else if (name.startsWith('on'))
            findings.push({
              severity: 'error',
              message: `<${tag} ${name}="…">: inline event handlers are blocked by the Content-Security-Policy; use a script file`,
            });
        }
        for (const attribute of RESOURCE_ATTRIBUTES[tag] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) checkUrl(tag, attribute, value, 'error');
        }
        for (const attribute of NAVIGATION_ATTRIBUTES[tag] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) checkUrl(tag, attribute, value, 'warning');
        }
        if (tag === 'script') script = { executable: attributes.src === undefined && isExecutableScriptType(attributes.type), text: '' };
        if (tag === 'style') inStyle = true;
      },
      ontext(text) {
        if (script) script.text += text;
        if (inStyle && text.trim() !== '') {
          findings.push({
            severity: 'error',
            message: '<style> element: inline styles are blocked by the Content-Security-Policy; use a stylesheet file',
          });
          inStyle = false;
        }
      },
      onclosetag(tag) {
        if (tag === 'script' && script) {
          if (script.executable && script.text.trim() !== '')
            findings.push({
              severity: 'error',
              message: 'inline <script>: blocked by the Content-Security-Policy; move it into a script file',
            });
          script = undefined;
        }
        if (tag === 'style') inStyle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return findings;
}

/**
 * Audits a non-HTML text file (feed, sitemap, robots.txt, JSON): absolute URLs on the site's own
 * origin must stay under the base path.
 * @example auditText('<loc>https://example.org/2024/</loc>', 'https://example.org', '/archive/') // one warning
 */
export function auditText(text: string, origin: string, basePath: string): AuditFinding[] {
  if (basePath === '/') return [];
  const findings: AuditFinding[] = [];
  const prefix = `${origin}/`;
  for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + prefix.length)) {
    const rest = text.slice(at + origin.length, at + origin.length + basePath.length);
    if (rest !== basePath) {
      const url = text.slice(at).match(/^[^\s"'<>]*/)![0];
      findings.push({ severity: 'warning', message: `${url} points outside the base path ${basePath}` });
    }
  }
  return findings;
}
