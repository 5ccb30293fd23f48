/** The saved assessment as a response file envelope, and back. */
import type { Bank } from '../domain/bank/bank-schema';
import { aboutFromAnswers } from '../domain/response/response-file';
import {
  RESPONSE_FORMAT,
  RESPONSE_FORMAT_VERSION,
  type ResponseEnvelope,
  type TextLanguages,
} from '../domain/response/response-schema';
import { allItems } from '../domain/bank/bank-queries';
import type { StoredAssessment } from './stored-assessment';

/** The languages of `texts`' entries that `languages` records, or nothing when there are none. */
function languagesOf(
  texts: Record<string, unknown>,
  languages: TextLanguages | undefined,
  keep: (id: string) => boolean = () => true,
): TextLanguages | undefined {
  const found = Object.entries(languages ?? {}).filter(
    ([id]) => Object.hasOwn(texts, id) && keep(id),
  );
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}

export function toResponseEnvelope(bank: Bank, s: StoredAssessment): ResponseEnvelope {
  const textItems = new Set(
    allItems(bank)
      .filter((i) => i.kind === 'text')
      .map((i) => i.id),
  );
  const commentLanguages = languagesOf(s.comments, s.commentLanguages);
  const answerLanguages = languagesOf(s.answers, s.answerLanguages, (id) => textItems.has(id));
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
    ...(commentLanguages ? { commentLanguages } : {}),
    ...(answerLanguages ? { answerLanguages } : {}),
    targets: s.targets ?? {},
    actions: s.actions ?? [],
  };
}
