/** Shared by the bank tests: where the real bank lives, and loading it the way the CLI does. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBank } from '../../src/domain/bank/parse-bank';
import type { RawBankFiles } from '../../src/domain/bank/parse-bank';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { readBankDir } from '../../scripts/lib/read-bank-dir';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const QUESTIONS_DIR = path.join(ROOT, 'questions');

export async function readRealFiles(): Promise<RawBankFiles> {
  const read = await readBankDir(QUESTIONS_DIR);
  if (!read.ok)
    throw new Error(`questions/ could not be read:\n${JSON.stringify(read.problems, null, 2)}`);
  return read.files;
}

export async function loadRealBank(): Promise<Bank> {
  const parsed = parseBank(await readRealFiles());
  if (!parsed.ok)
    throw new Error(`questions/ does not parse:\n${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.bank;
}

/** A deep copy, so a test can break raw data without touching other tests' copies. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A throwaway copy of questions/ in the system temp folder, for tests that break files. */
export async function copyBankToTemp(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-bank-'));
  await cp(QUESTIONS_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Rewrites a JSON file after `edit` has changed its parsed content (typed by the caller). */
export async function editJsonFile<T>(file: string, edit: (data: T) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as T;
  edit(data);
  await writeFile(file, JSON.stringify(data, null, 2), 'utf8');
}
