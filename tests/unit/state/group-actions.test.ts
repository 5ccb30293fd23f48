/**
 * The group store's actions against real localStorage (jsdom): nothing handed in is dropped,
 * a hand-in that cannot be saved keeps the answers on screen, a removal can be undone, and a
 * second tab's save is merged with this tab's unsaved work.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { parseResponseFile, serializeResponse } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { answerItem } from '../../../src/state/assessment-actions';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import {
  addHandedIn,
  addResponses,
  handIn,
  handInAndClear,
  removeRespondent,
  startSession,
  undoRemove,
} from '../../../src/state/group-actions';
import { i18n } from '../../../src/i18n';
import { GROUP_STORAGE_KEY, useGroupStore } from '../../../src/state/group-store';
import { onSavedElsewhere } from '../../../src/state/other-tabs';
import { toResponseEnvelope } from '../../../src/state/response-envelope';
import { builtInBank, resetStores } from '../../helpers/stores';

let bank: Bank;
const original = Storage.prototype.setItem;
const fill = () => {
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
};
const free = () => {
  Storage.prototype.setItem = original;
};

function response(id: string, value: number, bankId?: string): ResponseEnvelope {
  return {
    format: 'rally-response',
    formatVersion: 2,
    bankId: bankId ?? bank.id,
    bankVersion: bank.version,
    responseId: id,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    about: {},
    answers: { 'culture-share-risk': value },
    comments: {},
    targets: {},
    actions: [],
  };
}

const ids = () => useGroupStore.getState().session!.responses.map((r) => r.responseId);

beforeEach(() => {
  resetStores();
  bank = builtInBank();
  startSession(bank, { id: 's-1', partnershipName: 'Northborough', date: '2026-03-01' });
});
afterEach(free);

describe('adding what was handed in on this device', () => {
  it('keeps a refused response waiting, with the reason, and takes the rest', () => {
    addResponses([
      { source: 'a.json', result: parseResponseFile(serializeResponse(response('a', 1)), bank) },
    ]);
    for (const r of [
      response('b', 2),
      response('a', 5), // the same person again, with other answers
      response('c', 3, 'another-bank'),
      response('a', 1), // the same as the one in the session
    ])
      useGroupStore.setState({ handedIn: [...useGroupStore.getState().handedIn, r] });
    const result = addHandedIn(bank)!;
    expect(ids()).toEqual(['a', 'b']);
    expect(result.rejected.map((r) => r.source)).toEqual([
      'Handed in on this device 2',
      'Handed in on this device 3',
    ]);
    const said = result.rejected.map((r) =>
      typeof r.message === 'string' ? r.message : i18n._(r.message),
    );
    expect(said[0]).toMatch(/different answers, is already in the session/);
    expect(said[1]).toMatch(/question bank "another-bank"/);
    expect(useGroupStore.getState().handedIn.map((r) => [r.responseId, r.bankId])).toEqual([
      ['a', bank.id],
      ['c', 'another-bank'],
    ]);
  });

  it('leaves the queue alone when there is no session', () => {
    useGroupStore.setState({ session: null, handedIn: [response('b', 2)] });
    expect(addHandedIn(bank)).toBeNull();
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
  });
});

describe('handing in on this device', () => {
  it('when it cannot be saved, keeps nothing and clears nothing, and says why', () => {
    answerItem('culture-share-risk', 4);
    const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
    fill();
    expect(handInAndClear(bank, envelope)).toBe(
      'This device has run out of space for saved answers.',
    );
    expect(useGroupStore.getState().handedIn).toEqual([]);
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(4);
    free();
    expect(handInAndClear(bank, envelope)).toBeNull();
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
    expect(useAssessmentStore.getState().answers).toEqual({});
  });

  it('a second hand-in with the same id but other answers is kept too, under a new id', () => {
    expect(handIn(response('p', 1))).toBeNull();
    expect(handIn(response('p', 1))).toBeNull();
    expect(handIn(response('p', 3))).toBeNull();
    const queue = useGroupStore.getState().handedIn;
    expect(queue).toHaveLength(2);
    expect(queue[1]!.responseId).not.toBe('p');
    expect(queue[1]!.answers).toEqual({ 'culture-share-risk': 3 });
  });
});

describe('removing a respondent', () => {
  it('can be undone, back in the same place', () => {
    addResponses(
      ['a', 'b', 'c'].map((id, i) => ({
        source: id,
        result: { ok: true, response: response(id, i + 1) },
      })),
    );
    const removed = removeRespondent('b')!;
    expect(ids()).toEqual(['a', 'c']);
    undoRemove(removed);
    expect(ids()).toEqual(['a', 'b', 'c']);
    undoRemove(removed); // twice does not add it twice
    expect(ids()).toEqual(['a', 'b', 'c']);
  });
});

describe('a second tab saves the group', () => {
  it('is merged with this tab’s unsaved work, losing neither', async () => {
    addResponses([{ source: 'a', result: { ok: true, response: response('a', 1) } }]);
    fill();
    addResponses([{ source: 'm', result: { ok: true, response: response('m', 2) } }]);
    expect(useGroupStore.getState().saveError).not.toBeNull();
    free();
    // The other tab, which loaded what was saved (only a), adds t.
    const saved = JSON.parse(localStorage.getItem(GROUP_STORAGE_KEY)!);
    saved.state.session.responses.push(response('t', 3));
    localStorage.setItem(GROUP_STORAGE_KEY, JSON.stringify(saved));
    await onSavedElsewhere(GROUP_STORAGE_KEY, () => bank);
    expect(ids()).toEqual(['a', 't', 'm']);
    expect(useGroupStore.getState().saveError).toBeNull();
    const now = JSON.parse(localStorage.getItem(GROUP_STORAGE_KEY)!);
    expect(now.state.session.responses.map((r: ResponseEnvelope) => r.responseId)).toEqual([
      'a',
      't',
      'm',
    ]);
  });
});
