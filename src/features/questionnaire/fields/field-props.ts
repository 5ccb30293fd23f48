import type { UseFormReturn } from 'react-hook-form';
import type { Bank, Item } from '../../../domain/bank/bank-schema';
import type { PageFormValues } from '../../../domain/answers/page-form';

export type FieldProps<I extends Item = Item> = {
  item: I;
  bank: Bank;
  form: UseFormReturn<PageFormValues>;
  /** The item is alone on its page, so its legend or label is the page heading. */
  asHeading: boolean;
  /** Shown above the heading on one-question pages (section name). */
  caption?: string;
};

export function optionalMark(required: boolean) {
  return required ? '' : ' (optional)';
}
