// @vitest-environment node
/**
 * A cycle's summary asks scoring only for what it uses (typologyFit, modeInUse, and
 * groupMedianScores rather than the whole aggregate), and what scoring works out from the bank
 * alone is kept per bank. The results must be what they were: these compare with the typology
 * scoring before (tests/helpers/programme-before, verbatim) and with the summary as it was
 * defined (aggregateGroup, scoreTypology and scoreGovernance for every respondent), on the group
 * test bank and on the real one, over generated answers (typology answers that are valid,
 * Don't know, repeated or unknown options included).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import { summariseCycle } from '../../../src/domain/programme/programme-views';
import { modal } from '../../../src/domain/programme/modal';
import type { ProgrammeCycle } from '../../../src/domain/programme/programme-model';
import { modeInUse, scoreGovernance } from '../../../src/domain/scoring/score-governance';
import { scoreTypology, typologyFit } from '../../../src/domain/scoring/score-typology';
import { scoreTypology as scoreTypologyBefore } from '../../helpers/programme-before/score-typology';
import { loadFuzzWorld } from '../../helpers/fuzz-harness';
import { answersArb, makeGroupBank } from '../group/group-helpers';

/** Answers to `bank` with the choice items' answers sometimes odd: repeated, unknown, empty. */
function messyAnswers(bank: Bank): fc.Arbitrary<AnswerMap> {
  const choices = allItems(bank).filter((i) => i.kind === 'choice');
  const odd = fc.oneof(
    fc.constant('dk'),
    fc.constant('no-such-option'),
    fc.constant<string[]>([]),
    fc.constant<string[]>(['no-such-option']),
    fc
      .constantFrom(...choices.flatMap((i) => (i.kind === 'choice' ? i.options : [])))
      .map((o) => [o.id, o.id]),
    fc
      .constantFrom(...choices.flatMap((i) => (i.kind === 'choice' ? i.options : [])))
      .map((o) => o.id),
  );
  // Often every choice answered, so that enough typology indicators are for a best fit.
  const filled = fc.option(
    fc.tuple(
      ...choices.map((i) =>
        fc
          .constantFrom(...(i.kind === 'choice' ? i.options : []))
          .map((o) => (i.kind === 'choice' && i.multiple ? [o.id] : o.id)),
      ),
    ),
    { nil: undefined },
  );
  return fc
    .tuple(
      answersArb(bank),
      filled,
      fc.array(fc.tuple(fc.nat(choices.length - 1), odd), { maxLength: 3 }),
    )
    .map(([answers, all, edits]) => {
      const out: AnswerMap = { ...answers };
      all?.forEach((value, i) => (out[choices[i]!.id] = value));
      for (const [i, value] of edits) out[choices[i]!.id] = value;
      return out;
    });
}

/** The summary as it was defined: every respondent scored in full. */
function summaryBefore(bank: Bank, cycle: ProgrammeCycle) {
  const aggregate = aggregateGroup(bank, cycle.responses);
  const types = new Map<string, number>();
  const modes = new Map<string, number>();
  const modeIds = new Set(bank.governance.modes.map((m) => m.id));
  for (const r of cycle.responses) {
    const typology = scoreTypologyBefore(bank, r.answers);
    if (typology.bestFit !== null && typology.blend === null)
      types.set(typology.bestFit, (types.get(typology.bestFit) ?? 0) + 1);
    const { inUse } = scoreGovernance(bank, r.answers);
    if (inUse !== null && modeIds.has(inUse)) modes.set(inUse, (modes.get(inUse) ?? 0) + 1);
  }
  return {
    respondents: cycle.responses.length,
    medians: aggregate.dimensions.map((d) => d.medianScore),
    typeId: modal(types),
    modeId: modal(modes),
  };
}

function cycleOf(answers: AnswerMap[]): ProgrammeCycle {
  return {
    source: 'session',
    key: 'k',
    date: '2025-03-01',
    bankId: 'b',
    bankVersion: '1.0.0',
    fileNames: [],
    responses: answers.map((a, i) => ({
      pseudonym: `P001-R${i}`,
      answers: a,
      about: {},
      comments: {},
    })),
  };
}

async function banks(): Promise<[string, Bank][]> {
  const world = await loadFuzzWorld(path.resolve(__dirname, '../../..'));
  return [
    ['the group test bank', makeGroupBank()],
    ['the real bank', world.bank],
  ];
}

describe('summarising a cycle asks scoring only for what it uses', () => {
  it('scores the typology as before, and typologyFit and modeInUse are what the full scores say', async () => {
    for (const [name, bank] of await banks()) {
      let fits = 0;
      fc.assert(
        fc.property(messyAnswers(bank), (answers) => {
          const full = scoreTypology(bank, answers);
          expect(full, name).toEqual(scoreTypologyBefore(bank, answers));
          expect(typologyFit(bank, answers)).toEqual({ bestFit: full.bestFit, blend: full.blend });
          expect(modeInUse(bank, answers).inUse).toBe(scoreGovernance(bank, answers).inUse);
          if (full.bestFit !== null) fits += 1;
        }),
        { numRuns: 300 },
      );
      // Not only respondents with no best fit: the property would hold of those trivially.
      expect(fits, name).toBeGreaterThan(10);
    }
  });

  it('summarises any cycle as before', async () => {
    for (const [name, bank] of await banks()) {
      fc.assert(
        fc.property(fc.array(messyAnswers(bank), { maxLength: 12 }), (answers) => {
          const cycle = cycleOf(answers);
          expect(summariseCycle(bank, cycle), name).toEqual(summaryBefore(bank, cycle));
        }),
        { numRuns: 150 },
      );
    }
  });
});
