/**
 * Reads a bank directory from disk (Node only): `bank.json` plus every `sections/*.json`, in
 * file-name order, into the `RawBankFiles` shape that `parseBank` takes. File names are
 * relative to the bank directory (`bank.json`, `sections/02-shape.json`) so that problems read
 * the same wherever the directory lives. A missing file or a JSON syntax error is reported as
 * a problem naming the file; nothing is thrown.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBank } from '../../src/domain/bank/parse-bank';
import type { BankProblem, ParseBankResult, RawBankFiles } from '../../src/domain/bank/parse-bank';

export type ReadBankDirResult =
  | { ok: true; files: RawBankFiles }
  | {
      ok: false;
      problems: BankProblem[];
      /** The files that could be read, so that they can still be checked. */
      readable: RawBankFiles;
      /** The files that could not be read. */
      unreadable: string[];
    };

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function syntaxProblem(file: string, text: string, error: unknown): BankProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(detail);
  const at = position ? lineAndColumn(text, Number(position[1])) : undefined;
  return {
    file,
    path: at ? `line ${at.line} column ${at.column}` : '(top level)',
    where: at ? `line ${at.line}, column ${at.column}` : '',
    message:
      'the file is not valid JSON here: look for a missing comma, quotation mark or bracket just before this point',
  };
}

async function readJson(
  dir: string,
  file: string,
): Promise<{ ok: true; data: unknown } | { ok: false; problem: BankProblem }> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'the file is missing'
        : `the file could not be read (${code ?? String(error)})`;
    return { ok: false, problem: { file, path: '(top level)', where: '', message } };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: syntaxProblem(file, text, error) };
  }
}

export async function readBankDir(dir: string): Promise<ReadBankDirResult> {
  const problems: BankProblem[] = [];
  const bank = await readJson(dir, 'bank.json');
  if (!bank.ok) problems.push(bank.problem);

  let names: string[] = [];
  try {
    names = (await readdir(path.join(dir, 'sections'))).filter((n) => n.endsWith('.json')).sort();
  } catch {
    problems.push({
      file: 'sections/',
      path: '(top level)',
      where: '',
      message: 'the folder is missing',
    });
  }

  const sections: RawBankFiles['sections'] = [];
  for (const name of names) {
    const file = `sections/${name}`;
    const read = await readJson(dir, file);
    if (read.ok) sections.push({ file, data: read.data });
    else problems.push(read.problem);
  }

  const files = { bank: { file: 'bank.json', data: bank.ok ? bank.data : undefined }, sections };
  if (!bank.ok || problems.length > 0)
    return { ok: false, problems, readable: files, unreadable: problems.map((p) => p.file) };
  return { ok: true, files };
}

/**
 * Reads and checks a bank folder, listing every problem in one pass: the files that cannot be
 * read, and every problem in the ones that can (leaving out what is only missing because an
 * unreadable file could not be looked at).
 */
export async function loadBankDir(dir: string): Promise<ParseBankResult> {
  const read = await readBankDir(dir);
  if (read.ok) return parseBank(read.files);
  const rest = parseBank(read.readable);
  const bankUnreadable = read.unreadable.includes('bank.json');
  const more = rest.ok
    ? []
    : rest.problems.filter((p) => !read.unreadable.includes(p.file) && !bankUnreadable);
  return { ok: false, problems: [...read.problems, ...more] };
}
