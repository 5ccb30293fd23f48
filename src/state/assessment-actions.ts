/**
 * The only code that changes the store. Module-level functions, so callers need no hook and
 * tests can call them directly.
 */
import { isValidAnswer, type AnswerValue } from '../domain/answers/answer-schema';
import type { Bank } from '../domain/bank/bank-schema';
import type { ResponseEnvelope } from '../domain/response/response-schema';
import { allItems } from '../domain/bank/bank-queries';
import { forgetHeld, listKeptAside, removeRaw, setAside } from './device-storage';
import { emptyAssessment, useAssessmentStore } from './assessment-store';
import { STORAGE_KEY, type StoredAssessment } from './stored-assessment';
import { useLanguageStore } from './language-store';
import { planState, type PlanState } from '../domain/plan/action-plan';
import { setTarget, type DimensionId } from '../domain/plan/targets';

/** The language of the page, recorded with each free text as it is written. */
const writingIn = () => useLanguageStore.getState().language;

const now = () => new Date().toISOString();

/** Saves one answer (or clears it with `undefined`). Called on every change, not only on Continue. */
export function answerItem(itemId: string, value: AnswerValue | undefined) {
  useAssessmentStore.setState((s) => {
    const current = s.answers[itemId];
    if (JSON.stringify(current) === JSON.stringify(value)) return s;
    const answers = { ...s.answers };
    if (value === undefined) delete answers[itemId];
    else answers[itemId] = value;
    // Any text answer may be free text; toResponseEnvelope keeps only those of text items.
    if (typeof value !== 'string') return { answers, updatedAt: now() };
    const answerLanguages = { ...s.answerLanguages, [itemId]: writingIn() };
    return { answers, answerLanguages, updatedAt: now() };
  });
}

export function setComment(sectionId: string, text: string) {
  useAssessmentStore.setState((s) => {
    if ((s.comments[sectionId] ?? '') === text) return s;
    const comments = { ...s.comments };
    if (text.trim() === '') delete comments[sectionId];
    else comments[sectionId] = text;
    const commentLanguages = { ...s.commentLanguages, [sectionId]: writingIn() };
    return { comments, commentLanguages, updatedAt: now() };
  });
}

export function setPosition(sectionId: string, pageId: string) {
  const { position } = useAssessmentStore.getState();
  if (position?.sectionId === sectionId && position.pageId === pageId) return;
  useAssessmentStore.setState({ position: { sectionId, pageId } });
}

/**
 * Ties saved answers to the bank in use. Answers saved for another bank, or answers the bank
 * no longer accepts, are kept aside in full before anything is removed. If there is no space to
 * keep them aside, they stay saved as they are (new saves are refused, with a warning) until
 * there is.
 */
export function reconcileWithBank(bank: Bank) {
  const s = useAssessmentStore.getState();
  const key = useAssessmentStore.persist.getOptions().name ?? STORAGE_KEY;
  if (s.bankId === null) {
    useAssessmentStore.setState({ bankId: bank.id, bankVersion: bank.version });
    return;
  }
  const snapshot = (): StoredAssessment => ({
    bankId: s.bankId,
    bankVersion: s.bankVersion,
    responseId: s.responseId,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    answers: s.answers,
    comments: s.comments,
    position: s.position,
    finished: s.finished,
    commentLanguages: s.commentLanguages,
    answerLanguages: s.answerLanguages,
  });
  if (s.bankId !== bank.id) {
    setAside(
      key,
      JSON.stringify({ state: snapshot(), version: 0 }),
      `These answers belong to another question bank ("${s.bankId}" version ${s.bankVersion}).`,
    );
    useAssessmentStore.setState({
      ...emptyAssessment(),
      bankId: bank.id,
      bankVersion: bank.version,
      keptAside: listKeptAside(),
    });
    return;
  }
  const items = new Map(allItems(bank).map((i) => [i.id, i]));
  const sections = new Set(bank.sections.map((sec) => sec.id));
  // Checked against this bank's own scale: a bank may use other points than 1 to 5.
  const scale = bank.scale.points.map((p) => p.value);
  const answers = Object.fromEntries(
    Object.entries(s.answers).filter(([id, v]) => {
      const item = items.get(id);
      return item !== undefined && isValidAnswer(item, v, scale);
    }),
  );
  const comments = Object.fromEntries(
    Object.entries(s.comments).filter(([id]) => sections.has(id)),
  );
  const dropped =
    Object.keys(s.answers).length -
    Object.keys(answers).length +
    Object.keys(s.comments).length -
    Object.keys(comments).length;
  if (dropped > 0) {
    setAside(
      key,
      JSON.stringify({ state: snapshot(), version: 0 }),
      `${dropped} saved answer(s) did not fit version ${bank.version} of the question bank.`,
    );
  }
  useAssessmentStore.setState({
    answers,
    comments,
    bankVersion: bank.version,
    keptAside: listKeptAside(),
  });
}

/** "Delete my answers from this device": removes the answers and anything kept aside. */
export function deleteEverything(bank: Bank) {
  for (const k of listKeptAside()) removeRaw(k.key);
  removeRaw(STORAGE_KEY);
  forgetHeld(STORAGE_KEY);
  forgetHeld(useAssessmentStore.persist.getOptions().name ?? STORAGE_KEY);
  useAssessmentStore.setState({
    ...emptyAssessment(),
    bankId: bank.id,
    bankVersion: bank.version,
    keptAside: [],
    migratedFrom: null,
  });
}

/**
 * Replaces the saved assessment with an imported response (already validated against the
 * bank by parseResponseFile). The caller asks the user first when answers are already saved.
 */
export function replaceWithResponse(bank: Bank, response: ResponseEnvelope) {
  useAssessmentStore.setState({
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: response.responseId,
    createdAt: response.createdAt,
    updatedAt: response.updatedAt,
    answers: { ...response.answers },
    comments: { ...response.comments },
    commentLanguages: { ...response.commentLanguages },
    answerLanguages: { ...response.answerLanguages },
    targets: { ...response.targets },
    actions: [...response.actions],
    position: null,
    finished: bank.sections.map((s) => s.id),
  });
}

/** Sets (a number) or clears (null) the respondent's own target for one area. */
export function setOwnTarget(dimensionId: DimensionId, score: number | null) {
  useAssessmentStore.setState((s) => ({
    targets: setTarget(s.targets ?? {}, dimensionId, score),
    updatedAt: now(),
  }));
}

let ownLastRemoved: PlanState['lastRemoved'] = null;

/** The respondent's own plan as the operations in src/domain/plan/action-plan.ts take it. */
export function ownPlan(): PlanState {
  return { ...planState(useAssessmentStore.getState().actions ?? []), lastRemoved: ownLastRemoved };
}

/** Applies one plan operation to the respondent's own plan and saves it. */
export function changeOwnPlan(change: (plan: PlanState) => PlanState) {
  const before = useAssessmentStore.getState().actions ?? [];
  const next = change(ownPlan());
  ownLastRemoved = next.lastRemoved;
  if (JSON.stringify(next.actions) !== JSON.stringify(before))
    useAssessmentStore.setState({ actions: next.actions, updatedAt: now() });
}

/** Records that the user went through a section to its end. */
export function finishSection(sectionId: string) {
  const { finished } = useAssessmentStore.getState();
  if (!finished.includes(sectionId))
    useAssessmentStore.setState({ finished: [...finished, sectionId] });
}

/** Pass the device: a fresh, empty assessment for the next person (nothing kept aside is touched). */
export function clearForNextPerson(bank: Bank) {
  useAssessmentStore.setState({ ...emptyAssessment(), bankId: bank.id, bankVersion: bank.version });
}

/** Reads again what is kept aside on this device, for pages that list it. */
export function refreshKeptAside() {
  useAssessmentStore.setState({ keptAside: listKeptAside() });
}

export function discardKeptAside(key: string) {
  removeRaw(key);
  useAssessmentStore.setState({ keptAside: listKeptAside() });
}
