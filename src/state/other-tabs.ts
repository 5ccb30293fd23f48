/**
 * Two tabs on the same device share one saved assessment and one group session. When another
 * tab saves, this tab takes in what it saved, so that neither tab overwrites the other's newer
 * work with stale data. If this tab has changes it could not save (storage was full), the
 * other tab's are merged with them instead (`tab-merge.ts`), so that nothing is lost either way.
 */
import type { Bank } from '../domain/bank/bank-schema';
import { reconcileWithBank } from './assessment-actions';
import { useAssessmentStore } from './assessment-store';
import { lastKnown, readRaw, remember, setAside } from './device-storage';
import { GROUP_STORAGE_KEY } from './storage-keys';
import { readStoredAssessment, STORAGE_KEY, type StoredAssessment } from './stored-assessment';
import { mergeAssessment } from './tab-merge';

const stored = (s: StoredAssessment): StoredAssessment => ({
  bankId: s.bankId,
  bankVersion: s.bankVersion,
  responseId: s.responseId,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  answers: s.answers,
  comments: s.comments,
  position: s.position,
  finished: s.finished,
  ...(s.commentLanguages ? { commentLanguages: s.commentLanguages } : {}),
  ...(s.answerLanguages ? { answerLanguages: s.answerLanguages } : {}),
  targets: s.targets ?? {},
  actions: s.actions ?? [],
});

async function catchUpAssessment(name: string, bank: Bank) {
  const mine = useAssessmentStore.getState();
  const theirsRaw = readRaw(name);
  const theirs = theirsRaw === null ? null : readStoredAssessment(theirsRaw);
  if (mine.saveError === null) {
    await useAssessmentStore.persist.rehydrate();
    reconcileWithBank(bank);
    // What the other tab saved could not be used (it is kept aside): save this tab's again.
    if (!theirs?.ok) useAssessmentStore.setState({});
    return;
  }
  if (theirsRaw === null || theirs === null) {
    useAssessmentStore.setState({});
    return;
  }
  if (!theirs.ok) {
    setAside(name, theirsRaw, theirs.reason);
    useAssessmentStore.setState({});
    return;
  }
  const baseRaw = lastKnown(name);
  const base = baseRaw === undefined ? null : readStoredAssessment(baseRaw);
  const merged = mergeAssessment(base?.ok ? base.state : null, stored(mine), theirs.state);
  remember(name, theirsRaw);
  useAssessmentStore.setState(merged);
}

/** Another tab saved under `key` (null when it cleared everything). */
export async function onSavedElsewhere(key: string | null, currentBank: () => Bank) {
  const name = useAssessmentStore.persist.getOptions().name ?? STORAGE_KEY;
  if (key === null || key === name) await catchUpAssessment(name, currentBank());
  if (key === null || key === GROUP_STORAGE_KEY) {
    // The group code loads here only if this tab has not loaded it yet (then it reads the
    // other tab's save as it loads, and there is nothing to merge).
    const { catchUpGroup } = await import('./group-store');
    await catchUpGroup();
  }
}

export function keepInStepWithOtherTabs(currentBank: () => Bank) {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    void onSavedElsewhere(event.key, currentBank);
  });
}
