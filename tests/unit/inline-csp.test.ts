// @vitest-environment node
/** The single-file build's policy: the hash of each inline script and style, computed after inlining. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PENDING_HASH, applyInlineCsp, inlineHashes } from '../../scripts/lib/inline-csp';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (script: string, style = 'body{color:red}') =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src ${PENDING_HASH}; style-src ${PENDING_HASH}" />` +
  `<script type="module" crossorigin>${script}</script><style rel="stylesheet">${style}</style></head><body></body></html>`;

describe('inline-csp', () => {
  it('puts the SHA-256 of each inline script and style into the policy', () => {
    const html = applyInlineCsp(
      page('console.log("é")'),
      (h) => `script-src ${h.scripts.join(' ')}; style-src ${h.styles.join(' ')}`,
    );
    expect(html).toContain(
      `content="script-src ${hash('console.log("é")')}; style-src ${hash('body{color:red}')}"`,
    );
    expect(html).not.toContain(PENDING_HASH);
  });

  it('hashes the text the browser sees: CR LF and lone CR become LF', () => {
    expect(inlineHashes(page('a();\r\nb();\rc();')).scripts).toEqual([hash('a();\nb();\nc();')]);
  });

  it('refuses a page that still loads a script file, has no pending policy, or no inline script', () => {
    const make = (h: { scripts: string[] }) => h.scripts.join(' ');
    expect(() =>
      applyInlineCsp(
        page('x()').replace('<script type="module" crossorigin>', '<script src="./a.js">'),
        make,
      ),
    ).toThrow(/must be inlined/);
    expect(() =>
      applyInlineCsp(
        page('x()').replace(PENDING_HASH, "'self'").replace(PENDING_HASH, "'self'"),
        make,
      ),
    ).toThrow(/waiting for hashes/);
    expect(() => applyInlineCsp(page('x()').replace(/<script[\s\S]*<\/script>/, ''), make)).toThrow(
      /no inline script/,
    );
  });
});
