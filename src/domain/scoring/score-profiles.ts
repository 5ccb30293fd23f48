/**
 * The descriptive profiles: the accountability mix, why the partnership collaborates, its
 * starting conditions and how communities are involved. None of these is a score.
 *
 * Accountability mix. The grid of the `accountability` profile has one row per approach
 * (results, system health, ...) and options whose weights name the uses they stand for. The
 * use matrix has one column per accountability target except `not-used` (the target the
 * "not used" option weighs towards): a cell is true when the row's chosen option gives that
 * use a positive weight. A row is "in use" when any of its cells is true. Flags come from
 * `bank.accountability.flags`, and are raised only when at least one row is answered with an
 * option (a grid left blank or all Don't know says nothing):
 *   only-row  raised when that row is in use and no other row is;
 *   none-for  raised when no row's chosen option gives a positive weight to that key.
 *
 * Simple profiles (justification, starting-conditions, community-involvement): the targets the
 * chosen options weigh towards, with their names, in the bank's target order, plus each item's
 * chosen options so that a screen can show them as answered.
 */
import type { Bank, GridItem, ProfileId } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { DONT_KNOW } from '../answers/answer-schema';
import type { AnswerMap } from '../answers/answer-schema';
import { answerFor, chosenOptions, profileChoiceItems, weightOf } from './choice-answers';

/** The accountability target that means "this approach is not used": never a use column. */
export const NOT_USED_TARGET = 'not-used';

export type AccountabilityRow = {
  rowId: string;
  label: string;
  /** The chosen option id, 'dk', or null when the row is unanswered. */
  answer: string | null;
  optionLabel: string | null;
  /** Use column id -> whether the chosen option stands for that use. */
  uses: Record<string, boolean>;
  inUse: boolean;
};

export type AccountabilityFlag = { id: string; text: string };

export type AccountabilityResult = {
  itemId: string | null;
  /** The use columns (accountability targets other than `not-used`), in bank order. */
  columns: { id: string; name: string }[];
  rows: AccountabilityRow[];
  /** Rows answered with an option (not Don't know). */
  answeredRows: number;
  flags: AccountabilityFlag[];
};

export type ChosenItem = {
  itemId: string;
  text: string;
  /** Chosen options in option order, 'dk', or null when unanswered. */
  chosen: { id: string; label: string }[] | 'dk' | null;
};

export type SimpleProfile = {
  profile: ProfileId;
  /** Targets any chosen option weighs towards, in the bank's target order. */
  targets: { id: string; name: string }[];
  items: ChosenItem[];
};

export type ProfilesResult = {
  accountability: AccountabilityResult;
  justification: SimpleProfile;
  startingConditions: SimpleProfile;
  communityInvolvement: SimpleProfile;
};

function accountabilityGrid(bank: Bank): GridItem | undefined {
  return allItems(bank).find(
    (i): i is GridItem => i.kind === 'grid' && i.profile === 'accountability',
  );
}

/** The accountability grid as a use matrix, with the bank's flags evaluated on it. */
export function scoreAccountability(bank: Bank, answers: AnswerMap): AccountabilityResult {
  const grid = accountabilityGrid(bank);
  const columns = (bank.profiles.accountability ?? [])
    .filter((t) => t.id !== NOT_USED_TARGET)
    .map((t) => ({ id: t.id, name: t.name }));
  if (!grid) return { itemId: null, columns, rows: [], answeredRows: 0, flags: [] };

  const value = answerFor(answers, grid.id);
  const cells =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const chosenPerRow = grid.rows.map((row) => {
    const v = Object.hasOwn(cells, row.id) ? cells[row.id] : undefined;
    const option = grid.options.find((o) => o.id === v);
    return { row, answer: option ? option.id : v === DONT_KNOW ? DONT_KNOW : null, option };
  });
  const rows: AccountabilityRow[] = chosenPerRow.map(({ row, answer, option }) => {
    const uses = Object.fromEntries(
      columns.map((c) => [c.id, option ? weightOf(option, c.id) > 0 : false]),
    );
    return {
      rowId: row.id,
      label: row.label,
      answer,
      optionLabel: option?.label ?? null,
      uses,
      inUse: Object.values(uses).some(Boolean),
    };
  });
  const answeredRows = chosenPerRow.filter((r) => r.option).length;

  const flags: AccountabilityFlag[] =
    answeredRows === 0
      ? []
      : bank.accountability.flags
          .filter((flag) => {
            if (flag.rule.kind === 'only-row') {
              const row = flag.rule.row;
              return (
                rows.some((r) => r.rowId === row && r.inUse) &&
                rows.every((r) => r.rowId === row || !r.inUse)
              );
            }
            const key = flag.rule.key;
            return chosenPerRow.every((r) => !r.option || weightOf(r.option, key) <= 0);
          })
          .map((flag) => ({ id: flag.id, text: flag.text }));

  return { itemId: grid.id, columns, rows, answeredRows, flags };
}

/** The targets chosen in one simple profile. */
export function summariseProfile(
  bank: Bank,
  profile: ProfileId,
  answers: AnswerMap,
): SimpleProfile {
  const picked = new Set<string>();
  const items: ChosenItem[] = profileChoiceItems(bank, profile).map((item) => {
    const value = answerFor(answers, item.id);
    const chosen = chosenOptions(item, value);
    for (const o of chosen ?? [])
      for (const [key, w] of Object.entries(o.weights)) if (w > 0) picked.add(key);
    return {
      itemId: item.id,
      text: item.text,
      chosen: chosen
        ? chosen.map((o) => ({ id: o.id, label: o.label }))
        : value === DONT_KNOW
          ? DONT_KNOW
          : null,
    };
  });
  const targets = (bank.profiles[profile] ?? [])
    .filter((t) => picked.has(t.id))
    .map((t) => ({ id: t.id, name: t.name }));
  return { profile, targets, items };
}

/** All the descriptive profiles. */
export function scoreProfiles(bank: Bank, answers: AnswerMap): ProfilesResult {
  return {
    accountability: scoreAccountability(bank, answers),
    justification: summariseProfile(bank, 'justification', answers),
    startingConditions: summariseProfile(bank, 'starting-conditions', answers),
    communityInvolvement: summariseProfile(bank, 'community-involvement', answers),
  };
}
