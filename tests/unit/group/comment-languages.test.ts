/**
 * Each free text records the language it was written in (issue 11), in optional maps of the
 * response file: older files without them still open, a map that cannot be read is dropped
 * rather than the file, and a session file keeps them when it is saved and opened again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { listComments } from '../../../src/domain/group/breakdown';
import {
  createSession,
  parseSessionFile,
  serializeSession,
} from '../../../src/domain/group/session';
import { parseResponseFile, serializeResponse } from '../../../src/domain/response/response-file';
import { answerItem, setComment } from '../../../src/state/assessment-actions';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { useLanguageStore } from '../../../src/state/language-store';
import { toResponseEnvelope } from '../../../src/state/response-envelope';
import { builtInBank, resetStores } from '../../helpers/app';

const bank = builtInBank();
const reflection = allItems(bank).find((i) => i.kind === 'text' && !i.field)!;
const section = bank.sections[0]!;

beforeEach(() => resetStores());

function written() {
  useLanguageStore.setState({ language: 'cy' });
  setComment(section.id, 'Sylw yn Gymraeg');
  useLanguageStore.setState({ language: 'en' });
  answerItem(reflection.id, 'A reflection in English');
  return toResponseEnvelope(bank, useAssessmentStore.getState());
}

describe('the language of each free text', () => {
  it('is recorded as it is written, in the language of the page at the time', () => {
    const envelope = written();
    expect(envelope.commentLanguages).toEqual({ [section.id]: 'cy' });
    expect(envelope.answerLanguages).toEqual({ [reflection.id]: 'en' });
  });

  it('goes only with texts that are there, and only for free-text questions', () => {
    written();
    setComment(section.id, '');
    const select = allItems(bank).find((i) => i.kind === 'select')!;
    answerItem(select.id, (select as { options: { id: string }[] }).options[0]!.id);
    const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
    expect(envelope).not.toHaveProperty('commentLanguages');
    expect(envelope.answerLanguages).toEqual({ [reflection.id]: 'en' });
  });

  it('survives a response file and back', () => {
    const read = parseResponseFile(serializeResponse(written()), bank);
    if (!read.ok) throw new Error(read.message);
    expect(read.response.commentLanguages).toEqual({ [section.id]: 'cy' });
    expect(read.response.answerLanguages).toEqual({ [reflection.id]: 'en' });
  });

  it('is optional: a file from before it opens as it did, with no language', () => {
    const { commentLanguages: _c, answerLanguages: _a, ...older } = written();
    const read = parseResponseFile(JSON.stringify(older), bank);
    if (!read.ok) throw new Error(read.message);
    expect(read.response.comments).toEqual({ [section.id]: 'Sylw yn Gymraeg' });
    expect(read.response.commentLanguages).toBeUndefined();
  });

  it('a map that cannot be read is left out, and the file still opens with every answer', () => {
    const envelope = { ...written(), commentLanguages: { [section.id]: 'fr' }, answerLanguages: 7 };
    const read = parseResponseFile(JSON.stringify(envelope), bank);
    if (!read.ok) throw new Error(read.message);
    expect(read.response.commentLanguages).toBeUndefined();
    expect(read.response.answerLanguages).toBeUndefined();
    expect(read.response.comments).toEqual({ [section.id]: 'Sylw yn Gymraeg' });
  });

  it('is kept by a session file, and the group’s comments carry it', () => {
    const session = {
      ...createSession(bank, { id: 's', partnershipName: 'P', date: '2026-11-29' }, new Date()),
      responses: [written()],
    };
    const read = parseSessionFile(serializeSession(session), bank);
    if (!read.ok) throw new Error(read.message);
    expect(read.session.responses[0]!.commentLanguages).toEqual({ [section.id]: 'cy' });
    const groups = listComments(bank, read.session.responses);
    const comment = groups.find((g) => g.kind === 'section-comment')!;
    expect(comment.entries).toEqual([{ text: 'Sylw yn Gymraeg', language: 'cy' }]);
    const answer = groups.find((g) => g.itemId === reflection.id)!;
    expect(answer.entries).toEqual([{ text: 'A reflection in English', language: 'en' }]);
  });
});
