/** Shared by the export tests: the real bank, the golden fixtures and the PDF fonts. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { parseResponseFile } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { ROOT } from '../../bank/real-bank';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** A golden fixture read the way the app reads a response file. */
export function readFixture(bank: Bank, name: string): ResponseEnvelope {
  const parsed = parseResponseFile(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'), bank);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.response;
}

/** Noto Sans regular and bold, as the app's font loader would hand them over. */
export function readFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = path.join(ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans');
  return {
    regular: new Uint8Array(readFileSync(path.join(dir, '400Regular', 'NotoSans_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(path.join(dir, '700Bold', 'NotoSans_700Bold.ttf'))),
  };
}

/** Collapses runs of white space, so wrapped text can be compared with the source text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
