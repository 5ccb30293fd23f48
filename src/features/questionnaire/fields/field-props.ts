import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
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

/** " (optional)" after an item's text, in the language in use; nothing for a required item. */
export function optionalMark(i18n: I18n, required: boolean) {
  return required ? '' : ` ${i18n._(msg`(optional)`)}`;
}
