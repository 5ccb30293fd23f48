/**
 * Every item kind's model, keyed by kind. The record is exhaustive: a kind added to the bank
 * schema without a model here is a compile error (as the renderer registry is for the pages).
 */
import type { Item, ItemKind } from '../bank/bank-schema';
import { agreementKind } from './agreement';
import { choiceKind } from './choice';
import { gridKind } from './grid';
import type { ItemKindModel } from './item-kind';
import { selectKind } from './select';
import { textKind } from './text';

type Models = { [K in ItemKind]: ItemKindModel<Extract<Item, { kind: K }>> };

export const itemKinds: Models = {
  agreement: agreementKind,
  choice: choiceKind,
  grid: gridKind,
  select: selectKind,
  text: textKind,
};

/** The model for `item`'s kind. */
export function kindOf(item: Item): ItemKindModel<Item> {
  return itemKinds[item.kind] as ItemKindModel<Item>;
}
