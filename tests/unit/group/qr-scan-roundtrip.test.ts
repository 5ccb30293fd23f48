// @vitest-environment node
/**
 * The response QR codes through a real encoder and a real decoder: each text is drawn by the
 * qrcode library (level M, as src/lib/qr/qr-code.ts draws it) into a grey image, read back by
 * jsQR (the decoder the scanner falls back to), and the texts read go to the assembler.
 */
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { createQrAssembler, encodeResponseQr } from '../../../src/domain/response/qr-payload';
import { aboutFromAnswers, parseResponseFile } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { loadRealBank } from '../../bank/real-bank';
import { respond } from './group-helpers';

let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

/** `text` as a QR code, `scale` pixels a module with a 4-module quiet zone, in RGBA. */
function draw(text: string, scale: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = (size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1)
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      const dark = row >= 0 && col >= 0 && row < size && col < size && qr.modules.get(row, col);
      // Not pure black and white: a phone screen seen by a webcam is grey on grey.
      const v = dark ? 40 : 215;
      data.set([v, v, v, 255], (y * side + x) * 4);
    }
  return { data, side, version: qr.version };
}

function scan(text: string, scale: number): { read: string | null; version: number } {
  const { data, side, version } = draw(text, scale);
  return { read: jsQR(data, side, side)?.data ?? null, version };
}

/** Every answer of the real bank, and comments long enough to need several codes. */
function envelope(b: Bank): ResponseEnvelope {
  const answers: AnswerMap = {};
  for (const item of allItems(b)) {
    if (item.kind === 'agreement') answers[item.id] = 'dk';
    if (item.kind === 'choice')
      answers[item.id] = item.multiple ? [item.options[0]!.id] : item.options[0]!.id;
    if (item.kind === 'select') answers[item.id] = item.options[0]!.id;
    if (item.kind === 'text')
      answers[item.id] = 'Pooled budgets, and a shared data officer – ŵyr, ŷd.';
  }
  // Text that compresses badly, as varied writing does, so that it takes several codes.
  let seed = 11;
  const words = ['budget', 'trust', 'data', 'meet', 'ŵyr', 'agree', 'place', 'council', 'NHS'];
  const comments = Object.fromEntries(
    b.sections
      .filter((s) => s.comment)
      .map((s) => {
        const said: string[] = [];
        for (let i = 0; i < 60; i += 1) {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          said.push(`${words[(seed >>> 16) % words.length]}${(seed >>> 8) % 97}`);
        }
        return [s.id, said.join(' ')];
      }),
  );
  return respond(b, 'f1e2d3c4-0000-4000-8000-000000000001', answers, {
    about: aboutFromAnswers(b, answers),
    comments,
  });
}

describe('a response through qrcode and jsQR', () => {
  it.each([
    ['with free text', true],
    ['without free text', false],
  ])('scans every code %s, in reverse order, back to the same response', (_, includeText) => {
    const e = envelope(real);
    const texts = encodeResponseQr(real, e, { includeText });
    if (includeText) expect(texts.length).toBeGreaterThan(1);
    else expect(texts).toHaveLength(1);
    const assembler = createQrAssembler(real);
    let last;
    for (const text of [...texts].reverse()) {
      const { read, version } = scan(text, 3);
      expect(version).toBeLessThanOrEqual(15);
      expect(read).toBe(text);
      last = assembler.add(read!);
    }
    if (last?.kind !== 'complete') throw new Error(`not complete: ${JSON.stringify(last)}`);
    const back = parseResponseFile(last.fileText, real);
    if (!back.ok) throw new Error(back.message);
    expect(back.response.comments).toEqual(includeText ? e.comments : {});
    expect(back.response.answers[allItems(real).find((i) => i.kind === 'text')!.id]).toBe(
      includeText ? 'Pooled budgets, and a shared data officer – ŵyr, ŷd.' : undefined,
    );
  });

  it('reads the largest code (version 15) at 2 pixels a module', () => {
    const texts = encodeResponseQr(real, envelope(real), { includeText: true });
    const { read, version } = scan(texts[0]!, 2);
    expect(version).toBeGreaterThanOrEqual(13);
    expect(read).toBe(texts[0]);
  });
});
