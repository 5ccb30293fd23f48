import { useLingui } from '@lingui/react/macro';
import { DONT_KNOW, NOT_APPLICABLE } from '../../../domain/answers/answer-schema';
import type { AgreementItem } from '../../../domain/bank/bank-schema';
import { Radios } from '../../../ui/choice-fields';
import { type FieldProps, optionalMark } from './field-props';
import { QuestionText } from './heading';

export function AgreementField({
  item,
  bank,
  form,
  asHeading,
  caption,
}: FieldProps<AgreementItem>) {
  const { t, i18n } = useLingui();
  const { scale } = bank;
  const error = form.formState.errors[item.id]?.message;
  return (
    <Radios
      idPrefix={item.id}
      className="app-likert"
      legend={
        <QuestionText
          text={item.text}
          caption={caption}
          asHeading={asHeading}
          optional={optionalMark(i18n, item.required)}
        />
      }
      legendAsHeading={asHeading}
      legendSize={asHeading ? 'l' : 's'}
      hint={item.hint}
      error={typeof error === 'string' ? error : undefined}
      registration={form.register(item.id)}
      options={[
        ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
        { value: DONT_KNOW, label: scale.dontKnow, dividerBefore: t`or` },
        { value: NOT_APPLICABLE, label: scale.notApplicable },
      ]}
    />
  );
}
