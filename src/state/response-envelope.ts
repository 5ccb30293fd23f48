/** The saved assessment as a response file envelope, and back. */
import type { Bank } from '../domain/bank/bank-schema';
import { aboutFromAnswers } from '../domain/response/response-file';
import {
  RESPONSE_FORMAT,
  RESPONSE_FORMAT_VERSION,
  type ResponseEnvelope,
} from '../domain/response/response-schema';
import type { StoredAssessment } from './stored-assessment';

export function toResponseEnvelope(bank: Bank, s: StoredAssessment): ResponseEnvelope {
  return {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: s.responseId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 100) || 'response',
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    about: aboutFromAnswers(bank, s.answers),
    answers: s.answers,
    comments: s.comments,
  };
}
