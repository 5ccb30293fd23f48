import type { ChangeEventHandler } from 'react';
import { describedBy, FieldMessages } from './field-messages';

type Props = {
  id: string;
  label: string;
  /** The label is the page heading on one-question pages. */
  labelAsHeading?: boolean;
  labelSize?: 'l' | 'm' | 's';
  hint?: string;
  error?: string;
  multiple?: boolean;
  accept?: string;
  name?: string;
  onChange?: ChangeEventHandler<HTMLInputElement>;
};

/** The GOV.UK file upload: label, hint, error message and input. */
export function FileField(p: Props) {
  const label = (
    <label
      className={`govuk-label${p.labelSize ? ` govuk-label--${p.labelSize}` : ''}`}
      htmlFor={p.id}
    >
      {p.label}
    </label>
  );
  return (
    <div className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}`}>
      {p.labelAsHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label}
      <FieldMessages id={p.id} hint={p.hint} error={p.error} />
      <input
        className={`govuk-file-upload${p.error ? ' govuk-file-upload--error' : ''}`}
        id={p.id}
        name={p.name ?? p.id}
        type="file"
        multiple={p.multiple}
        accept={p.accept ?? '.json,application/json'}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={p.onChange}
      />
    </div>
  );
}
