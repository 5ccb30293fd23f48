/**
 * Answers as the rest of the code meets them: the values (answer-values.ts) and, for any item,
 * whether a value is a valid answer and whether it counts as answered. Each kind's rules are in
 * its own module in src/domain/items/.
 */
import type { Item } from '../bank/bank-schema';
import { kindOf } from '../items/registry';
import type { AnswerValue } from './answer-values';

export {
  AnswerMapSchema,
  AnswerValueSchema,
  DONT_KNOW,
  MAX_SAVED_TEXT,
  NOT_APPLICABLE,
} from './answer-values';
export type { AnswerMap, AnswerValue } from './answer-values';

/**
 * True when `value` is an answer `item` can keep. Used on every value read from outside.
 * Agreement values are checked against `scale` (the bank's scale values; 1 to 5 when omitted).
 */
export function isValidAnswer(
  item: Item,
  value: unknown,
  scale?: readonly number[],
): value is AnswerValue {
  return kindOf(item).isValid(item, value, scale);
}

/** Whether an item counts as answered on the journey (Don't know counts; blank text does not). */
export function isAnswered(item: Item, value: AnswerValue | undefined): boolean {
  return value !== undefined && kindOf(item).isAnswered(item, value);
}
