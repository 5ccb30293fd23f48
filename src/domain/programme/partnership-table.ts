/**
 * The programme's partnership table for other tools: one row per partnership cycle, with the
 * figures an analyst cannot easily work out from the long table in SQL: the best-fit type and
 * the governance mode in use. Written beside the long table (docs/programme-data.md).
 *
 * Rule (the programme page's, so that a count by type in DuckDB matches the page)
 *   - Best-fit type: the type most respondents' answers fit best (score-typology.ts, one result
 *     per respondent). A respondent whose result is a blend of two types, or who answered too
 *     few typology questions, counts for no type. Nobody with a single type, or a tie at the
 *     top, gives no clear type (null).
 *   - Governance mode: the mode most respondents name (score-governance.ts, `modeInUse`); "not clear",
 *     Don't know and no answer count for none; a tie or nobody gives null.
 *   - A cycle with fewer than 3 respondents has `small` true. Its type and mode are still
 *     written: its answers are in the long table anyway, and these figures are read from them.
 *
 * Rows in partnership order, then cycle order; cycles of another bank are left out, as in the
 * long table. Pure.
 */
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { mayShowGroup } from '../privacy/privacy-rule';
import type { AnswerMap } from '../answers/answer-schema';
import {
  answerFor,
  chosenOptions,
  maxWeight,
  meanWeight,
  profileChoiceItems,
} from '../scoring/choice-answers';
import { roundScore, SCORE_EPSILON } from '../scoring/round-score';
import { modeInUse } from '../scoring/score-governance';
import { createPartitions, type Partition } from './partitions';
import type { ProgrammeCycle, ProgrammeData } from './programme-model';
import { modal } from './modal';

export type PartnershipColumns = {
  partnership: string[];
  partnership_name: string[];
  cycle: number[];
  cycle_date: string[];
  bank_id: string[];
  respondents: number[];
  small: boolean[];
  best_fit_type: (string | null)[];
  governance_mode: (string | null)[];
};

export type PartnershipPartition = Partition<PartnershipColumns>;

/**
 * The bank with only the choice items the typology and the governance mode read, in bank order:
 * both scorers find their items by profile among all the bank's items, once per respondent, and
 * with 20,000 respondents that search of some 70 items costs more than the scoring. The result is
 * the same, since nothing else of the bank's sections is read.
 */
export function typologyBank(bank: Bank): Bank {
  const items = allItems(bank).filter(
    (i) => i.kind === 'choice' && (i.profile === 'typology' || i.profile === 'governance-mode'),
  );
  if (items.length === 0) return { ...bank, sections: [] };
  const first = bank.sections[0]!;
  return {
    ...bank,
    sections: [{ ...first, pages: [{ ...first.pages[0]!, items }] }],
  };
}

/**
 * A respondent's single best-fit type, or null (a blend, too few answers, no fit): the same
 * answer as `scoreTypology(bank, answers)`'s `bestFit` when its `blend` is null, with the same
 * arithmetic in the same order, but with each item's largest weight per type worked out once
 * per table rather than once per respondent, and without the ranking's reasons, which the
 * table does not use. tests/unit/programme/partnership-table.test.ts checks the two agree.
 */
export function singleTypeScorer(bank: Bank): (answers: AnswerMap) => string | null {
  const types = bank.typology.types.map((t) => t.id);
  const { minAnswered, blendMargin } = bank.typology;
  const items = profileChoiceItems(bank, 'typology').map((item) => ({
    item,
    // The types this item speaks for or against, with importance × its largest weight.
    targets: types.flatMap((typeId, index) => {
      const most = maxWeight(item, typeId);
      return most > 0 ? [{ typeId, index, top: item.importance * most }] : [];
    }),
  }));
  return (answers) => {
    const numerator = new Array<number>(types.length).fill(0);
    const denominator = new Array<number>(types.length).fill(0);
    let answered = 0;
    for (const { item, targets } of items) {
      const chosen = chosenOptions(item, answerFor(answers, item.id));
      if (!chosen) continue;
      answered += 1;
      for (const t of targets) {
        numerator[t.index]! += item.importance * meanWeight(chosen, t.typeId);
        denominator[t.index]! += t.top;
      }
    }
    if (answered < minAnswered) return null;
    // The best and second-best rounded fits; on equal fits the first in bank order ranks first.
    let first = -1;
    let firstFit = -1;
    let secondFit: number | null = null;
    for (let i = 0; i < types.length; i += 1) {
      const den = denominator[i]!;
      if (den <= 0) continue;
      const fit = roundScore(Math.min(100, (100 * numerator[i]!) / den));
      if (first < 0 || fit > firstFit) {
        if (first >= 0) secondFit = firstFit;
        first = i;
        firstFit = fit;
      } else if (secondFit === null || fit > secondFit) secondFit = fit;
    }
    if (first < 0) return null;
    if (secondFit !== null && firstFit - secondFit <= blendMargin + SCORE_EPSILON) return null;
    return types[first]!;
  };
}

/** A cycle's best-fit type and governance mode (see the rule above). */
export function cycleTypeAndMode(
  bank: Bank,
  cycle: ProgrammeCycle,
  typeOf: (answers: AnswerMap) => string | null = singleTypeScorer(bank),
): { typeId: string | null; modeId: string | null } {
  const types = new Map<string, number>();
  const modes = new Map<string, number>();
  const modeIds = new Set(bank.governance.modes.map((m) => m.id));
  for (const r of cycle.responses) {
    const typeId = typeOf(r.answers);
    if (typeId !== null) types.set(typeId, (types.get(typeId) ?? 0) + 1);
    const { inUse } = modeInUse(bank, r.answers);
    if (inUse !== null && modeIds.has(inUse)) modes.set(inUse, (modes.get(inUse) ?? 0) + 1);
  }
  return { typeId: modal(types), modeId: modal(modes) };
}

/** The partnership table, in the same partitions (bank version, year) as the long table. */
export function buildPartnershipTable(data: ProgrammeData, bank: Bank): PartnershipPartition[] {
  const slim = typologyBank(bank);
  const typeOf = singleTypeScorer(slim);
  const partitions = createPartitions((): PartnershipColumns => ({
    partnership: [],
    partnership_name: [],
    cycle: [],
    cycle_date: [],
    bank_id: [],
    respondents: [],
    small: [],
    best_fit_type: [],
    governance_mode: [],
  }));
  for (const partnership of data.partnerships) {
    partnership.cycles.forEach((cycle, index) => {
      if (cycle.bankId !== bank.id) return;
      const partition = partitions.of(cycle);
      const { typeId, modeId } = cycleTypeAndMode(slim, cycle, typeOf);
      const c = partition.columns;
      c.partnership.push(partnership.key);
      c.partnership_name.push(partnership.name);
      c.cycle.push(index + 1);
      c.cycle_date.push(cycle.date);
      c.bank_id.push(cycle.bankId);
      c.respondents.push(cycle.responses.length);
      c.small.push(!mayShowGroup(cycle.responses.length));
      c.best_fit_type.push(typeId);
      c.governance_mode.push(modeId);
      partition.rows += 1;
    });
  }
  return partitions.list();
}
