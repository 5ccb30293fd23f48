/**
 * A room of people handing in by QR code, for the scanner's tests and `npm run bench:scan`:
 * ten showings to the camera made with the app's own encoder (`encodeResponseQr`) from the
 * seeded group responses, each with free text:
 *
 * - seven people with one code each;
 * - one person whose long comments take three codes, shown in the order 3, 1, 2;
 * - the first person showing their code a second time (a duplicate, to be ignored with a note);
 * - one person whose code was made with another question bank (to be refused, named).
 *
 * So eight distinct valid responses, free text included, and two refusals.
 */
import type { Bank } from '../../src/domain/bank/bank-schema';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { encodeResponseQr } from '../../src/domain/response/qr-payload';
import { parseResponseFile, serializeResponse } from '../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { seededSession } from '../browser/seeded-session';
import { shortBankFiles } from '../helpers/short-bank';

export type Showing = {
  /** Who shows it and what it is, for messages: "person 3", "person 8, part 3 of 3". */
  label: string;
  /** The text of the QR code. */
  text: string;
};

export type ScanRoom = {
  showings: Showing[];
  /**
   * The distinct valid responses, as the facilitator should end up with them: as each
   * person's response file would be read (the seeded answers include a few that the bank's
   * rules leave out, as a file's would be).
   */
  expected: ResponseEnvelope[];
  /** The response from another bank, never to be added. */
  otherBank: ResponseEnvelope;
};

const LONG_COMMENTS = [
  'Partners agree on the big picture, but each one still reports to its own board first, so joint decisions wait for four sets of meetings before anything moves forward.',
  'The voluntary sector joined late and feels it is asked to deliver rather than to shape what is delivered; small charities in particular cannot send someone to every meeting.',
  'Residents told us at the spring listening events that they want fewer consultations and more feedback on what changed because of what they said last time.',
  'Data sharing works between the council and health, but the housing associations are still waiting for an agreement that was promised eighteen months ago.',
  'We have good people but no shared budget, so every new idea starts with a negotiation about who pays, and the energy goes out of it before the pilot begins.',
];

export async function otherBankOf(): Promise<Bank> {
  const parsed = parseBank(await shortBankFiles());
  if (!parsed.ok) throw new Error('The short test bank does not parse');
  return parsed.bank;
}

function withFreeText(bank: Bank, response: ResponseEnvelope, index: number): ResponseEnvelope {
  const sections = bank.sections.filter((s) => s.comment).map((s) => s.id);
  const comments: Record<string, string> =
    index === 7
      ? Object.fromEntries(sections.map((id, i) => [id, LONG_COMMENTS[i % LONG_COMMENTS.length]!]))
      : { [sections[index % sections.length]!]: `Person ${index + 1} wrote this comment by hand.` };
  return { ...response, comments };
}

export async function scanRoom(bank: Bank): Promise<ScanRoom> {
  const people = seededSession(bank, { size: 8, seed: 1313 }).responses.map((r, i) =>
    withFreeText(bank, r, i),
  );
  const other = await otherBankOf();
  const stranger = seededSession(other, { size: 1, seed: 99 }).responses[0]!;
  const otherBank = { ...stranger, responseId: 'other-bank-person' };
  const single = (r: ResponseEnvelope, label: string): Showing => {
    const texts = encodeResponseQr(bank, r, { includeText: true });
    if (texts.length !== 1) throw new Error(`${label}'s response takes ${texts.length} codes`);
    return { label, text: texts[0]! };
  };
  const parts = encodeResponseQr(bank, people[7]!, { includeText: true });
  if (parts.length !== 3) throw new Error(`person 8's response takes ${parts.length} codes, not 3`);
  const strangerCodes = encodeResponseQr(other, otherBank, { includeText: true });
  const showings: Showing[] = [
    single(people[0]!, 'person 1'),
    single(people[1]!, 'person 2'),
    single(people[2]!, 'person 3'),
    ...[2, 0, 1].map((i) => ({ label: `person 8, part ${i + 1} of 3`, text: parts[i]! })),
    single(people[3]!, 'person 4'),
    { label: 'a person from another bank', text: strangerCodes[0]! },
    single(people[4]!, 'person 5'),
    single(people[0]!, 'person 1 again'),
    single(people[5]!, 'person 6'),
    single(people[6]!, 'person 7'),
  ];
  const expected = people.map((r) => {
    const read = parseResponseFile(serializeResponse(r), bank);
    if (!read.ok) throw new Error(read.message);
    return read.response;
  });
  return { showings, expected, otherBank };
}
