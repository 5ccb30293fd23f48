import { useLingui } from '@lingui/react/macro';
import type { FieldError } from 'react-hook-form';
import { DONT_KNOW } from '../../../domain/answers/answer-schema';
import type { GridItem } from '../../../domain/bank/bank-schema';
import { Radios } from '../../../ui/choice-fields';
import { type FieldProps, optionalMark } from './field-props';
import { QuestionText } from './heading';

/**
 * A grid is asked as one fieldset per row, each a small set of radios. A table of radios
 * looks neater but reads badly with a screen reader and on a phone.
 */
export function GridField({ item, bank, form, asHeading, caption }: FieldProps<GridItem>) {
  const { t, i18n } = useLingui();
  const errors = form.formState.errors[item.id] as
    Record<string, FieldError | undefined> | undefined;
  const Heading = asHeading ? 'h1' : 'h2';
  return (
    <div className="govuk-form-group" id={`${item.id}-group`}>
      <Heading className={asHeading ? 'govuk-heading-l' : 'govuk-heading-m'}>
        <QuestionText
          text={item.text}
          caption={caption}
          asHeading={asHeading}
          optional={optionalMark(i18n, item.required)}
        />
      </Heading>
      {item.hint && <p className="govuk-hint">{item.hint}</p>}
      {item.rows.map((row) => (
        <Radios
          key={row.id}
          idPrefix={`${item.id}-${row.id}`}
          legend={row.label}
          legendSize="s"
          hint={row.hint}
          small
          error={errors?.[row.id]?.message}
          registration={form.register(`${item.id}.${row.id}`)}
          options={[
            ...item.options.map((o) => ({ value: o.id, label: o.label, hint: o.hint })),
            { value: DONT_KNOW, label: bank.scale.dontKnow, dividerBefore: t`or` },
          ]}
        />
      ))}
    </div>
  );
}
