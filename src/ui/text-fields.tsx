import type { I18n } from '@lingui/core';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { describedBy, FieldMessages } from './field-messages';

type TextElement = HTMLInputElement & HTMLTextAreaElement;

export type TextRegistration = {
  name: string;
  ref: Ref<TextElement>;
  onChange: ChangeEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onBlur: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  /** For a field the page holds in its own state (left out when a form library holds it). */
  value?: string;
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
  inputMode?: 'decimal' | 'text';
  className?: string;
  /**
   * The most characters the answer may have. The field then counts, as the GOV.UK character
   * count does: "You have 20 characters remaining", or "... too many" in red once past it.
   * Typing past the limit is allowed, so that nothing typed is cut off; the form refuses it.
   */
  limit?: number;
  /** Where the field stops taking input at all, far past `limit` (see MAX_SAVED_TEXT). */
  hardLimit?: number;
};

/**
 * GOV.UK's count message for `length` characters against `limit`, in the active language
 * (Welsh has six plural forms: docs/i18n.md).
 */
export function characterCountMessage(i18n: I18n, length: number, limit: number): string {
  const left = limit - length;
  const over = -left;
  if (left >= 0)
    return plural(left, {
      one: 'You have # character remaining',
      other: 'You have # characters remaining',
    });
  return plural(over, {
    one: 'You have # character too many',
    other: 'You have # characters too many',
  });
}

/** The hidden hint a screen reader hears with the field: "You can enter up to 200 characters". */
export function characterLimitMessage(i18n: I18n, limit: number): string {
  return plural(limit, {
    one: 'You can enter up to # character',
    other: 'You can enter up to # characters',
  });
}

/** How long the count waits after the last key before telling a screen reader (as GOV.UK). */
const ANNOUNCE_AFTER_MS = 1000;

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** A GOV.UK text input or textarea with its label, hint, error message and character count. */
export function TextField(p: Props) {
  const { i18n } = useLingui();
  const element = useRef<TextElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [typed, setTyped] = useState(0);
  // The screen reader hears the count once typing pauses, not at every key, and not on load.
  const [announced, setAnnounced] = useState('');
  const { value, ref, onChange, ...events } = p.registration;
  const length = value === undefined ? typed : value.length;
  const counted = p.limit !== undefined;
  const over = counted && length > p.limit!;
  const message = counted ? characterCountMessage(i18n, length, p.limit!) : '';

  // A field a form library fills from saved answers has its length once it is on the page.
  useEffect(() => {
    if (value === undefined && element.current) setTyped(element.current.value.length);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const info = counted ? `${p.id}-info` : null;
  const described =
    [describedBy(p.id, p.hint, p.error), info].filter(Boolean).join(' ') || undefined;
  const labelClass = `govuk-label${p.labelSize ? ` govuk-label--${p.labelSize}` : ''}`;
  const label = (
    <label className={labelClass} htmlFor={p.id}>
      {p.label}
    </label>
  );
  const errorState = Boolean(p.error) || over;
  const fieldProps = {
    id: p.id,
    'aria-describedby': described,
    ...events,
    ...(value === undefined ? {} : { value }),
    ...(p.hardLimit === undefined ? {} : { maxLength: p.hardLimit }),
    ref: (el: TextElement | null) => {
      element.current = el;
      setRef(ref, el);
    },
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const now = e.target.value.length;
      setTyped(now);
      if (counted) {
        clearTimeout(timer.current);
        timer.current = setTimeout(
          () => setAnnounced(characterCountMessage(i18n, now, p.limit!)),
          ANNOUNCE_AFTER_MS,
        );
      }
      onChange(e);
    },
  };
  const countClass = counted ? ' govuk-js-character-count' : '';
  const group = (
    <div
      className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}${p.className ? ` ${p.className}` : ''}`}
    >
      {p.labelAsHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label}
      <FieldMessages id={p.id} hint={p.hint} error={p.error} />
      {p.multiline ? (
        <textarea
          className={`govuk-textarea${countClass}${errorState ? ' govuk-textarea--error' : ''}`}
          rows={p.rows ?? 5}
          {...fieldProps}
        />
      ) : (
        <input
          type="text"
          className={`govuk-input${countClass}${p.width && p.width !== 'full' ? ` govuk-!-width-${p.width}` : ''}${errorState ? ' govuk-input--error' : ''}`}
          autoComplete={p.autoComplete ?? 'off'}
          spellCheck={false}
          inputMode={p.inputMode}
          {...fieldProps}
        />
      )}
    </div>
  );
  if (!counted) return group;
  return (
    <div className="govuk-character-count" data-module="govuk-character-count">
      {group}
      <div id={info!} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        {characterLimitMessage(i18n, p.limit!)}
      </div>
      <div
        className={`${over ? 'govuk-error-message' : 'govuk-hint'} govuk-character-count__message govuk-character-count__status`}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
