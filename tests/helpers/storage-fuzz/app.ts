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

export type WarningKind = 'assessment' | 'group' | 'bank' | 'language' | 'held';
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
  const { onSavedElsewhere } = await import('../../../src/state/other-tabs');
  const { useSaveStatus } = await import('../../../src/state/device-storage');
  const unsaved = await import('../../../src/state/unsaved');
  const { parseResponseFile } = await import('../../../src/domain/response/response-file');
  const { parseSessionFile } = await import('../../../src/domain/group/session');
  const { readEarlierCycle } = await import('../../../src/domain/plan/next-cycle');
  const read = await import('../../../src/features/group/read-responses');

  const stores = [
    useAssessmentStore,
    useGroupStore,
    useBankStore,
    useSaveStatus,
  ] as unknown as AnyStore[];

  const report = (
    r: {
      added: { source: string }[];
      duplicates: { source: string }[];
      rejected: { source: string }[];
    } | null,
    notRead: string[] = [],
  ): AddReport | null =>
    r && {
      added: r.added.map((a) => a.source),
      already: r.duplicates.map((d) => d.source),
      refused: r.rejected.map((d) => d.source),
      notRead,
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
      return { opened: true, listed: parsed.unreadable.length };
    },
    /** The next-cycle page: read the earlier file, then start a session from it. */
    startNextCycle(bank: Bank, text: string, details: SessionDetails): boolean {
      const read = readEarlierCycle(bank, text);
      if (read.ok) groupActions.startNextCycleSession(bank, read.earlier, details);
      return read.ok;
    },
    /** The add-responses page's files (chosen or dropped). */
    async addFiles(bank: Bank, files: FakeFile[]): Promise<AddReport | null> {
      let inputs;
      try {
        inputs = await read.readResponseFiles(bank, files as unknown as File[]);
      } catch (error) {
        return {
          added: [],
          already: [],
          refused: [],
          notRead: [],
          failure: `reading the files failed with an error nobody sees (${String(error)})`,
        };
      }
      return report(groupActions.addResponses(inputs.incoming), inputs.notRead);
    },
    /** The add-responses page's codes box: what is added, and what stays in the box. */
    addCodes(bank: Bank, text: string): { report: AddReport | null; leftOver: string } {
      const inputs = read.readCodes(bank, text);
      const result = groupActions.addResponses(inputs.incoming);
      return {
        report: report(result, inputs.notRead),
        leftOver: read.codesLeftOver(inputs, result, inputs.notRead),
      };
    },
    /** The hand-in page's "hand in and clear for the next person". */
    handIn(bank: Bank): { error: string | null; responseId: string } {
      const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
      const before = new Set(useGroupStore.getState().handedIn.map((r) => r.responseId));
      const error = groupActions.handInAndClear(bank, envelope);
      const added = useGroupStore.getState().handedIn.find((r) => !before.has(r.responseId));
      return { error, responseId: added?.responseId ?? envelope.responseId };
    },
    addHandedIn: (bank: Bank): AddReport | null => report(groupActions.addHandedIn(bank)),
    remove: (responseId: string): unknown => groupActions.removeRespondent(responseId),
    undo: (token: unknown) =>
      groupActions.undoRemove(
        token as NonNullable<ReturnType<typeof groupActions.removeRespondent>>,
      ),
    saveConsensus: (records: ConsensusRecord[]) => groupActions.saveConsensus(records),
    chooseCustom: (bank: Bank, text: string): string | null =>
      bankStore.chooseCustomBank(bank, text),
    chooseBuiltIn: (builtIn: Bank): string | null => bankStore.chooseBuiltInBank(builtIn),
    deleteEverything: (bank: Bank) => assessmentActions.deleteEverything(bank),
    /** The save warning on screen (src/app/save-warning.tsx): each part and its download. */
    async warnings(bankInUse: Bank): Promise<ShownWarning[]> {
      const parts = unsaved.unsavedParts(useSaveStatus.getState());
      return Promise.all(
        parts.map(async (part) => ({
          kind: part.kind,
          download: (await unsaved.unsavedFile(part, bankInUse))?.text ?? '',
        })),
      );
    },
    retry: unsaved.retrySaving,
    /** Another tab saved under `key`: what the app's storage-event listener runs. */
    otherTabSaved: (key: string, bankInUse: Bank) => onSavedElsewhere(key, () => bankInUse),
  };
}

export type App = Awaited<ReturnType<typeof loadApp>>;
