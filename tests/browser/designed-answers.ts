/**
 * A full set of answers made by a fixed pattern from the bank itself, so the browser tests
 * answer every item whatever the bank holds. Agreement answers cycle through the scale with
 * Don't know and Not applicable mixed in; choices take options in turn.
 */
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import type { Bank } from '../../src/domain/bank/bank-schema';

const AGREEMENT_CYCLE: AnswerValue[] = [4, 3, 5, 2, 4, 'dk', 5, 1, 4, 'na', 3];

const TEXT: Record<string, string> = {
  'partnership-name': 'Partneriaeth Gŵyl Ŷd',
  place: 'Ceredigion',
};

export function designedAnswers(bank: Bank): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  let agreement = 0;
  let choice = 0;
  for (const item of bank.sections.flatMap((s) => s.pages.flatMap((p) => p.items))) {
    switch (item.kind) {
      case 'agreement':
        answers[item.id] = AGREEMENT_CYCLE[agreement++ % AGREEMENT_CYCLE.length]!;
        break;
      case 'choice':
        answers[item.id] = item.multiple
          ? item.options.slice(0, 2).map((o) => o.id)
          : item.options[choice++ % item.options.length]!.id;
        break;
      case 'grid':
        answers[item.id] = Object.fromEntries(
          item.rows.map((r, i) => [r.id, item.options[i % item.options.length]!.id]),
        );
        break;
      case 'select':
        answers[item.id] = item.options[1 % item.options.length]!.id;
        break;
      case 'text':
        answers[item.id] = (item.field && TEXT[item.field]) || `Notes on ${item.id}`;
        break;
    }
  }
  return answers;
}
