import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { describedBy, FieldMessages } from './field-messages';

type TextRegistration = {
  name: string;
  ref: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onChange: ChangeEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onBlur: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
};

type Props = {
  id: string;
  label: string;
  labelAsHeading?: boolean;
  labelSize?: 'l' | 'm' | 's';
  hint?: string;
  error?: string;
  registration: TextRegistration;
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  width?: 'full' | 'two-thirds' | 'one-half';
};

/** A GOV.UK text input or textarea with its label, hint and error message. */
export function TextField(p: Props) {
  const described = describedBy(p.id, p.hint, p.error);
  const labelClass = `govuk-label${p.labelSize ? ` govuk-label--${p.labelSize}` : ''}`;
  const label = (
    <label className={labelClass} htmlFor={p.id}>
      {p.label}
    </label>
  );
  return (
    <div className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}`}>
      {p.labelAsHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label}
      <FieldMessages id={p.id} hint={p.hint} error={p.error} />
      {p.multiline ? (
        <textarea
          id={p.id}
          className={`govuk-textarea${p.error ? ' govuk-textarea--error' : ''}`}
          rows={p.rows ?? 5}
          aria-describedby={described}
          {...p.registration}
        />
      ) : (
        <input
          id={p.id}
          type="text"
          className={`govuk-input${p.width && p.width !== 'full' ? ` govuk-!-width-${p.width}` : ''}${p.error ? ' govuk-input--error' : ''}`}
          autoComplete={p.autoComplete ?? 'off'}
          spellCheck={false}
          aria-describedby={described}
          {...p.registration}
        />
      )}
    </div>
  );
}
