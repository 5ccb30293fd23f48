// @vitest-environment node
/**
 * A short run of the fuzz harness behind `npm run fuzz` (500 inputs instead of 10,000), plus
 * checks that the generated inputs really hold the hostile cases they claim to, and that the
 * harness counts a crash or a state change when a reader misbehaves.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResponseFile } from '../../src/domain/response/response-file';
import { parseSessionLink } from '../../src/domain/group/session-link';
import {
  DEEP_LEVELS,
  FUZZ_TARGETS,
  HUGE_CHARS,
  materialise,
  sampleRecipes,
} from '../helpers/fuzz-inputs';
import type { FuzzCase } from '../helpers/fuzz-inputs';
import { loadFuzzWorld, runFuzz, summaryLine } from '../helpers/fuzz-harness';

const root = path.resolve(__dirname, '../..');

describe('fuzzing the import paths', () => {
  it('500 generated inputs give 0 crashes and 0 state changes', async () => {
    const summary = await runFuzz({ runs: 500, seed: 7, root });
    expect(summary.problems).toEqual([]);
    expect(summaryLine(summary)).toBe('500 inputs, 0 crashes, 0 state changes');
    for (const target of FUZZ_TARGETS)
      expect(summary.byTarget[target].inputs, target).toBeGreaterThan(30);
  }, 60_000);

  it('the inputs hold every kind of hostile case', async () => {
    const { fixtures } = await loadFuzzWorld(root);
    const text = (c: FuzzCase) => {
      if (c.target !== 'bank') return c.input;
      try {
        return JSON.stringify(c.input);
      } catch {
        return '['.repeat(DEEP_LEVELS); // parsed bank data nested too deeply to write out again
      }
    };
    const seen = {
      huge: 0,
      deep: 0,
      proto: 0,
      constructor: 0,
      truncatedJson: 0,
      binary: 0,
      nonFinite: 0,
      futureVersion: 0,
      otherBank: 0,
      numbersAsStrings: 0,
      duplicateKey: 0,
      valid: 0,
    };
    for (const recipe of sampleRecipes(3000, 11)) {
      const c = materialise(recipe, fixtures);
      const t = text(c);
      if (t.length > HUGE_CHARS) seen.huge += 1;
      if (t.includes('['.repeat(DEEP_LEVELS)) || t.includes('{"a":'.repeat(DEEP_LEVELS)))
        seen.deep += 1;
      if (t.includes('"__proto__"')) seen.proto += 1;
      if (t.includes('"constructor"') || t.includes('"prototype"')) seen.constructor += 1;
      if (recipe.textOps.some((o) => o.op === 'truncate') && recipe.source.kind === 'fixture')
        seen.truncatedJson += 1;
      if (
        [...t.slice(0, 2000)].some(
          (ch) => ch.charCodeAt(0) < 9 || (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0xff),
        )
      )
        seen.binary += 1;
      if (/(?<![\w"])(NaN|-?Infinity|1e999)(?![\w"])/.test(t)) seen.nonFinite += 1;
      if (
        recipe.source.kind === 'fixture' &&
        recipe.source.mutations.some((m) => m.op === 'future-version')
      )
        seen.futureVersion += 1;
      if (
        recipe.source.kind === 'fixture' &&
        (recipe.source.other || recipe.source.mutations.some((m) => m.op === 'other-bank'))
      )
        seen.otherBank += 1;
      if (
        recipe.source.kind === 'fixture' &&
        recipe.source.mutations.some((m) => m.op === 'numbers-as-strings')
      )
        seen.numbersAsStrings += 1;
      if (recipe.textOps.some((o) => o.op === 'duplicate-key')) seen.duplicateKey += 1;
      if (
        recipe.source.kind === 'fixture' &&
        recipe.source.mutations.length === 0 &&
        recipe.textOps.length === 0
      )
        seen.valid += 1;
    }
    for (const [kind, count] of Object.entries(seen)) expect(count, kind).toBeGreaterThan(5);
  });

  it('counts a reader that throws as a crash', async () => {
    const summary = await runFuzz({
      runs: 300,
      seed: 3,
      root,
      readers: {
        parseResponseFile: (text, bank) => {
          if (text.length < 100) throw new Error('too short');
          return parseResponseFile(text, bank);
        },
      },
    });
    expect(summary.crashes).toBeGreaterThan(0);
    expect(summary.byTarget.response.crashes).toBe(summary.crashes);
    expect(summary.problems.join('\n')).toContain('parseResponseFile threw Error: too short');
  }, 60_000);

  it('counts a refused input that changed saved state, and prototype pollution, as state changes', async () => {
    let polluted = false;
    try {
      const summary = await runFuzz({
        runs: 300,
        seed: 3,
        root,
        readers: {
          parseResponseFile: (text, bank) => {
            const result = parseResponseFile(text, bank);
            if (!result.ok) window.localStorage.setItem('rally:assessment', 'half-written');
            return result;
          },
          parseSessionLink: (fragment) => {
            if (!polluted) {
              polluted = true;
              Object.defineProperty(Object.prototype, 'fuzzPolluted', {
                value: true,
                configurable: true,
              });
            }
            return parseSessionLink(fragment);
          },
        },
      });
      expect(summary.byTarget.response.stateChanges).toBeGreaterThan(0);
      expect(summary.problems.join('\n')).toContain('refused, yet saved state changed');
      expect(summary.problems.join('\n')).toContain('prototype pollution');
    } finally {
      delete (Object.prototype as Record<string, unknown>).fuzzPolluted;
    }
  }, 60_000);
});
