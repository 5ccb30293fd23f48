/** Answers in words, for check your answers and exports. Each kind's wording is in src/domain/items/. */
import type { Item, Scale } from '../bank/bank-schema';
import { kindOf } from '../items/registry';
import type { AnswerValue } from './answer-values';

export function formatAnswer(item: Item, value: AnswerValue | undefined, scale: Scale): string[] {
  return value === undefined ? [] : kindOf(item).format(item, value, scale);
}
