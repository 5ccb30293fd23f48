// @vitest-environment node
/**
 * A translator's round trip: `npm run i18n:export` writes every string with its English,
 * where it appears and its Welsh; `npm run i18n:import` checks a file before writing anything
 * and puts the Welsh back into the catalogues and the bank. Run as a translator runs them, on
 * a copy of the catalogues and the bank.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rally-i18n-'));
  await cp(path.join(ROOT, 'src/locales'), path.join(dir, 'src/locales'), { recursive: true });
  await cp(path.join(ROOT, 'questions'), path.join(dir, 'questions'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function run(script: 'export' | 'import', ...args: string[]) {
  const result = spawnSync(
    'npx',
    [
      'tsx',
      '--import',
      './scripts/lib/lingui-node.mjs',
      `scripts/i18n/${script}.ts`,
      ...args,
      '--root',
      dir,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const po = () => path.join(dir, 'rally-cy.po');
const exportPo = () => run('export', '--out', po(), '--csv', path.join(dir, 'rally-cy.csv'));

/** Replaces the msgstr of the entry whose msgid (and msgctxt) match. */
async function editEntry(file: string, msgid: string, msgstr: string, msgctxt?: string) {
  const text = await readFile(file, 'utf8');
  const head = `${msgctxt ? `msgctxt "${msgctxt}"\n` : ''}msgid "${msgid}"\nmsgstr "`;
  const at = text.indexOf(head);
  expect(at, `entry ${msgid}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('"\n', at + head.length);
  await writeFile(file, `${text.slice(0, at + head.length)}${msgstr}${text.slice(end)}`);
}

describe('npm run i18n:export', () => {
  it('writes every interface and bank string with its English, where it appears and its Welsh', async () => {
    const result = exportPo();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote \d+ strings \(\d+ interface, 510 question bank\)/);
    expect(result.stdout).toContain('Without Welsh: 0');
    const text = await readFile(po(), 'utf8');
    expect(text).toContain(
      '#. area: shell\n#: src/app/layout.tsx\nmsgid "Skip to main content"\nmsgstr "Neidio i’r prif gynnwys"',
    );
    expect(text).toMatch(
      /#\. page “culture-purpose”, question “culture-reason-early”\n#: questions\/sections\/04-culture.json\nmsgctxt "bank:item\.culture-reason-early\.text"\nmsgid "Early on, partners agreed/,
    );
    const csv = await readFile(path.join(dir, 'rally-cy.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('id,context,where,english,welsh');
    expect(csv).toContain('Skip to main content,Neidio i’r prif gynnwys');
  }, 60_000);
});

describe('npm run i18n:import', () => {
  it('writes changed Welsh into the catalogue and the bank file, and lists what is still untranslated', async () => {
    exportPo();
    await editEntry(po(), 'Skip to main content', 'Neidio at y prif gynnwys');
    await editEntry(po(), 'Culture', 'Diwylliant (newydd)', 'bank:section.culture.title');
    // A string with no Welsh in Rally nor in the file, to be listed.
    await editEntry(path.join(dir, 'src/locales/shell/cy.po'), 'Back', '');
    await editEntry(po(), 'Back', '');
    const result = run('import', po());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported 2 Welsh strings.');
    expect(result.stdout).toMatch(/Still without Welsh: 1\n {2}Back {2}\[area: shell\]/);
    expect(await readFile(path.join(dir, 'src/locales/shell/cy.po'), 'utf8')).toContain(
      'msgid "Skip to main content"\nmsgstr "Neidio at y prif gynnwys"',
    );
    const culture = JSON.parse(
      await readFile(path.join(dir, 'questions/sections/04-culture.json'), 'utf8'),
    ) as { title: unknown };
    expect(culture.title).toEqual({ en: 'Culture', cy: 'Diwylliant (newydd)' });
  }, 60_000);

  it('refuses a file whose Welsh loses a placeholder, a tag or a plural form, naming each entry, and writes nothing', async () => {
    exportPo();
    const before = await readFile(path.join(dir, 'src/locales/shell/cy.po'), 'utf8');
    await editEntry(
      po(),
      'You are answering for <0>{name}</0>, {date}.',
      'Rydych yn ateb ar ran {name}, {date}.',
    );
    await editEntry(
      po(),
      '{over, plural, one {You have # character too many} other {You have # characters too many}}',
      '{over, plural, one {Mae gennych # nod yn ormod} other {Mae gennych # nod yn ormod}}',
    );
    await editEntry(po(), 'Sections', 'Adrannau {count}');
    await editEntry(po(), 'Back', 'Yn ôl {');
    const result = run('import', po());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing was imported.');
    expect(result.stderr).toContain(
      '“You are answering for <0>{name}</0>, {date}.”: the Welsh leaves out </0> <0>.',
    );
    expect(result.stderr).toContain(
      'the Welsh plural needs all six forms: it has no zero, two, few, many.',
    );
    expect(result.stderr).toContain(
      '“Sections”: the Welsh has {count}, which the English does not.',
    );
    expect(result.stderr).toContain('“Back”: the Welsh has a “{” without its “}”');
    expect(await readFile(path.join(dir, 'src/locales/shell/cy.po'), 'utf8')).toBe(before);
  }, 60_000);

  it('lists and leaves out entries whose English has changed since the file was exported', async () => {
    exportPo();
    await editEntry(po(), 'Menu', 'Dewislen newydd');
    // The English changes in Rally after the export.
    const catalogue = path.join(dir, 'src/locales/shell/cy.po');
    await writeFile(
      catalogue,
      (await readFile(catalogue, 'utf8')).replace('msgid "Menu"', 'msgid "Main menu"'),
    );
    const result = run('import', po());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Left out, because the English has changed since the file was made \(1\):\n {2}Menu/,
    );
    expect(await readFile(catalogue, 'utf8')).not.toContain('Dewislen newydd');
  }, 60_000);

  it('reads the spreadsheet the export wrote', async () => {
    exportPo();
    const csvFile = path.join(dir, 'rally-cy.csv');
    const csv = await readFile(csvFile, 'utf8');
    await writeFile(csvFile, csv.replace('Sections,Adrannau', 'Sections,Adrannau (taenlen)'));
    const result = run('import', csvFile);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported 1 Welsh strings.');
    expect(await readFile(path.join(dir, 'src/locales/shell/cy.po'), 'utf8')).toContain(
      'msgid "Sections"\nmsgstr "Adrannau (taenlen)"',
    );
  }, 60_000);
});
