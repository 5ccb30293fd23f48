import { DONT_KNOW } from '../../../domain/answers/answer-schema';
import type { ChoiceItem, SelectItem } from '../../../domain/bank/bank-schema';
import { Checkboxes, Radios } from '../../../ui/choice-fields';
import { type FieldProps, optionalMark } from './field-props';
import { QuestionText } from './heading';

export function ChoiceField({ item, bank, form, asHeading, caption }: FieldProps<ChoiceItem>) {
  const error = form.formState.errors[item.id]?.message;
  const options = [
    ...item.options.map((o) => ({ value: o.id, label: o.label, hint: o.hint })),
    { value: DONT_KNOW, label: bank.scale.dontKnow, dividerBefore: 'or' },
  ];
  const common = {
    idPrefix: item.id,
    legend: (
      <QuestionText
        text={item.text}
        caption={caption}
        asHeading={asHeading}
        optional={optionalMark(item.required)}
      />
    ),
    legendAsHeading: asHeading,
    hint: item.multiple
      ? [item.hint, 'Select all that apply.'].filter(Boolean).join(' ')
      : item.hint,
    error: typeof error === 'string' ? error : undefined,
    options,
  };
  if (!item.multiple) return <Radios {...common} registration={form.register(item.id)} />;

  // Don't know is exclusive: choosing it clears the other boxes, and choosing another box clears it.
  const registration = form.register(item.id);
  return (
    <Checkboxes
      {...common}
      registration={{
        ...registration,
        onChange: async (event) => {
          await registration.onChange(event);
          const current = form.getValues(item.id);
          const list = Array.isArray(current) ? current : [];
          const value = event.target.value;
          if (event.target.checked && value === DONT_KNOW && list.length > 1) {
            form.setValue(item.id, [DONT_KNOW], { shouldDirty: true });
          } else if (event.target.checked && value !== DONT_KNOW && list.includes(DONT_KNOW)) {
            form.setValue(
              item.id,
              list.filter((v) => v !== DONT_KNOW),
              { shouldDirty: true },
            );
          }
        },
      }}
    />
  );
}

export function SelectField({ item, form, asHeading, caption }: FieldProps<SelectItem>) {
  const error = form.formState.errors[item.id]?.message;
  return (
    <Radios
      idPrefix={item.id}
      legend={
        <QuestionText
          text={item.text}
          caption={caption}
          asHeading={asHeading}
          optional={optionalMark(item.required)}
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
