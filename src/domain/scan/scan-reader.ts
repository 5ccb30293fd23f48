/**
 * What the camera's texts become: the one place that decides, for each text a QR code held,
 * whether it is a response to add (through the same merge as files and typed codes), a part of
 * a longer response, or nothing new.
 *
 * A camera sees the same code in many frames while it is held up: a text seen again within
 * `STILL_IN_VIEW_MS` of the last time is the same showing and is ignored (still-in-view.ts).
 * Shown again later (a person holding their phone up a second time), a response goes to the
 * merge again, which reports it as already in the session, so the facilitator is told.
 *
 * Texts are read in two ways:
 * - a Rally QR payload ("RALLY:..."), one code or several parts, collected by the assembler
 *   (qr-payload.ts); a complete response is response-file text, read by `parseResponseFile`
 *   as a file would be;
 * - the typed response code (response-code.ts), which the hand-in page's QR code held before
 *   it carried the whole response, and which a QR code made from a typed code may still hold.
 * Any other text (a web address, a product's code) is named as not a Rally response.
 * Nothing here adds anything: the page passes each `incoming` to the merge.
 */
import type { Bank } from '../bank/bank-schema';
import type { IncomingResponse } from '../group/session';
import { createQrAssembler, isResponseQrText, type QrAddResult } from '../response/qr-payload';
import { decodeResponseCode, normaliseResponseCode } from '../response/response-code';
import { parseResponseFile } from '../response/response-file';
import { known } from '../said';
import { createStillInView } from './still-in-view';

export { STILL_IN_VIEW_MS } from './still-in-view';

/** Texts of this length or longer are not read at all (a QR code holds under 3,000 bytes). */
export const MAX_SCANNED_CHARS = 8000;

/** Collects the codes of QR payloads (qr-payload.ts's `createQrAssembler`). */
export type Assembler = { add(text: string): QrAddResult };

export const SCAN_MESSAGES = {
  notRally: known(
    /*i18n*/ {
      id: 'This QR code is not a Rally response. Ask the person to open their hand-in page and show the QR code there.',
      message:
        'This QR code is not a Rally response. Ask the person to open their hand-in page and show the QR code there.',
    },
  ),
} as const;

/** The name a scanned response goes into the merge with. */
export const SCANNED_SOURCE = 'Scanned QR code';

export type ScanStep =
  /** Seen a moment ago, or a part or code the assembler already has: nothing to do. */
  | { kind: 'ignored' }
  /** One more part of a longer response: `received` of `total` parts read so far. */
  | { kind: 'part'; received: number; total: number }
  /** A response to merge (valid or not: the merge adds it or reports why not). */
  | { kind: 'incoming'; incoming: IncomingResponse };

export type ScanReader = {
  /** Reads one text seen at `at` (milliseconds on any steady clock). */
  read: (text: string, at: number) => ScanStep;
};

/** Does `text` look like a typed response code (only code characters, hyphens and spaces)? */
function looksLikeResponseCode(text: string): boolean {
  const normal = normaliseResponseCode(text);
  return normal.ok && normal.chars.length > 0;
}

/**
 * A reader for one scanning run. `assembler` collects QR payloads (parts in any order): the
 * codec's own unless a test passes another.
 */
export function createScanReader(
  bank: Bank,
  assembler: Assembler = createQrAssembler(bank),
): ScanReader {
  const inView = createStillInView();
  /** What a code that held a whole response gave, to hand to the merge again if shown again. */
  const settled = new Map<string, IncomingResponse>();

  const incoming = (result: IncomingResponse['result']): ScanStep => ({
    kind: 'incoming',
    incoming: { source: SCANNED_SOURCE, result },
  });

  function fresh(text: string, at: number): ScanStep {
    if (text.length >= MAX_SCANNED_CHARS)
      return incoming({ ok: false, message: SCAN_MESSAGES.notRally });
    const before = settled.get(text);
    if (before) return { kind: 'incoming', incoming: before };
    if (!isResponseQrText(text)) {
      if (!looksLikeResponseCode(text))
        return incoming({ ok: false, message: SCAN_MESSAGES.notRally });
      const step = incoming(decodeResponseCode(bank, text, new Date(at)));
      if (step.kind === 'incoming') settled.set(text, step.incoming);
      return step;
    }
    const added = assembler.add(text);
    switch (added.kind) {
      case 'part':
        return { kind: 'part', received: added.received, total: added.total };
      case 'repeat':
        return { kind: 'ignored' };
      case 'refused':
        return incoming({ ok: false, message: added.message });
      case 'complete': {
        const step = incoming(parseResponseFile(added.fileText, bank));
        // The text that completed the response (its one code, or the last of its parts) stands
        // for it: shown again, it goes to the merge again, which says it is already there. The
        // other parts are each `repeat` to the assembler from now on.
        if (step.kind === 'incoming') settled.set(text, step.incoming);
        return step;
      }
    }
  }

  return {
    read: (text, at) => (inView.isNew(text, at) ? fresh(text, at) : { kind: 'ignored' }),
  };
}
