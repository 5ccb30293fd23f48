// @vitest-environment node
/**
 * Proves that tsconfig.domain.json, which `npm run typecheck` builds, makes the compiler refuse
 * browser globals in src/domain, as lint does: a file is type-checked with that configuration's
 * own options, and must fail on `document` and `window` while platform-neutral code passes.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const configFile = path.join(root, 'tsconfig.domain.json');

function diagnosticsFor(code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.domain.json could not be read');
  const file = path.join(root, 'src/domain/example-under-test.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? code : readFile(name));
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const globals = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([file, ...globals], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tsconfig.domain.json', () => {
  it('is one of the projects npm run typecheck builds', async () => {
    const { default: config } = await import('../../tsconfig.json');
    expect(config.references).toContainEqual({ path: './tsconfig.domain.json' });
  });

  it('has no DOM library', () => {
    const found = diagnosticsFor(
      'export const title = () => document.title + window.innerWidth + localStorage.length;\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/Cannot find name 'document'/),
      expect.stringMatching(/Cannot find name 'window'/),
      expect.stringMatching(/Cannot find name 'localStorage'/),
    ]);
  });

  it('accepts the platform-neutral globals the domain uses', () => {
    expect(
      diagnosticsFor(
        "export const bytes = (s: string) => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(s)) + new URLSearchParams('a=1').get('a');\n",
      ),
    ).toEqual([]);
  });
});
