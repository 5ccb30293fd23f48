/**
 * One person's whole answered questionnaire (a golden fixture) as the app saves it in local
 * storage under `rally:assessment`: what the scripts that measure the results page put on the
 * device before they open it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './bench-app.mjs';

export const ASSESSMENT_KEY = 'rally:assessment';

/** The saved value (text) for `fixture` (tests/fixtures/<fixture>.json), under `responseId`. */
export function savedAssessment(responseId, fixture = 'council-clear') {
  const bank = JSON.parse(readFileSync(path.join(root, 'questions/bank.json'), 'utf8'));
  const answered = JSON.parse(
    readFileSync(path.join(root, 'tests/fixtures', `${fixture}.json`), 'utf8'),
  );
  return JSON.stringify({
    version: 2,
    state: {
      bankId: bank.id,
      bankVersion: bank.version,
      responseId,
      createdAt: answered.createdAt,
      updatedAt: answered.updatedAt,
      answers: answered.answers,
      comments: answered.comments,
      position: null,
      finished: [],
    },
  });
}
