/**
 * Content Security Policy for a page whose script and style are inlined (the single-file
 * build). Instead of `'unsafe-inline'`, the policy lists the SHA-256 hash of each inline
 * `<script>` and `<style>` element, so the browser runs exactly the code that was built and
 * nothing else, even if some other script found its way into the page.
 *
 * The hash is over the element's text as the browser sees it: the HTML parser turns CR LF and
 * lone CR into LF first, so the page is normalised the same way before hashing.
 */
import { createHash } from 'node:crypto';

/** Placeholder put into the policy before inlining; it is replaced by the real hashes. */
export const PENDING_HASH = "'sha256-pending'";

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  const bodies: string[] = [];
  for (const match of html.matchAll(pattern)) {
    const attributes = match[1] ?? '';
    if (tag === 'script' && /\ssrc\s*=/i.test(attributes)) {
      throw new Error(
        'The single-file page still loads a script from a file: every script must be inlined.',
      );
    }
    bodies.push(match[2] ?? '');
  }
  return bodies;
}

export type InlineHashes = { scripts: string[]; styles: string[] };

/** The CSP source expression for every inline script and style in `html` (after normalising). */
export function inlineHashes(html: string): InlineHashes {
  const text = normaliseNewlines(html);
  if (text.includes('\u0000'))
    throw new Error(
      'The single-file page contains a NUL character, which browsers would alter before hashing.',
    );
  return {
    scripts: [...new Set(inlineBodies(text, 'script').map(sha256))],
    styles: [...new Set(inlineBodies(text, 'style').map(sha256))],
  };
}

export function normaliseNewlines(html: string): string {
  return html.replace(/\r\n?/g, '\n');
}

/**
 * Replaces the CSP meta tag's content with `makePolicy(hashes)`. Throws when the page has no
 * CSP meta tag holding the pending placeholder, so a build can never ship an unfinished policy.
 */
export function applyInlineCsp(html: string, makePolicy: (hashes: InlineHashes) => string): string {
  const text = normaliseNewlines(html);
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i.exec(text);
  if (!meta || !meta[1]?.includes(PENDING_HASH)) {
    throw new Error(
      'The single-file page has no Content-Security-Policy meta tag waiting for hashes.',
    );
  }
  const hashes = inlineHashes(text);
  if (hashes.scripts.length === 0)
    throw new Error('The single-file page has no inline script to hash.');
  const policy = makePolicy(hashes);
  return text.replace(
    meta[0],
    () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}
