/**
 * How full each printed page is: the PDF is rendered in greys with pdftoppm (poppler), and for
 * each page the result is how far down the page its lowest mark reaches, as a share of the
 * page's height (0 for a blank page, about 0.95 for a page filled to its bottom margin).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Reads a binary PGM (P5, 8-bit) as written by `pdftoppm -gray`. */
function parsePgm(data: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM image');
  const [whole, width, height, max] = header;
  if (Number(max) !== 255) throw new Error('expected an 8-bit PGM image');
  return {
    width: Number(width),
    height: Number(height),
    pixels: data.subarray(whole.length),
  };
}

export async function inkDepthByPage(pdf: Buffer): Promise<number[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-print-'));
  try {
    const file = path.join(dir, 'printed.pdf');
    await writeFile(file, pdf);
    execFileSync('pdftoppm', ['-gray', '-r', '24', file, path.join(dir, 'page')]);
    const pageNumber = (name: string) => Number(/(\d+)\.pgm$/.exec(name)?.[1]);
    const pages = (await readdir(dir))
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => pageNumber(a) - pageNumber(b));
    const depths: number[] = [];
    for (const name of pages) {
      const { width, height, pixels } = parsePgm(await readFile(path.join(dir, name)));
      let lowest = -1;
      for (let y = height - 1; y >= 0 && lowest < 0; y--)
        for (let x = 0; x < width; x++)
          if (pixels[y * width + x]! < 200) {
            lowest = y;
            break;
          }
      depths.push((lowest + 1) / height);
    }
    return depths;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
