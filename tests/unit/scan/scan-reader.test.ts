// @vitest-environment node
/**
 * The scanner's reading of texts (src/domain/scan/scan-reader.ts), with the room of
 * tests/support/scan-room.ts: every showing read as the camera would (many frames each), then
 * merged as the page merges them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { mergeResponses, type IncomingResponse } from '../../../src/domain/group/session';
import {
  SCAN_MESSAGES,
  STILL_IN_VIEW_MS,
  createScanReader,
  type ScanStep,
} from '../../../src/domain/scan/scan-reader';
import { encodeResponseCode } from '../../../src/domain/response/response-code';
import { loadRealBank } from '../../bank/real-bank';
import { scanRoom, type ScanRoom } from '../../support/scan-room';

let bank: Bank;
let room: ScanRoom;
beforeAll(async () => {
  bank = await loadRealBank();
  room = await scanRoom(bank);
});

const incomingOf = (step: ScanStep): IncomingResponse => {
  if (step.kind !== 'incoming') throw new Error(`expected a response, got ${step.kind}`);
  return step.incoming;
};

describe('reading the room', () => {
  it('gives each showing once however many frames hold it, and the merge ends with the eight distinct responses, free text included', () => {
    const reader = createScanReader(bank);
    const steps: { label: string; step: ScanStep }[] = [];
    let at = 0;
    for (const { label, text } of room.showings) {
      // Fifteen frames a tenth of a second apart, then a gap with no code.
      for (let frame = 0; frame < 15; frame += 1) {
        const step = reader.read(text, at);
        if (step.kind !== 'ignored') steps.push({ label, step });
        at += 100;
      }
      at += 500;
    }
    expect(steps.map((s) => `${s.label}: ${s.step.kind}`)).toEqual([
      'person 1: incoming',
      'person 2: incoming',
      'person 3: incoming',
      'person 8, part 3 of 3: part',
      'person 8, part 1 of 3: part',
      'person 8, part 2 of 3: incoming',
      'person 4: incoming',
      'a person from another bank: incoming',
      'person 5: incoming',
      'person 1 again: incoming',
      'person 6: incoming',
      'person 7: incoming',
    ]);
    const parts = steps.filter((s) => s.step.kind === 'part').map((s) => s.step);
    expect(parts).toEqual([
      { kind: 'part', received: 1, total: 3 },
      { kind: 'part', received: 2, total: 3 },
    ]);

    // Merged one at a time, as the page does.
    let responses = room.expected.slice(0, 0);
    const outcomes: string[] = [];
    for (const { step } of steps.filter((s) => s.step.kind === 'incoming')) {
      const result = mergeResponses(responses, [incomingOf(step)]);
      responses = result.responses;
      outcomes.push(
        result.added.length ? 'added' : result.duplicates.length ? 'duplicate' : 'rejected',
      );
      for (const r of result.rejected)
        expect(r.message).toBe(
          `This code is for the question bank "rally-short" version 1.0.0, but this session uses "${bank.id}" version ${bank.version}`,
        );
    }
    expect(outcomes).toEqual([
      'added',
      'added',
      'added',
      'added',
      'added',
      'rejected',
      'added',
      'duplicate',
      'added',
      'added',
    ]);
    const byId = (list: typeof responses) =>
      [...list].sort((a, b) => a.responseId.localeCompare(b.responseId));
    const kept = byId(responses);
    const wanted = byId(room.expected);
    expect(kept.map((r) => r.responseId)).toEqual(wanted.map((r) => r.responseId));
    for (let i = 0; i < kept.length; i += 1) {
      expect(kept[i]!.answers).toEqual(wanted[i]!.answers);
      expect(kept[i]!.comments).toEqual(wanted[i]!.comments);
      expect(Object.keys(kept[i]!.comments).length).toBeGreaterThan(0);
    }
  });

  it('hands a code held up again after a pause to the merge again, which reports it as already there', () => {
    const reader = createScanReader(bank);
    const { text } = room.showings[0]!;
    const first = incomingOf(reader.read(text, 1000));
    expect(reader.read(text, 1000 + STILL_IN_VIEW_MS - 1).kind).toBe('ignored');
    // Still held: every frame pushes the moment it was last seen on.
    expect(reader.read(text, 1000 + 2 * STILL_IN_VIEW_MS - 2).kind).toBe('ignored');
    const again = incomingOf(reader.read(text, 1000 + 4 * STILL_IN_VIEW_MS));
    const merged = mergeResponses([], [first]);
    expect(mergeResponses(merged.responses, [again]).duplicates).toHaveLength(1);
  });

  it('reads a typed response code held in a QR code, as the hand-in page showed it before', () => {
    const reader = createScanReader(bank);
    const code = encodeResponseCode(bank, room.expected[0]!);
    const { result } = incomingOf(reader.read(code, 0));
    expect(result.ok && result.response.answers).toBeTruthy();
  });

  it('names a QR code that is not Rally’s, and a damaged Rally code, without adding anything', () => {
    const reader = createScanReader(bank);
    expect(incomingOf(reader.read('https://example.org/menu', 0)).result).toEqual({
      ok: false,
      message: SCAN_MESSAGES.notRally,
    });
    const good = room.showings[1]!.text;
    const damaged = good.slice(0, -8) + (good.endsWith('A') ? 'B' : 'A') + good.slice(-7);
    const { result } = incomingOf(reader.read(damaged, 0));
    expect(result.ok).toBe(false);
  });
});
