import { useLingui } from '@lingui/react/macro';
import { DONT_KNOW } from '../../../domain/answers/answer-schema';
import type { ChoiceItem, SelectItem } from '../../../domain/bank/bank-schema';
import { Checkboxes, Radios, type ChoiceOption } from '../../../ui/choice-fields';
import { type FieldProps, optionalMark } from './field-props';
import { QuestionText } from './heading';

/** GOV.UK's hint for checkboxes, added once, unless the bank's own hint already says it. */
export function choiceHint(item: ChoiceItem, selectAll: string): string | undefined {
  if (!item.multiple) return item.hint;
  if (item.hint && /all that apply|pob un sy/i.test(item.hint)) return item.hint;
  return [item.hint, selectAll].filter(Boolean).join(' ');
}

export function ChoiceField({ item, bank, form, asHeading, caption }: FieldProps<ChoiceItem>) {
  const { t, i18n } = useLingui();
  const error = form.formState.errors[item.id]?.message;
  // Options that are chosen on their own ("None of these", Don't know) come after an "or", as
  // in GOV.UK's checkboxes with a "none" option.
  const regular = item.options.filter((o) => !(item.multiple && o.exclusive));
  const alone = item.options.filter((o) => item.multiple && o.exclusive);
  const options: ChoiceOption[] = [
    ...regular.map((o) => ({ value: o.id, label: o.label, hint: o.hint })),
    ...alone.map((o, i) => ({
      value: o.id,
      label: o.label,
      hint: o.hint,
      exclusive: true,
      ...(i === 0 ? { dividerBefore: t`or` } : {}),
    })),
    {
      value: DONT_KNOW,
      label: bank.scale.dontKnow,
      exclusive: item.multiple,
      ...(alone.length === 0 ? { dividerBefore: t`or` } : {}),
    },
  ];
  const common = {
    idPrefix: item.id,
    legend: (
      <QuestionText
        text={item.text}
        caption={caption}
        asHeading={asHeading}
        optional={optionalMark(i18n, item.required)}
      />
    ),
    legendAsHeading: asHeading,
    hint: choiceHint(item, t`Select all that apply.`),
    error: typeof error === 'string' ? error : undefined,
    options,
  };
  if (!item.multiple) return <Radios {...common} registration={form.register(item.id)} />;

  // GOV.UK's exclusive behaviour: ticking an option that stands alone clears every other box,
  // and ticking any other box clears the ones that stand alone.
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  const registration = form.register(item.id);
  return (
    <Checkboxes
      {...common}
      registration={{
        ...registration,
        onChange: async (event) => {
          await registration.onChange(event);
          if (!event.target.checked) return;
          const current = form.getValues(item.id);
          const list = Array.isArray(current) ? current : [];
          const value = event.target.value;
          const next = exclusive.has(value) ? [value] : list.filter((v) => !exclusive.has(v));
          if (next.length !== list.length) form.setValue(item.id, next, { shouldDirty: true });
        },
      }}
    />
  );
}

export function SelectField({ item, form, asHeading, caption }: FieldProps<SelectItem>) {
  const { i18n } = useLingui();
  const error = form.formState.errors[item.id]?.message;
  return (
    <Radios
      idPrefix={item.id}
      legend={
        <QuestionText
          text={item.text}
          caption={caption}
          asHeading={asHeading}
          optional={optionalMark(i18n, item.required)}
        />
      }
      legendAsHeading={asHeading}
      legendSize={asHeading ? 'l' : 'm'}
      hint={item.hint}
      error={typeof error === 'string' ? error : undefined}
      registration={form.register(item.id)}
      options={item.options.map((o) => ({ value: o.id, label: o.label }))}
    />
  );
}
