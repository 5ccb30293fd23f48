/**
 * What Rally has saved on this device beyond the answers in use, so that the delete page can
 * say exactly what a deletion removes and what stays, and delete everything when asked.
 * Every key Rally writes starts with "rally:".
 */
import type { Bank } from '../domain/bank/bank-schema';
import { deleteEverything } from './assessment-actions';
import { useAssessmentStore } from './assessment-store';
import { chooseBuiltInBank, useBankStore } from './bank-store';
import { endPassingDevice } from './device-lock';
import { removeRaw } from './device-storage';
import { endSession, leaveSession, takeHandedIn } from './group-actions';
import { STORAGE_KEY } from './stored-assessment';

const PREFIX = 'rally:';

function keys(): string[] {
  try {
    const s = window.localStorage;
    const found: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(PREFIX)) found.push(key);
    }
    return found;
  } catch {
    return [];
  }
}

/**
 * The ids of the question banks with answers saved on this device, other than the bank in
 * use (each bank keeps its answers under its own key; the built-in bank's is `rally:assessment`).
 */
export function otherBanksWithAnswers(builtIn: Bank): string[] {
  const inUse = useAssessmentStore.persist.getOptions().name;
  return keys()
    .filter((k) => (k === STORAGE_KEY || k.startsWith(`${STORAGE_KEY}:`)) && k !== inUse)
    .map((k) => (k === STORAGE_KEY ? builtIn.id : k.slice(STORAGE_KEY.length + 1)))
    .sort();
}

/**
 * Deletes everything Rally has saved on this device: answers to every question bank, saved
 * data kept aside, the group session and the responses handed in, the session joined, a
 * question bank loaded from a file, and passing the device round. Afterwards the app is as on
 * a first visit, with the built-in bank.
 */
export function deleteEverythingOnDevice(builtIn: Bank) {
  takeHandedIn();
  endSession();
  leaveSession();
  endPassingDevice();
  if (useBankStore.getState().custom) chooseBuiltInBank(builtIn);
  deleteEverything(builtIn);
  for (const key of keys()) removeRaw(key);
}
