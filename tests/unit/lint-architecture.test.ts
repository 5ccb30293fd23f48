// @vitest-environment node
/**
 * Proves that the architecture rules in eslint.config.js bite: each snippet is linted as if it
 * lived at the given path, and must produce (or not produce) the named rule's error.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });

async function errors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages
    .filter((message) => message.severity === 2)
    .map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

const ruleIds = (found: string[]) => found.map((line) => line.split(':')[0]);

describe('domain/ stays pure TypeScript', () => {
  it('rejects React', async () => {
    const found = await errors(
      "import { useState } from 'react';\nexport const f = () => useState;\n",
      'src/domain/scoring/example.ts',
    );
    expect(ruleIds(found)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects window and localStorage', async () => {
    const found = await errors(
      'export const w = () => window.innerWidth + localStorage.length;\n',
      'src/domain/scoring/example.ts',
    );
    expect(found.filter((line) => line.startsWith('no-restricted-globals:'))).toHaveLength(2);
  });

  it('rejects import.meta', async () => {
    const found = await errors(
      'export const mode = import.meta.url;\n',
      'src/domain/bank/example.ts',
    );
    expect(found.join('\n')).toMatch(/no-restricted-syntax: .*import\.meta/);
  });

  it('rejects even a type-only import of chart.js', async () => {
    const found = await errors(
      "import type { ChartConfiguration } from 'chart.js';\nexport type C = ChartConfiguration;\n",
      'src/domain/report/example.ts',
    );
    expect(ruleIds(found)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it.each([
    ['lib/', "import { navigate } from '../../lib/hash-router';\nexport const go = navigate;\n"],
    ['config/', "import { paths } from '../../config/paths';\nexport const p = paths;\n"],
    [
      'state/',
      "import { useAssessmentStore } from '../../state/assessment-store';\nexport const s = useAssessmentStore;\n",
    ],
  ])('rejects an import from %s, as docs/architecture.md says', async (_folder, code) => {
    const found = await errors(code, 'src/domain/scoring/example.ts');
    expect(found.join('\n')).toMatch(
      /import-x\/no-restricted-paths: .*domain\/ is pure: it may import only zod and other domain\/ files/,
    );
  });

  it('accepts plain code using zod through src/domain/zod.ts', async () => {
    const found = await errors(
      "import { z } from '../zod';\nexport const IdSchema = z.string().check(z.minLength(1));\n",
      'src/domain/bank/example.ts',
    );
    expect(found).toEqual([]);
  });

  it('rejects zod imported directly, which would skip its configuration', async () => {
    const found = await errors(
      "import { z } from 'zod';\nexport const A = z.string();\n",
      'src/state/example.ts',
    );
    expect(found.join('\n')).toMatch(/zod may be imported only in src\/domain\/zod\.ts/);
  });

  it('lets src/domain/zod.ts import zod/mini, and not classic zod (decision 024)', async () => {
    const mini = await errors(
      "import * as z from 'zod/mini';\nexport { z };\n",
      'src/domain/zod.ts',
    );
    expect(mini).toEqual([]);
    for (const classic of ['zod', 'zod/v4', 'zod/v4/classic']) {
      const found = await errors(
        `import * as z from '${classic}';\nexport { z };\n`,
        'src/domain/zod.ts',
      );
      expect(found.join('\n')).toMatch(/src\/domain\/zod\.ts imports zod\/mini only/);
    }
  });
});

describe('third-party libraries stay in their folder', () => {
  const chartCode =
    "import { Chart } from 'chart.js';\nexport const draw = (canvas: HTMLCanvasElement) => new Chart(canvas, { type: 'radar', data: { datasets: [] } });\n";

  it('rejects chart.js in a feature', async () => {
    const found = await errors(chartCode, 'src/features/results/example.tsx');
    expect(found.join('\n')).toMatch(
      /@typescript-eslint\/no-restricted-imports: .*chart\.js may be imported only in src\/charts\//,
    );
  });

  it('accepts chart.js in charts/', async () => {
    expect(await errors(chartCode, 'src/charts/radar/example.ts')).toEqual([]);
  });

  it('accepts a type-only import of chart.js outside charts/', async () => {
    const found = await errors(
      "import type { ChartConfiguration } from 'chart.js';\nexport type C = ChartConfiguration;\n",
      'src/features/results/example.ts',
    );
    expect(found).toEqual([]);
  });

  it('keeps zustand in state/ and jspdf in export/pdf/', async () => {
    const zustand = "import { create } from 'zustand';\nexport const useX = create(() => ({}));\n";
    expect(ruleIds(await errors(zustand, 'src/features/start/example.ts'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await errors(zustand, 'src/state/example.ts')).toEqual([]);

    const jspdf = "import { jsPDF } from 'jspdf';\nexport const make = () => new jsPDF();\n";
    expect(ruleIds(await errors(jspdf, 'src/export/json/example.ts'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await errors(jspdf, 'src/export/pdf/example.ts')).toEqual([]);
  });

  it('keeps ical-generator in export/calendar/', async () => {
    const ical =
      "import ical from 'ical-generator';\nexport const make = () => ical().toString();\n";
    for (const where of ['src/export/csv/example.ts', 'src/features/group/example.ts'])
      expect(ruleIds(await errors(ical, where))).toContain(
        '@typescript-eslint/no-restricted-imports',
      );
    expect(await errors(ical, 'src/export/calendar/example.ts')).toEqual([]);
  });

  it('keeps fflate in src/domain/deflate.ts (the QR codec reaches it through there)', async () => {
    const flate = "import { deflateSync } from 'fflate';\nexport const f = deflateSync;\n";
    for (const where of ['src/domain/response/example.ts', 'src/features/group/example.ts'])
      expect(ruleIds(await errors(flate, where))).toContain(
        '@typescript-eslint/no-restricted-imports',
      );
    expect(await errors(flate, 'src/domain/deflate.ts')).toEqual([]);
  });

  it('keeps react-hook-form out of state/', async () => {
    const rhf = "import { useForm } from 'react-hook-form';\nexport const f = useForm;\n";
    expect(ruleIds(await errors(rhf, 'src/state/example.ts'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await errors(rhf, 'src/features/questionnaire/example.ts')).toEqual([]);
  });
});

describe('folder boundaries', () => {
  it('rejects ui/ importing domain/', async () => {
    const found = await errors(
      "import { BankSchema } from '../domain/bank/bank-schema';\nexport const s = BankSchema;\n",
      'src/ui/example.ts',
    );
    expect(ruleIds(found)).toContain('import-x/no-restricted-paths');
  });

  // Needs two real feature folders, because the rule resolves imports to files on disk.
  const featuresDir = path.join(root, 'src/features');
  const features = (() => {
    try {
      return readdirSync(featuresDir)
        .filter((name) => statSync(path.join(featuresDir, name)).isDirectory())
        .map((name) => ({
          name,
          file: readdirSync(path.join(featuresDir, name)).find((f) => /\.tsx?$/.test(f)),
        }))
        .filter((feature): feature is { name: string; file: string } => Boolean(feature.file));
    } catch {
      return [];
    }
  })();

  it.skipIf(features.length < 2)('rejects one feature importing another', async () => {
    const [a, b] = features as [{ name: string; file: string }, { name: string; file: string }];
    const target = `../${b.name}/${b.file.replace(/\.tsx?$/, '')}`;
    const found = await errors(
      `import * as other from '${target}';\nexport const o = other;\n`,
      `src/features/${a.name}/example.ts`,
    );
    expect(ruleIds(found)).toContain('import-x/no-restricted-paths');
  });
});

describe('user text is never rendered as HTML', () => {
  it('rejects dangerouslySetInnerHTML', async () => {
    const found = await errors(
      'export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n',
      'src/features/results/example.tsx',
    );
    expect(found.join('\n')).toMatch(/no-restricted-syntax: User text is never rendered as HTML/);
  });

  it('rejects assigning innerHTML', async () => {
    const found = await errors(
      'export const put = (el: HTMLElement, text: string) => {\n  el.innerHTML = text;\n};\n',
      'src/export/download.ts',
    );
    expect(ruleIds(found)).toContain('no-restricted-syntax');
  });
});

describe('the shared plan parts', () => {
  it('may be imported by any feature', async () => {
    const found = await errors(
      "import { TargetControl } from '../plan/target-control';\nexport const t = TargetControl;\n",
      'src/features/results/example.tsx',
    );
    expect(ruleIds(found)).not.toContain('import-x/no-restricted-paths');
  });

  it('import no other feature', async () => {
    const found = await errors(
      "import { ResultsPage } from '../results/results-page';\nexport const r = ResultsPage;\n",
      'src/features/plan/example.tsx',
    );
    expect(ruleIds(found)).toContain('import-x/no-restricted-paths');
  });
});
