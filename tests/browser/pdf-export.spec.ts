/**
 * The PDF and CSV downloads in Chromium, checked with the Poppler tools a reader's machine
 * would use: a golden fixture is answered through the pages with a Welsh partnership name,
 * the PDF is downloaded from the results page and read back with pdftotext, pdffonts and
 * pdfinfo, and its first page is rendered with pdftoppm to
 * test-results/screenshots/pdf-page-1.png for people to look at. The PDF code (jspdf) must
 * be fetched only when the PDF is asked for, and nothing may leave the app's origin. The CSV
 * is parsed back with papaparse, and the results page printed by the browser must be a
 * tagged PDF.
 *
 * The service worker precaches every file of the build in the background (offline use), so
 * the check that jspdf loads only on demand looks at the page's own requests, not the
 * worker's; the same-origin check looks at both.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { allItems } from '../../src/domain/bank/bank-queries';
import { localizeBank } from '../../src/domain/bank/bank-texts';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { loadRealBank, readRealFiles } from '../bank/real-bank';
import { answerThroughPages } from './answer-ui';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage } from './harness';
import { assessmentStorage } from './page-states';

const run = promisify(execFile);
const NAME = 'Partneriaeth Gŵyl Ŷd';
const FIXTURE = 'council-clear';

let browser: Browser | undefined;
let bank: Bank;
let work: string;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
  work = await mkdtemp(path.join(tmpdir(), 'rally-pdf-export-'));
});
afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function tool(name: string, args: string[]): Promise<string> {
  const { stdout } = await run(name, args, { maxBuffer: 20 * 1024 * 1024 });
  return stdout;
}

/** The lazily loaded chunk that holds jspdf, as the build names it in dist/assets. */
async function pdfChunkPattern(): Promise<RegExp> {
  const assets = await readdir(path.resolve('dist/assets')).catch(() => [] as string[]);
  const chunk =
    assets.find((f) => /^build-pdf-.*\.js$/.test(f)) ??
    assets.find((f) => /jspdf/i.test(f) && f.endsWith('.js'));
  expect(chunk, 'dist/assets has no build-pdf or jspdf chunk').toBeDefined();
  return new RegExp(`/assets/${chunk!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

type Expected = {
  typology: { bestFit: string };
  dimensions: Record<string, { score: number | null; band: string | null }>;
};

test('the PDF summary and the CSV carry Welsh letters, every dimension and the best fit; jspdf loads only on demand', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile(`tests/fixtures/${FIXTURE}.json`, 'utf8'));
  const expected = JSON.parse(
    await readFile(`tests/fixtures/${FIXTURE}.expected.json`, 'utf8'),
  ) as Expected;
  const chunk = await pdfChunkPattern();
  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  // The page's own requests (not the service worker's background precaching).
  const pageRequests: string[] = [];
  page.on('request', (request) => {
    if (request.serviceWorker() === null) pageRequests.push(request.url());
  });
  try {
    await answerThroughPages(
      page,
      baseURL,
      bank,
      { ...fixture.answers, 'partnership-name': NAME },
      fixture.comments,
    );
    await page.goto(`${baseURL}#/results`);
    await page.locator('#dimension-table').waitFor();

    // Before the click: no jspdf.
    expect(
      pageRequests.filter((url) => chunk.test(url)),
      'the PDF chunk was loaded before it was asked for',
    ).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    expect(
      pageRequests.filter((url) => chunk.test(url)),
      'the PDF chunk was not loaded when the PDF was asked for',
    ).toHaveLength(1);
    expect(download.suggestedFilename()).toMatch(
      /^rally-partneriaeth-gwyl-yd-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const pdfFile = path.join(work, 'summary.pdf');
    await download.saveAs(pdfFile);

    // pdftotext: the name with ŵ and ŷ, the six dimensions, the best fit, the score table.
    const text = await tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-']);
    expect(text).toContain(NAME);
    const best = bank.typology.types.find((t) => t.id === expected.typology.bestFit)!;
    expect(text).toContain(best.name);
    expect(text).toContain(`Best fit: ${best.name}`);
    for (const d of bank.dimensions) {
      const e = expected.dimensions[d.id]!;
      const band = bank.scoring.bands.find((b) => b.id === e.band)!;
      expect(text).toContain(d.name);
      // The table row as printed: the name (its first line, when the cell wraps), the score
      // with one decimal, the band.
      expect(e.score).not.toBeNull();
      const words = d.name.split(' ');
      const firstLines = words
        .map((_, i) => words.slice(0, words.length - i).join('\\s+'))
        .join('|');
      expect(text).toMatch(
        new RegExp(
          `^\\s*(?:${firstLines})\\s+${e.score!.toFixed(1).replace('.', '\\.')}\\s+${band.label}\\s`,
          'm',
        ),
      );
    }

    // Under each dimension, what its band looks like in practice, with sources and next step.
    const flat = (await tool('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])).replace(/\s+/g, ' ');
    for (const d of bank.dimensions) {
      const band = bank.scoring.bands.find((b) => b.id === expected.dimensions[d.id]!.band)!;
      const practice = d.bands[band.id]!.practice!;
      expect(flat).toContain(`What ${band.label} looks like in practice`);
      expect(flat, `${d.name}: ${practice[0]!.text}`).toContain(practice[0]!.text);
      expect(flat).toContain(d.bands[band.id]!.nextStep!);
    }
    expect(flat).toContain('(Source: GO Lab report (2019), Executive summary: culture)');
    expect(flat).toContain('To stay in this band:');
    expect(flat).toContain('To move to the next band:');

    // pdffonts: Noto Sans embedded, nothing else.
    const fonts = (await tool('pdffonts', [pdfFile])).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      const cols = line.trim().split(/\s+/);
      expect(cols[0]).toMatch(/NotoSans/);
      // name, type (2 words), encoding, emb, sub, uni, object id
      expect(cols.at(-5), `not embedded: ${line}`).toBe('yes');
    }

    // pdfinfo: title, page count; the language in the document catalogue.
    const info = await tool('pdfinfo', [pdfFile]);
    expect(info).toMatch(new RegExp(`^Title:\\s+Partnership self-assessment: ${NAME}$`, 'm'));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
    const raw = (await readFile(pdfFile)).toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');

    // Page 1 as an image, for people to look at.
    const shots = path.resolve('test-results/screenshots');
    await mkdir(shots, { recursive: true });
    await tool('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfFile,
      path.join(shots, 'pdf-page-1'),
    ]);
    const png = await readFile(path.join(shots, 'pdf-page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // And the first page with a band's practice on it.
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    let practicePage = 0;
    for (let n = 1; n <= pages && practicePage === 0; n += 1) {
      const one = await tool('pdftotext', [
        '-f',
        `${n}`,
        '-l',
        `${n}`,
        '-enc',
        'UTF-8',
        pdfFile,
        '-',
      ]);
      if (one.includes('looks like in practice')) practicePage = n;
    }
    expect(practicePage).toBeGreaterThan(1);
    await tool('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      `${practicePage}`,
      '-l',
      `${practicePage}`,
      '-singlefile',
      pdfFile,
      path.join(shots, 'pdf-practice-page'),
    ]);

    // "Summary (2 pages)" instead of the default "Full report": two pages, named for it.
    expect(await page.getByRole('radio', { name: 'Full report' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Summary (2 pages)' }).check();
    const [summaryDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    expect(summaryDownload.suggestedFilename()).toMatch(
      /^rally-summary-partneriaeth-gwyl-yd-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const summaryFile = path.join(work, 'board-summary.pdf');
    await summaryDownload.saveAs(summaryFile);
    expect(await tool('pdfinfo', [summaryFile])).toMatch(/^Pages:\s+2$/m);
    const summaryText = await tool('pdftotext', ['-enc', 'UTF-8', summaryFile, '-']);
    expect(summaryText).toContain('The three areas to work on first');
    expect(summaryText).toContain(NAME);

    // The CSV: the results, then one row per question, Welsh letters intact behind a byte order mark.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click(),
    ]);
    const csvFile = path.join(work, 'answers.csv');
    await csvDownload.saveAs(csvFile);
    const csvBytes = await readFile(csvFile);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvBytes.toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.errors).toEqual([]);
    const answerRows = parsed.data.filter((r) => r.row_type === 'answer');
    expect(answerRows.map((r) => r.item_id)).toEqual(allItems(bank).map((i) => i.id));
    // The results come first: every area's score is there beside the answers.
    const areaRows = parsed.data.filter((r) => r.item_id?.startsWith('area:'));
    expect(areaRows.map((r) => r.dimension)).toEqual(bank.dimensions.map((d) => d.name));
    expect(parsed.data.find((r) => r.item_id === 'partnership-name')?.answer_label).toBe(NAME);
    for (const item of allItems(bank)) {
      const value = fixture.answers[item.id];
      if (item.kind === 'agreement' && typeof value === 'number') {
        expect(parsed.data.find((r) => r.item_id === item.id)?.answer_value).toBe(String(value));
      }
    }

    // The browser's own print of the results page is tagged.
    const printed = path.join(work, 'printed.pdf');
    await writeFile(printed, await page.pdf({ format: 'A4', tagged: true, printBackground: true }));
    expect(await tool('pdfinfo', [printed])).toMatch(/^Tagged:\s+yes$/m);

    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 180_000);

test('in Welsh, the PDF summary is in Welsh: its words, the bank’s Welsh, page numbers and the document language', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const parsed = parseBank(await readRealFiles());
  if (!parsed.ok) throw new Error('questions/ does not parse');
  const welsh = localizeBank(parsed.bank, 'cy', parsed.translations.cy);
  const fixture = JSON.parse(await readFile(`tests/fixtures/${FIXTURE}.json`, 'utf8'));
  const saved = { ...assessmentStorage(bank, fixture), 'rally:language': 'cy' };
  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  try {
    await context.addInitScript((storage: Record<string, string>) => {
      if (sessionStorage.getItem('welsh-pdf-seeded')) return;
      for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
      sessionStorage.setItem('welsh-pdf-seeded', '1');
    }, saved);
    await page.goto(`${baseURL}#/results`);
    await page.locator('#dimension-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Lawrlwytho’r PDF' }).click(),
    ]);
    const pdfFile = path.join(work, 'crynodeb.pdf');
    await download.saveAs(pdfFile);

    const text = await tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-']);
    for (const d of welsh.dimensions) expect(text).toContain(d.name.split(' ')[0]);
    expect(text).toMatch(/Ffit orau: /);
    expect(text).toMatch(/Tudalen 1 o \d/);
    expect(text).not.toMatch(/Best fit|Page 1 of|Scores by area/);
    // The bands in practice, in Welsh: the bank's Welsh and the PDF's own words.
    const flat = (await tool('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])).replace(/\s+/g, ' ');
    const culture = welsh.dimensions.find((d) => d.id === 'culture')!;
    expect(flat).toContain('Sut mae Cryfder yn edrych yn ymarferol');
    expect(flat).toContain(culture.bands.strength!.practice![1]!.text);
    expect(flat).toContain(
      '(Ffynhonnell: Adroddiad GO Lab (2019), Crynodeb gweithredol: diwylliant)',
    );
    expect(flat).toContain('I aros yn y band hwn:');
    expect(flat).not.toMatch(/looks like in practice|Source: |To stay in this band/);
    const raw = (await readFile(pdfFile)).toString('latin1');
    expect(raw).toContain('/Lang (cy)');
    const fonts = (await tool('pdffonts', [pdfFile])).trim().split('\n').slice(2);
    for (const line of fonts) expect(line.trim().split(/\s+/)[0]).toMatch(/NotoSans/);
    expect(errors, errors.join('\n')).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);
