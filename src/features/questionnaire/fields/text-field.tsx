import { useLingui } from '@lingui/react/macro';
import { MAX_SAVED_TEXT } from '../../../domain/answers/answer-schema';
import type { TextItem } from '../../../domain/bank/bank-schema';
import { TextField } from '../../../ui/text-fields';
import { type FieldProps, optionalMark } from './field-props';

export function FreeTextField({ item, form, asHeading }: FieldProps<TextItem>) {
  const { i18n } = useLingui();
  const error = form.formState.errors[item.id]?.message;
  return (
    <TextField
      id={item.id}
      label={item.text + optionalMark(i18n, item.required)}
      labelAsHeading={asHeading}
      labelSize={asHeading ? 'l' : 's'}
      hint={item.hint}
      error={typeof error === 'string' ? error : undefined}
      multiline={item.size === 'long'}
      width={item.size === 'short' ? 'two-thirds' : 'full'}
      limit={item.maxLength}
      hardLimit={MAX_SAVED_TEXT}
      registration={form.register(item.id)}
    />
  );
}
