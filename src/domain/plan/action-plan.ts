/**
 * The action plan: what a partnership (or one respondent) will do to move towards its targets.
 *
 * An action:
 *   id          stable identifier, made by the caller (the domain makes no random numbers);
 *               letters, digits, hyphens or underscores; the calendar file's UID comes from it
 *   what        what will be done (required)
 *   dimensionId the area it is about
 *   lead        who leads it: an organisation or a role, free text. The form says to leave out
 *               the names of people who are not in the room.
 *   due         optional due date, YYYY-MM-DD (a real calendar day)
 *   dueNote     optional: "by when" in words, kept from a file made before dates were asked for
 *               ("by the spring") when it was not a date
 *   status      not-started | under-way | done | dropped
 *   measure     how we will know it worked
 *   resources   optional: what it needs (money, time, people)
 *   carriedFrom optional, for an action brought from an earlier cycle: the id and date of the
 *               session (or response) it came from, and its name
 *   reviewNote  optional, for a carried-over action: what happened
 *
 * A plan is a list, in the order the group put it (first = do first). The operations below are
 * pure: each takes a plan state and returns a new one, never changing its input, so a zustand
 * store can call them directly (`set((s) => ({ plan: moveAction(s.plan, id, 0) }))`). Removing
 * an action remembers it, with its place, until another is removed; `undoRemove` puts it back.
 */
import { msg } from '@lingui/core/macro';
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { DIMENSION_IDS } from '../bank/bank-ids';
import type { Message } from '../said';

export const ACTION_STATUSES = ['not-started', 'under-way', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MAX_PLAN_ACTIONS = 120;
export const MAX_ACTION_WHAT = 500;
export const MAX_ACTION_LEAD = 200;
export const MAX_ACTION_DUE_NOTE = 100;
export const MAX_ACTION_MEASURE = 1000;
export const MAX_ACTION_RESOURCES = 1000;
export const MAX_REVIEW_NOTE = 2000;

/** Whether `text` is YYYY-MM-DD and names a real day (no 31 April, 29 February only in leap years). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const CalendarDaySchema = z
  .string()
  .check(z.maxLength(10), z.refine(isCalendarDay, 'must be a date, like 2025-03-01'));

export const ActionIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(60),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, hyphens or underscores'),
  );

export const ActionSchema = z.object({
  id: ActionIdSchema,
  what: z
    .string()
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_ACTION_WHAT)),
  dimensionId: z.enum(DIMENSION_IDS),
  lead: z._default(z.string().check(z.trim(), z.maxLength(MAX_ACTION_LEAD)), ''),
  due: z.optional(CalendarDaySchema),
  dueNote: z.optional(z.string().check(z.trim(), z.maxLength(MAX_ACTION_DUE_NOTE))),
  status: z._default(z.enum(ACTION_STATUSES), 'not-started'),
  measure: z._default(z.string().check(z.trim(), z.maxLength(MAX_ACTION_MEASURE)), ''),
  resources: z.optional(z.string().check(z.trim(), z.maxLength(MAX_ACTION_RESOURCES))),
  carriedFrom: z.optional(
    z.object({
      id: ActionIdSchema,
      date: CalendarDaySchema,
      name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    }),
  ),
  reviewNote: z.optional(z.string().check(z.trim(), z.maxLength(MAX_REVIEW_NOTE))),
});
export type Action = z.infer<typeof ActionSchema>;

/** The fields of an action in the order a file writes them. */
export const ACTION_KEYS = [
  'id',
  'what',
  'dimensionId',
  'lead',
  'due',
  'dueNote',
  'status',
  'measure',
  'resources',
  'carriedFrom',
  'reviewNote',
] as const;

/** The action with its keys in file order and empty optional fields left out. */
export function orderedAction(a: Action): Action {
  return {
    id: a.id,
    what: a.what,
    dimensionId: a.dimensionId,
    lead: a.lead,
    ...(a.due === undefined ? {} : { due: a.due }),
    ...(a.dueNote === undefined ? {} : { dueNote: a.dueNote }),
    status: a.status,
    measure: a.measure,
    ...(a.resources === undefined ? {} : { resources: a.resources }),
    ...(a.carriedFrom === undefined
      ? {}
      : {
          carriedFrom: {
            id: a.carriedFrom.id,
            date: a.carriedFrom.date,
            ...(a.carriedFrom.name === undefined ? {} : { name: a.carriedFrom.name }),
          },
        }),
    ...(a.reviewNote === undefined ? {} : { reviewNote: a.reviewNote }),
  };
}

// ---------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------

export type PlanState = {
  actions: Action[];
  /** The last action removed and where it was, for "Undo"; null when there is nothing to undo. */
  lastRemoved: { action: Action; index: number } | null;
};

export function planState(actions: readonly Action[]): PlanState {
  return { actions: [...actions], lastRemoved: null };
}

/** Adds `action` at the end (or at `index`). Unchanged when its id is taken or the plan is full. */
export function addAction(plan: PlanState, action: Action, index?: number): PlanState {
  if (plan.actions.length >= MAX_PLAN_ACTIONS || plan.actions.some((a) => a.id === action.id))
    return plan;
  const at = clampIndex(index ?? plan.actions.length, plan.actions.length);
  const actions = [...plan.actions];
  actions.splice(at, 0, action);
  return { ...plan, actions };
}

export type ActionChanges = Partial<Omit<Action, 'id'>>;

/**
 * Changes the fields given for the action with `id`; a field given as undefined is removed
 * (an optional one) or left as it was (a required one). Unchanged when there is no such action.
 */
export function editAction(plan: PlanState, id: string, changes: ActionChanges): PlanState {
  const at = plan.actions.findIndex((a) => a.id === id);
  if (at < 0) return plan;
  const before = plan.actions[at]!;
  const next: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (OPTIONAL_KEYS.has(key)) delete next[key];
    } else next[key] = value;
  }
  const actions = [...plan.actions];
  actions[at] = next as Action;
  return { ...plan, actions };
}
const OPTIONAL_KEYS = new Set(['due', 'dueNote', 'resources', 'carriedFrom', 'reviewNote']);

/** Moves the action with `id` to `index` (clamped to the list); the others keep their order. */
export function moveAction(plan: PlanState, id: string, index: number): PlanState {
  const from = plan.actions.findIndex((a) => a.id === id);
  if (from < 0) return plan;
  const actions = [...plan.actions];
  const [moved] = actions.splice(from, 1);
  actions.splice(clampIndex(index, actions.length), 0, moved!);
  return { ...plan, actions };
}

/** Moves the action with `id` one place up (-1) or down (+1), as the form's buttons do. */
export function nudgeAction(plan: PlanState, id: string, by: -1 | 1): PlanState {
  const from = plan.actions.findIndex((a) => a.id === id);
  return from < 0 ? plan : moveAction(plan, id, Math.max(0, from + by));
}

/** Removes the action with `id`, remembering it (and its place) for `undoRemove`. */
export function removeAction(plan: PlanState, id: string): PlanState {
  const index = plan.actions.findIndex((a) => a.id === id);
  if (index < 0) return plan;
  return {
    actions: plan.actions.filter((_, i) => i !== index),
    lastRemoved: { action: plan.actions[index]!, index },
  };
}

/** Puts the last removed action back where it was (or at the end if the list is now shorter). */
export function undoRemove(plan: PlanState): PlanState {
  const removed = plan.lastRemoved;
  if (!removed) return plan;
  const cleared = { ...plan, lastRemoved: null };
  if (plan.actions.some((a) => a.id === removed.action.id)) return cleared;
  const actions = [...plan.actions];
  actions.splice(clampIndex(removed.index, actions.length), 0, removed.action);
  return { actions, lastRemoved: null };
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.min(length, Math.max(0, Math.trunc(index)));
}

/** The actions for one area, in plan order. */
export function actionsFor(actions: readonly Action[], dimensionId: string): Action[] {
  return actions.filter((a) => a.dimensionId === dimensionId);
}

/** Whether an action is overdue on `today` (YYYY-MM-DD): due before today and not done or dropped. */
export function isOverdue(action: Action, today: string): boolean {
  return (
    action.due !== undefined &&
    action.due < today &&
    action.status !== 'done' &&
    action.status !== 'dropped'
  );
}

// ---------------------------------------------------------------------------------------
// Carrying actions to the next cycle
// ---------------------------------------------------------------------------------------

/**
 * An earlier cycle's actions, ready for review in a new one: each keeps its id, fields and
 * status, and records the cycle it came from. Actions already carried keep their first origin
 * and review note. Done and dropped actions come too, so the review can say what happened.
 */
export function carryOver(
  actions: readonly Action[],
  from: { id: string; date: string; name?: string },
): Action[] {
  return actions.map((a) => ({
    ...a,
    carriedFrom: a.carriedFrom ?? { ...from },
    reviewNote: a.reviewNote ?? '',
  }));
}

// ---------------------------------------------------------------------------------------
// Checking an action before it is saved
// ---------------------------------------------------------------------------------------

export type ActionProblem = {
  /** The field the message is about, for the form's error. */
  field: 'what' | 'dimensionId' | 'lead' | 'due' | 'measure' | 'resources' | 'reviewNote';
  message: Message;
};

/** What is wrong with one action as a form would save it, in plain words. Empty when valid. */
export function validateAction(bank: Bank, action: Action, number: number): ActionProblem[] {
  const problems: ActionProblem[] = [];
  const maxWhat = MAX_ACTION_WHAT;
  const maxLead = MAX_ACTION_LEAD;
  const maxMeasure = MAX_ACTION_MEASURE;
  const maxResources = MAX_ACTION_RESOURCES;
  const maxNote = MAX_REVIEW_NOTE;
  if (action.what.trim() === '')
    problems.push({ field: 'what', message: msg`Enter what action ${number} is` });
  else if (action.what.length > MAX_ACTION_WHAT)
    problems.push({
      field: 'what',
      message: msg`What action ${number} is must be ${maxWhat} characters or fewer`,
    });
  if (!bank.dimensions.some((d) => d.id === action.dimensionId))
    problems.push({ field: 'dimensionId', message: msg`Select the area action ${number} is for` });
  if (action.lead.length > MAX_ACTION_LEAD)
    problems.push({
      field: 'lead',
      message: msg`Who leads action ${number} must be ${maxLead} characters or fewer`,
    });
  if (action.due !== undefined && !isCalendarDay(action.due))
    problems.push({
      field: 'due',
      message: msg`The date action ${number} is due must be a real date, for example 27 3 2027`,
    });
  if (action.measure.length > MAX_ACTION_MEASURE)
    problems.push({
      field: 'measure',
      message: msg`How you will know action ${number} worked must be ${maxMeasure} characters or fewer`,
    });
  if ((action.resources ?? '').length > MAX_ACTION_RESOURCES)
    problems.push({
      field: 'resources',
      message: msg`What action ${number} needs must be ${maxResources} characters or fewer`,
    });
  if ((action.reviewNote ?? '').length > MAX_REVIEW_NOTE)
    problems.push({
      field: 'reviewNote',
      message: msg`What happened with action ${number} must be ${maxNote} characters or fewer`,
    });
  return problems;
}

/** The words for each status, for forms, tables, the spreadsheet and the calendar. */
export const STATUS_WORDS: Record<ActionStatus, Message> = {
  'not-started': msg`Not started`,
  'under-way': msg`Under way`,
  done: msg`Done`,
  dropped: msg`Dropped`,
};
