/**
 * Passing one device round a group: the rules, apart from where they are saved.
 *
 * While a device is passed round, the facilitator's pages are closed behind a passcode the
 * facilitator sets when starting. The passcode is kept only as a salted hash, so a glance at
 * the browser's storage does not show it. This is a deterrent for a shared device, not
 * encryption: the answers themselves are saved as they always are, and someone who can use
 * the browser's developer tools can read them or remove the lock. docs/group-sessions.md says
 * so to facilitators.
 *
 * A facilitator who forgets the passcode is never locked out for good: the session, with every
 * response handed in on the device, goes into a session file (`forSafeKeeping`) and is then
 * removed from the browser, which ends passing the device round without showing anyone's
 * answers on screen.
 */
import { msg } from '@lingui/core/macro';
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { isAnswered } from '../answers/answer-schema';
import { allItems } from '../bank/bank-queries';
import type { ResponseEnvelope } from '../response/response-schema';
import { createSession, type SessionFile } from './session';
import { SessionDetailsSchema, type SessionDetails } from './session-link';
import type { Message } from './message';

export const PASSCODE_MIN = 4;
export const PASSCODE_MAX = 40;

/** What is saved while a device is passed round. */
export const DeviceLockSchema = z.object({
  salt: z.string().check(z.minLength(8), z.maxLength(64)),
  hash: z.string().check(z.minLength(8), z.maxLength(64)),
  /** The session being answered, so each next person can be welcomed to it. */
  details: SessionDetailsSchema,
  startedAt: z.string().check(z.maxLength(40)),
});
export type DeviceLock = z.infer<typeof DeviceLockSchema>;

export type PasscodeProblem = { field: 'passcode' | 'again'; message: Message };

/** The facilitator's new passcode and its repeat, checked before the device is locked. */
export function passcodeProblems(passcode: string, again: string): PasscodeProblem[] {
  const code = passcode.trim();
  const problems: PasscodeProblem[] = [];
  const min = PASSCODE_MIN;
  const max = PASSCODE_MAX;
  if (code.length < PASSCODE_MIN)
    problems.push({
      field: 'passcode',
      message: msg`Enter a passcode of at least ${min} characters`,
    });
  else if (code.length > PASSCODE_MAX)
    problems.push({
      field: 'passcode',
      message: msg`The passcode must be ${max} characters or fewer`,
    });
  if (again.trim() === '')
    problems.push({ field: 'again', message: msg`Enter the passcode again` });
  else if (code.length >= PASSCODE_MIN && again.trim() !== code)
    problems.push({
      field: 'again',
      message: msg`The passcodes do not match: enter the same one again`,
    });
  return problems;
}

/** FNV-1a over UTF-16 code units, from a given start: 32 bits. */
function fnv1a(text: string, start: number): number {
  let h = start >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A salted hash of a passcode (64 bits as hex, repeated 1,000 times). Enough that the passcode
 * cannot be read off the device's storage at a glance; not a defence against a determined
 * person with the device, which nothing on the device alone can be.
 */
export function hashPasscode(passcode: string, salt: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  const text = `${salt}\u0000${passcode.trim()}`;
  for (let round = 0; round < 1000; round++) {
    a = fnv1a(`${text}${b.toString(16)}`, a);
    b = fnv1a(`${a.toString(16)}${text}`, b);
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Whether `passcode` opens `lock`. */
export function passcodeOpens(lock: DeviceLock, passcode: string): boolean {
  return hashPasscode(passcode, lock.salt) === lock.hash;
}

/** A new lock for `details`, given a random salt and the time. */
export function makeLock(
  passcode: string,
  details: SessionDetails,
  salt: string,
  now: Date,
): DeviceLock {
  return { salt, hash: hashPasscode(passcode, salt), details, startedAt: now.toISOString() };
}

/**
 * Whether a response has anything to hand in: an answer to any question of the bank or a
 * comment. An empty hand-in would count as a respondent who said nothing.
 */
export function hasSomethingToHandIn(bank: Bank, response: ResponseEnvelope): boolean {
  const answered = allItems(bank).some((item) =>
    isAnswered(item, response.answers[item.id] as never),
  );
  return answered || Object.values(response.comments).some((c) => c.trim() !== '');
}

/**
 * Everything passing the device round has gathered, as one session file to keep: the session
 * (or a new one for the session's details when the device holds none) with every response
 * handed in on the device added once (a response already in the session is not repeated).
 * Responses are not checked here: opening the file checks each one.
 */
export function forSafeKeeping(
  bank: Bank,
  session: SessionFile | null,
  handedIn: readonly ResponseEnvelope[],
  details: SessionDetails,
  now: Date,
): SessionFile {
  const base = session ?? createSession(bank, details, now);
  const have = new Set(base.responses.map((r) => r.responseId));
  const added = handedIn.filter((r) => {
    if (have.has(r.responseId)) return false;
    have.add(r.responseId);
    return true;
  });
  return {
    ...base,
    responses: [...base.responses, ...added],
    updatedAt: added.length > 0 ? now.toISOString() : base.updatedAt,
  };
}
