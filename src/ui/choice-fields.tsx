/**
 * GOV.UK radios and checkboxes as React components. They take a `registration` (name, ref,
 * change and blur handlers) so that any form library can drive them; this module knows none.
 */
import type { ChangeEventHandler, FocusEventHandler, ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './field-messages';

export type Registration = {
  name: string;
  ref: Ref<HTMLInputElement>;
  onChange: ChangeEventHandler<HTMLInputElement>;
  onBlur: FocusEventHandler<HTMLInputElement>;
};

export type ChoiceOption = {
  value: string;
  label: string;
  hint?: string;
  dividerBefore?: string;
  exclusive?: boolean;
};

type GroupProps = {
  /** Used for the first input's id, so an error summary link can focus it. */
  idPrefix: string;
  legend: ReactNode;
  /** The legend is the page heading on one-question pages. */
  legendAsHeading?: boolean;
  legendSize?: 'l' | 'm' | 's';
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  registration: Registration;
  small?: boolean;
  className?: string;
};

export function inputId(idPrefix: string, index: number) {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
}

function Group({ kind, ...p }: GroupProps & { kind: 'radios' | 'checkboxes' }) {
  const size = p.legendSize ?? (p.legendAsHeading ? 'l' : 'm');
  return (
    <div
      className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}${p.className ? ` ${p.className}` : ''}`}
    >
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(p.idPrefix, p.hint, p.error)}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>
          {p.legendAsHeading ? <h1 className="govuk-fieldset__heading">{p.legend}</h1> : p.legend}
        </legend>
        <FieldMessages id={p.idPrefix} hint={p.hint} error={p.error} />
        <div className={`govuk-${kind}${p.small ? ` govuk-${kind}--small` : ''}`}>
          {p.options.map((o, i) => {
            const id = inputId(p.idPrefix, i);
            const itemHintId = o.hint ? `${id}-item-hint` : undefined;
            return (
              <div key={o.value}>
                {o.dividerBefore && (
                  <div className={`govuk-${kind}__divider`}>{o.dividerBefore}</div>
                )}
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={id}
                    type={kind === 'radios' ? 'radio' : 'checkbox'}
                    value={o.value}
                    aria-describedby={itemHintId}
                    data-behaviour={o.exclusive ? 'exclusive' : undefined}
                    {...p.registration}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                    {o.label}
                  </label>
                  {o.hint && (
                    <div id={itemHintId} className={`govuk-hint govuk-${kind}__hint`}>
                      {o.hint}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Radios(props: GroupProps) {
  return <Group kind="radios" {...props} />;
}

export function Checkboxes(props: GroupProps) {
  return <Group kind="checkboxes" {...props} />;
}
