/**
 * Shared by the programme tests: response and session files for the group test bank.
 */
import fc from 'fast-check';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { createSession, serializeSession } from '../../../src/domain/group/session';
import { serializeResponse } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import type { ProgrammeFile } from '../../../src/domain/programme/read-programme';
import { answersArb, makeGroupBank, respond } from '../group/group-helpers';

export const bank: Bank = makeGroupBank();

/** Every agreement item of the test bank answered `value`; typology and mode as given. */
export function answers(
  value: number,
  type: 'council' | 'market' | 'agent' | 'connector' = 'council',
  mode: 'together' | 'one-leads' | 'separate-body' | 'not-clear' = 'together',
): AnswerMap {
  const scope = {
    council: 'whole-place',
    market: 'one-field',
    agent: 'one-cohort',
    connector: 'one-cohort',
  }[type];
  const funding = {
    council: ['core'],
    market: ['contract'],
    agent: ['grant'],
    connector: ['blended'],
  }[type];
  const map: AnswerMap = {
    'type-main-change': type,
    'type-scope': scope,
    'type-funding': funding,
    'gov-mode': mode,
  };
  for (const s of bank.sections)
    for (const p of s.pages) for (const i of p.items) if (i.kind === 'agreement') map[i.id] = value;
  return map;
}

export function response(
  id: string,
  answerMap: AnswerMap,
  partnership?: string,
  at = '2025-03-01T10:00:00.000Z',
  extra: Partial<ResponseEnvelope> = {},
): ResponseEnvelope {
  return respond(bank, id, answerMap, {
    createdAt: at,
    updatedAt: at,
    about: partnership === undefined ? {} : { 'partnership-name': partnership },
    ...extra,
  });
}

export function responseFile(name: string, envelope: ResponseEnvelope): ProgrammeFile {
  return { name, text: serializeResponse(envelope) };
}

export function sessionFile(
  name: string,
  id: string,
  partnershipName: string,
  date: string,
  responses: ResponseEnvelope[],
): ProgrammeFile {
  const file = {
    ...createSession(bank, { id, partnershipName, date }, new Date(`${date}T09:00:00.000Z`)),
    responses,
  };
  return { name, text: serializeSession(file) };
}

/** Partnership names as people type them: the same name in other cases and spacing, or none. */
export const partnershipNames = fc.constantFrom('Leeds', 'leeds ', 'York', 'Hull', '');
export const cycleDays = fc.constantFrom('2025-03-01', '2025-06-01', '2026-03-01');
// Few ids, so that the same response or session often comes twice (copies are settled by place).
export const responseIds = fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6');

/** A loose response of the bank, for one of `names`, made on one of the cycle days. */
export function looseResponseArb(names: fc.Arbitrary<string> = partnershipNames) {
  return fc
    .tuple(responseIds, names, answersArb(bank), cycleDays)
    .map(([id, name, map, day]) => response(id, map, name, `${day}T10:00:00.000Z`));
}

/** A session file (no file name) of up to 4 responses, for one of `names`. */
export function sessionFileArb(names: fc.Arbitrary<string>) {
  return fc
    .tuple(
      fc.constantFrom('s1', 's2', 's3'),
      names,
      cycleDays,
      fc.array(fc.tuple(responseIds, answersArb(bank)), { maxLength: 4 }),
    )
    .map(([id, name, day, list]) =>
      sessionFile(
        '',
        id,
        name,
        day,
        list.map(([rid, map]) => response(rid, map)),
      ),
    );
}
