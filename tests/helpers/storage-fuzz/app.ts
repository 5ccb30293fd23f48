/**
 * The app under test, as the storage model test drives it: each operation calls the same store
 * actions and readers that the pages call, in the same order. Loaded after the test's
 * localStorage is in place, because the stores read it when their modules load.
 */
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { AnswerValue } from '../../../src/domain/answers/answer-schema';
import type { ConsensusRecord } from '../../../src/domain/group/consensus';
import type { SessionDetails } from '../../../src/domain/group/session-link';
import type { AnyStore } from './world';

/** A chosen file, as the add-responses page gets it. */
export type FakeFile = { name: string; size: number; text: () => Promise<string> };

/** What the facilitator is told after adding: every input's source, in one of these lists. */
export type AddReport = {
  added: string[];
  /** Already in the session with the same answers. */
  already: string[];
  /** Listed with a reason why it was not added. */
  refused: string[];
  /** Named as not read (past the limit of inputs at once). */
  notRead: string[];
  /** Set when adding failed as a whole (for example, an error nobody sees). */
  failure?: string;
};

export type WarningKind = 'assessment' | 'group' | 'bank' | 'held';
/** A save warning on screen, with the file its download button gives. */
export type ShownWarning = { kind: WarningKind; download: string };

export type OpenedSession = {
  opened: boolean;
  /** How many damaged responses the facilitator is told about, each with a reason. */
  listed: number;
  /** What the facilitator can download of the damaged responses, if anything. */
  unreadable?: string;
};

export async function loadApp() {
  const assessmentActions = await import('../../../src/state/assessment-actions');
  const { useAssessmentStore } = await import('../../../src/state/assessment-store');
  const stored = await import('../../../src/state/stored-assessment');
  const groupActions = await import('../../../src/state/group-actions');
  const { useGroupStore, GROUP_STORAGE_KEY } = await import('../../../src/state/group-store');
  const bankStore = await import('../../../src/state/bank-store');
  const { useBankStore, CUSTOM_BANK_KEY } = bankStore;
  const { toResponseEnvelope } = await import('../../../src/state/response-envelope');
  const { keepInStepWithOtherTabs } = await import('../../../src/state/other-tabs');
  const { parseResponseFile, serializeResponse } =
    await import('../../../src/domain/response/response-file');
  const { parseSessionFile } = await import('../../../src/domain/group/session');
  const page = await import('../../../src/features/group/add-responses-page');

  let bankForOtherTabs: Bank | null = null;
  keepInStepWithOtherTabs(() => bankForOtherTabs!);

  const stores = [useAssessmentStore, useGroupStore, useBankStore] as unknown as AnyStore[];

  const report = (
    r: {
      added: { source: string }[];
      duplicates: { source: string }[];
      rejected: { source: string }[];
    } | null,
  ): AddReport | null =>
    r && {
      added: r.added.map((a) => a.source),
      already: r.duplicates.map((d) => d.source),
      refused: r.rejected.map((d) => d.source),
      notRead: [],
    };

  return {
    stores,
    keys: {
      assessment: stored.STORAGE_KEY,
      group: GROUP_STORAGE_KEY,
      bank: CUSTOM_BANK_KEY,
      keptAside: stored.KEPT_ASIDE_PREFIX,
    },
    readStoredAssessment: stored.readStoredAssessment,
    state: () => ({
      assessment: useAssessmentStore.getState(),
      group: useGroupStore.getState(),
      bank: useBankStore.getState(),
    }),
    /** What the app does once the stores have loaded (src/app/app.tsx). */
    async startUp(builtIn: Bank) {
      useAssessmentStore.persist.setOptions({ name: stored.STORAGE_KEY });
      await useAssessmentStore.persist.rehydrate();
      await useGroupStore.persist.rehydrate();
      assessmentActions.reconcileWithBank(builtIn);
      await bankStore.restoreCustomBank();
    },
    answer: (itemId: string, value: AnswerValue | undefined) =>
      assessmentActions.answerItem(itemId, value),
    comment: (sectionId: string, text: string) => assessmentActions.setComment(sectionId, text),
    /** The import page: read the file, then replace the answers (after the user confirms). */
    importResponse(bank: Bank, text: string): boolean {
      const parsed = parseResponseFile(text, bank);
      if (parsed.ok) assessmentActions.replaceWithResponse(bank, parsed.response);
      return parsed.ok;
    },
    startSession: (bank: Bank, details: SessionDetails) => groupActions.startSession(bank, details),
    endSession: () => groupActions.endSession(),
    /** The group home page's "open a saved session". */
    openSession(bank: Bank, text: string): OpenedSession {
      const parsed = parseSessionFile(text, bank);
      if (!parsed.ok) return { opened: false, listed: 0 };
      groupActions.restoreSession(parsed.session);
      return { opened: true, listed: 0 };
    },
    async addFiles(bank: Bank, files: FakeFile[]): Promise<AddReport | null> {
      let incoming;
      try {
        incoming = await page.readResponseFiles(bank, files as unknown as File[]);
      } catch (error) {
        return {
          added: [],
          already: [],
          refused: [],
          notRead: [],
          failure: `reading the files failed with an error nobody sees (${String(error)})`,
        };
      }
      return report(groupActions.addResponses(incoming));
    },
    addCodes(bank: Bank, text: string): { report: AddReport | null; leftOver: string } {
      const r = report(groupActions.addResponses(page.readCodes(bank, text)));
      return { report: r, leftOver: '' }; // the page empties the box after adding
    },
    /** The hand-in page's "hand in and clear for the next person". */
    handIn(bank: Bank): { error: string | null; responseId: string } {
      const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
      groupActions.handIn(envelope);
      assessmentActions.clearForNextPerson(bank);
      return { error: null, responseId: envelope.responseId };
    },
    addHandedIn(_bank: Bank): AddReport | null {
      return report(
        groupActions.addResponses(
          groupActions.takeHandedIn().map((response, i) => ({
            source: `Handed in on this device ${i + 1}`,
            result: { ok: true as const, response },
          })),
        ),
      );
    },
    remove: (responseId: string): unknown => groupActions.removeRespondent(responseId),
    undo: undefined as ((token: unknown) => void) | undefined,
    saveConsensus: (records: ConsensusRecord[]) => groupActions.saveConsensus(records),
    chooseCustom(bank: Bank, text: string): string | null {
      bankStore.chooseCustomBank(bank, text);
      return null;
    },
    chooseBuiltIn(builtIn: Bank): string | null {
      bankStore.chooseBuiltInBank(builtIn);
      return null;
    },
    deleteEverything: (bank: Bank) => assessmentActions.deleteEverything(bank),
    /** The save warnings on screen (src/app/save-warning.tsx), each with its download. */
    warnings(bankInUse: Bank): Promise<ShownWarning[]> {
      const a = useAssessmentStore.getState();
      return Promise.resolve(
        a.saveError
          ? [{ kind: 'assessment', download: serializeResponse(toResponseEnvelope(bankInUse, a)) }]
          : [],
      );
    },
    retry: undefined as (() => Promise<void>) | undefined,
    /** Another tab saved under `key`: the browser tells this tab with a storage event. */
    async otherTabSaved(key: string, bankInUse: Bank) {
      bankForOtherTabs = bankInUse;
      const event = Object.assign(new Event('storage'), {
        key,
        storageArea: window.localStorage,
      });
      window.dispatchEvent(event);
      // The listener reloads through a promise; let it finish.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

export type App = Awaited<ReturnType<typeof loadApp>>;
