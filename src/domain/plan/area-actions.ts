/**
 * The plan's actions in the per-area shape of session format version 1 ({ what, who, byWhen }).
 * No page edits actions this way any more: the consensus page edits the plan itself
 * (src/features/plan). What is left here serves the group report, whose consensus rows still
 * list each area's actions in that shape (`areaActionsAsDrafts`, build-group-report.ts) until
 * the PDF shows the plan, and the test fixtures that describe a consensus with actions in it
 * (`splitAreaActions`). Remove each part when its last user goes.
 */
import type { Action } from './action-plan';
import { actionsFor } from './action-plan';
import type { Version1Action } from './from-version-1';
import { actionFromVersion1 } from './from-version-1';

/** An area's actions in the page's shape: `byWhen` is the due date or the words kept from an old file. */
export function areaActionsAsDrafts(
  actions: readonly Action[],
  dimensionId: string,
): Version1Action[] {
  return actionsFor(actions, dimensionId).map((a) => ({
    what: a.what,
    who: a.lead,
    byWhen: a.due ?? a.dueNote ?? '',
  }));
}

/**
 * The plan with the actions of `dimensionId` replaced by `drafts`, in the place of the area's
 * first action (or at the end when it had none). New actions get ids from `newId`. Pure.
 */
export function replaceAreaActions(
  actions: readonly Action[],
  dimensionId: Action['dimensionId'],
  drafts: readonly Version1Action[],
  newId: () => string,
): Action[] {
  const before = actionsFor(actions, dimensionId);
  const updated = drafts.map((draft, i) => {
    const fresh = actionFromVersion1(draft, dimensionId, before[i]?.id ?? newId());
    const old = before[i];
    if (!old) return fresh;
    const { due: _due, dueNote: _note, ...kept } = old;
    return {
      ...kept,
      what: fresh.what,
      lead: fresh.lead,
      ...(fresh.due === undefined ? {} : { due: fresh.due }),
      ...(fresh.dueNote === undefined ? {} : { dueNote: fresh.dueNote }),
    };
  });
  const first = actions.findIndex((a) => a.dimensionId === dimensionId);
  const others = actions.filter((a) => a.dimensionId !== dimensionId);
  const at = first < 0 ? others.length : first;
  return [...others.slice(0, at), ...updated, ...others.slice(at)];
}

/** A consensus record as the consensus page edits it: the area's actions inside, in the page's shape. */
export type RecordWithAreaActions<R> = R & {
  dimensionId: Action['dimensionId'];
  actions: readonly Version1Action[];
};

/**
 * Records as the consensus page edits them, split into records without actions and the plan with
 * each area's actions replaced (replaceAreaActions). Pure; new actions get ids from `newId`.
 */
export function splitAreaActions<R extends { dimensionId: Action['dimensionId'] }>(
  records: readonly (R | RecordWithAreaActions<R>)[],
  plan: readonly Action[],
  newId: () => string,
): { records: Omit<R, 'actions'>[]; actions: Action[] } {
  let actions = [...plan];
  const out = records.map((r) => {
    if (!('actions' in r) || !Array.isArray(r.actions)) return r;
    const { actions: drafts, ...rest } = r as RecordWithAreaActions<R>;
    actions = replaceAreaActions(actions, r.dimensionId, drafts, newId);
    return rest as Omit<R, 'actions'>;
  });
  return { records: out, actions };
}
