/**
 * Two tabs on the same device share one saved assessment. When another tab saves, this tab
 * reloads the saved answers, so neither tab overwrites the other's newer answers with stale
 * ones. (Both tabs write only on a change, and each change is a single item.)
 */
import type { Bank } from '../domain/bank/bank-schema';
import { reconcileWithBank } from './assessment-actions';
import { useAssessmentStore } from './assessment-store';

export function keepInStepWithOtherTabs(currentBank: () => Bank) {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    if (event.key !== useAssessmentStore.persist.getOptions().name && event.key !== null) return;
    void Promise.resolve(useAssessmentStore.persist.rehydrate()).then(() =>
      reconcileWithBank(currentBank()),
    );
  });
}
