/**
 * Shared by the programme tests: response and session files for the group test bank.
 */
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { createSession, serializeSession } from '../../../src/domain/group/session';
import { serializeResponse } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import type { ProgrammeFile } from '../../../src/domain/programme/read-programme';
import { makeGroupBank, respond } from '../group/group-helpers';

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
