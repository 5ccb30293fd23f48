/**
 * Saving on the device, against real localStorage (jsdom): data that cannot be used is copied
 * aside (written and read back) before the original may go; when there is no room for the
 * copy, the original stays where it is and nothing overwrites it until a copy is made; keys
 * never collide; every store's save failure reaches the one save status the warning shows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerItem } from '../../../src/state/assessment-actions';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import {
  CUSTOM_BANK_KEY,
  chooseBuiltInBank,
  chooseCustomBank,
  restoreCustomBank,
  SWITCH_REFUSED,
  useBankStore,
} from '../../../src/state/bank-store';
import {
  HELD_MESSAGE,
  keepAside,
  listKeptAside,
  removeRaw,
  retryHeld,
  saveValue,
  setAsideAndRemove,
  useSaveStatus,
  writeRaw,
} from '../../../src/state/device-storage';
import { startSession } from '../../../src/state/group-actions';
import { useGroupStore } from '../../../src/state/group-store';
import { KEPT_ASIDE_PREFIX, STORAGE_KEY } from '../../../src/state/stored-assessment';
import { retrySaving, unsavedFile, unsavedParts } from '../../../src/state/unsaved';
import { makeBankBundle, parseBankBundle } from '../../../src/domain/bank/bank-bundle';
import { builtInBank, resetStores } from '../../helpers/stores';
import { makeBankFiles } from '../../helpers/make-bank';

const original = Storage.prototype.setItem;

/** Makes every write fail as a full device does (or only writes to keys `only` accepts). */
function fillStorage(only: (key: string) => boolean = () => true) {
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (only(key)) throw new DOMException('full', 'QuotaExceededError');
    original.call(this, key, value);
  };
}
const freeStorage = () => {
  Storage.prototype.setItem = original;
};

const keptKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(KEPT_ASIDE_PREFIX));

beforeEach(() => resetStores());
afterEach(() => {
  freeStorage();
  vi.useRealTimers();
});

describe('keepAside', () => {
  it('writes the copy, reads it back, and says so', () => {
    const result = keepAside('{"old": true}', 'A reason.');
    if (!result.ok) throw new Error(result.error);
    expect(JSON.parse(localStorage.getItem(result.kept.key)!)).toEqual({
      keptAt: result.kept.keptAt,
      reason: 'A reason.',
      raw: '{"old": true}',
    });
  });

  it('gives two set-asides in the same millisecond different keys, so both are kept', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') });
    const a = keepAside('first', 'One.');
    const b = keepAside('second', 'Two.');
    expect(a.ok && b.ok).toBe(true);
    expect(keptKeys()).toHaveLength(2);
    expect(listKeptAside().map((k) => k.raw)).toEqual(['first', 'second']);
    expect(listKeptAside().every((k) => k.keptAt === '2026-03-01T10:00:00.000Z')).toBe(true);
  });

  it('reports failure when the copy cannot be written, or does not read back the same', () => {
    fillStorage();
    expect(keepAside('x', 'Why.')).toEqual({
      ok: false,
      error: 'This device has run out of space for saved answers.',
    });
    freeStorage();
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      const value = getItem.call(this, key);
      return key.startsWith(KEPT_ASIDE_PREFIX) && value !== null ? 'something else' : value;
    };
    try {
      expect(keepAside('x', 'Why.')).toEqual({
        ok: false,
        error: 'The copy could not be read back.',
      });
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(keptKeys()).toEqual([]);
  });
});

describe('data that cannot be used, with no room to copy it', () => {
  it('stays in its place, is not overwritten or removed, and is offered for download', () => {
    localStorage.setItem('rally:thing', 'damaged');
    fillStorage((k) => k.startsWith(KEPT_ASIDE_PREFIX));
    expect(setAsideAndRemove('rally:thing', 'damaged', 'It is damaged.')).toBe(false);
    expect(localStorage.getItem('rally:thing')).toBe('damaged');
    expect(writeRaw('rally:thing', 'new')).toBe(HELD_MESSAGE);
    removeRaw('rally:thing');
    expect(localStorage.getItem('rally:thing')).toBe('damaged');
    expect(unsavedParts(useSaveStatus.getState())).toEqual([
      {
        kind: 'held',
        key: 'held-0-rally:thing',
        message: 'There is no space on this device to keep a copy of it.',
        reason: 'It is damaged.',
        raw: 'damaged',
      },
    ]);

    freeStorage();
    retryHeld();
    expect(useSaveStatus.getState().held).toEqual([]);
    expect(listKeptAside().map((k) => k.raw)).toEqual(['damaged']);
    expect(writeRaw('rally:thing', 'new')).toBeNull();
  });

  it('the saved answers: kept, and nothing new is saved over them, until there is space', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": not json');
    fillStorage((k) => k.startsWith(KEPT_ASIDE_PREFIX));
    await useAssessmentStore.persist.rehydrate();
    answerItem('culture-share-risk', 4);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": not json');
    expect(useAssessmentStore.getState().saveError).toBe(HELD_MESSAGE);
    expect(unsavedParts(useSaveStatus.getState()).map((p) => p.kind)).toEqual([
      'assessment',
      'held',
    ]);

    freeStorage();
    await retrySaving();
    expect(listKeptAside().map((k) => k.raw)).toEqual(['{"state": not json']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.answers).toEqual({
      'culture-share-risk': 4,
    });
    expect(useSaveStatus.getState().errors.assessment).toBeNull();
  });
});

describe('saveValue', () => {
  it('is no failure when storage already holds exactly what would be written', () => {
    original.call(localStorage, 'rally:x', 'same');
    fillStorage();
    expect(saveValue('group', 'rally:x', 'same')).toBeNull();
    expect(saveValue('group', 'rally:x', 'other')).toMatch(/run out of space/);
    expect(useSaveStatus.getState().errors.group).toMatch(/run out of space/);
  });
});

describe('every store reports its failed saves to the one warning', () => {
  it('the group store, with the session file as the download', async () => {
    fillStorage();
    startSession(builtInBank(), { id: 's-1', partnershipName: 'Northborough', date: '2026-03-01' });
    expect(useGroupStore.getState().saveError).toMatch(/run out of space/);
    const parts = unsavedParts(useSaveStatus.getState());
    expect(parts.map((p) => p.kind)).toEqual(['group']);
    const file = await unsavedFile(parts[0]!, builtInBank());
    expect(JSON.parse(file!.text).session.partnershipName).toBe('Northborough');
    freeStorage();
    await retrySaving();
    expect(unsavedParts(useSaveStatus.getState())).toEqual([]);
    expect(JSON.parse(localStorage.getItem('rally:group')!).state.session.session.id).toBe('s-1');
  });

  it('the bank store, with the bank file as the download', async () => {
    const text = makeBankBundle(makeBankFiles());
    const parsed = parseBankBundle(text);
    if (!parsed.ok) throw new Error('test bank');
    fillStorage((k) => k === CUSTOM_BANK_KEY);
    expect(chooseCustomBank(parsed.bank, text)).toBeNull();
    expect(useBankStore.getState().custom?.id).toBe(parsed.bank.id);
    const parts = unsavedParts(useSaveStatus.getState());
    expect(parts.map((p) => p.kind)).toEqual(['bank']);
    expect((await unsavedFile(parts[0]!, parsed.bank))!.text).toBe(text);
  });

  it('switching banks is refused while the answers on screen are not saved', () => {
    const text = makeBankBundle(makeBankFiles());
    const parsed = parseBankBundle(text);
    if (!parsed.ok) throw new Error('test bank');
    fillStorage();
    answerItem('culture-share-risk', 2);
    expect(chooseCustomBank(parsed.bank, text)).toBe(SWITCH_REFUSED);
    expect(useBankStore.getState().custom).toBeNull();
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(2);
    freeStorage();
    expect(chooseCustomBank(parsed.bank, text)).toBeNull();
    expect(chooseBuiltInBank(builtInBank())).toBeNull();
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(2);
  });

  it('a saved bank file that no longer passes checks is kept aside, or held when there is no room', async () => {
    localStorage.setItem(CUSTOM_BANK_KEY, '{"format": "rally-bank"');
    fillStorage((k) => k.startsWith(KEPT_ASIDE_PREFIX));
    expect(await restoreCustomBank()).toBeNull();
    expect(localStorage.getItem(CUSTOM_BANK_KEY)).toBe('{"format": "rally-bank"');
    expect(useSaveStatus.getState().held.map((h) => h.key)).toEqual([CUSTOM_BANK_KEY]);
    freeStorage();
    retryHeld();
    expect(localStorage.getItem(CUSTOM_BANK_KEY)).toBeNull();
    expect(listKeptAside().map((k) => k.raw)).toEqual(['{"format": "rally-bank"']);
  });
});
