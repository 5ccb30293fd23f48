/**
 * The form for one action, to add it or change it: what, which area, who leads, by when (a
 * GOV.UK date input), status, how you will know it worked and, if wanted, what it needs.
 *
 * react-hook-form holds the fields. Its resolver builds the action from them and asks the
 * domain what is wrong (validateAction, plain messages naming the action's number), then parses
 * it with the action schema before anything is saved; errors show in a GOV.UK error summary at
 * the top of the form and beside each field.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Bank } from '../../domain/bank/bank-schema';
import {
  ACTION_STATUSES,
  ActionSchema,
  MAX_ACTION_LEAD,
  MAX_ACTION_MEASURE,
  MAX_ACTION_RESOURCES,
  MAX_ACTION_WHAT,
  STATUS_WORDS,
  validateAction,
  type Action,
  type ActionProblem,
} from '../../domain/plan/action-plan';
import { z } from '../../domain/zod';
import { Radios } from '../../ui/choice-fields';
import { ErrorSummary } from '../../ui/error-summary';
import { ErrorMessage } from '../../ui/field-messages';
import { TextField } from '../../ui/text-fields';

const FormSchema = z.object({
  what: z.string(),
  dimensionId: z.nullable(z.string()),
  lead: z.string(),
  dueDay: z.string(),
  dueMonth: z.string(),
  dueYear: z.string(),
  status: z.enum(ACTION_STATUSES),
  measure: z.string(),
  resources: z.string(),
});
export type ActionFormValues = z.infer<typeof FormSchema>;

/** The form's fields for an action (empty for a new one). */
export function formValues(action: Action | null): ActionFormValues {
  const [year = '', month = '', day = ''] = action?.due?.split('-') ?? [];
  return {
    what: action?.what ?? '',
    dimensionId: action?.dimensionId ?? null,
    lead: action?.lead ?? '',
    dueDay: day ? String(Number(day)) : '',
    dueMonth: month ? String(Number(month)) : '',
    dueYear: year,
    status: action?.status ?? 'not-started',
    measure: action?.measure ?? '',
    resources: action?.resources ?? '',
  };
}

/** YYYY-MM-DD from the date input's three boxes; undefined when all are empty. */
export function dueFromParts(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return undefined;
  // Anything but a day, month and four-figure year is not a date: validateAction says so.
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'not a date';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The action the form describes, as it would be saved over `before` (null for a new one). */
export function actionFromForm(v: ActionFormValues, before: Action | null, id: string): Action {
  const due = dueFromParts(v.dueDay, v.dueMonth, v.dueYear);
  const resources = v.resources.trim();
  const { due: _due, dueNote, resources: _resources, ...kept } = before ?? { dueNote: undefined };
  return {
    ...kept,
    id,
    what: v.what.trim(),
    dimensionId: (v.dimensionId ?? '') as Action['dimensionId'],
    lead: v.lead.trim(),
    ...(due === undefined ? {} : { due }),
    // Words kept from an older file ("by the spring") stay until a date replaces them.
    ...(due === undefined && dueNote !== undefined ? { dueNote } : {}),
    status: v.status,
    measure: v.measure.trim(),
    ...(resources ? { resources } : {}),
  };
}

const FIELD_OF: Record<ActionProblem['field'], keyof ActionFormValues | null> = {
  what: 'what',
  dimensionId: 'dimensionId',
  lead: 'lead',
  due: 'dueDay',
  measure: 'measure',
  resources: 'resources',
  reviewNote: null,
};

export function ActionForm({
  bank,
  idPrefix,
  action,
  newId,
  number,
  onSave,
  onCancel,
}: {
  bank: Bank;
  idPrefix: string;
  /** The action being changed, or null to add one. */
  action: Action | null;
  newId: () => string;
  /** The action's place in the plan, 1 first, for the messages. */
  number: number;
  onSave: (action: Action) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useLingui();
  const [attempt, setAttempt] = useState(0);
  const [id] = useState(() => action?.id ?? newId());
  const resolver: Resolver<ActionFormValues, unknown, Action> = (values) => {
    const shape = FormSchema.safeParse(values);
    const candidate = shape.success ? actionFromForm(shape.data, action, id) : null;
    const problems = candidate ? validateAction(bank, candidate, number) : [];
    const errors: FieldErrors<ActionFormValues> = {};
    for (const p of problems) {
      const field = FIELD_OF[p.field];
      if (field && !errors[field]) errors[field] = { type: 'validate', message: i18n._(p.message) };
    }
    const parsed = candidate && problems.length === 0 ? ActionSchema.safeParse(candidate) : null;
    if (parsed?.success) return { values: parsed.data, errors: {} };
    if (problems.length === 0)
      errors.what = { type: 'validate', message: t`Check action ${number} and try again` };
    return { values: {}, errors };
  };
  const form = useForm<ActionFormValues, unknown, Action>({
    defaultValues: formValues(action),
    resolver,
    shouldFocusError: false,
    // Checked again only when saved: the error summary takes focus whenever its list changes,
    // which must never happen while someone is typing.
    reValidateMode: 'onSubmit',
  });
  const errors = form.formState.errors;
  const field = (name: string) => `${idPrefix}-${name}`;
  const links = (Object.keys(FIELD_OF) as ActionProblem['field'][])
    .map((k) => FIELD_OF[k])
    .filter((k): k is keyof ActionFormValues => k !== null && Boolean(errors[k]?.message))
    .map((k) => ({ href: `#${field(k)}`, text: errors[k]!.message! }));

  useEffect(() => {
    document.getElementById(field('what'))?.focus();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const dueError = errors.dueDay?.message;
  const oldWords = action?.due === undefined ? action?.dueNote : undefined;
  const dateParts = [
    { key: 'dueDay', label: t`Day`, width: 2 },
    { key: 'dueMonth', label: t`Month`, width: 2 },
    { key: 'dueYear', label: t`Year`, width: 4 },
  ] as const;
  return (
    <form
      noValidate
      className="app-action-form"
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(e) => {
        setAttempt((n) => n + 1);
        void form.handleSubmit((saved) => onSave(saved))(e);
      }}
    >
      <ErrorSummary errors={links} attempt={attempt} />
      <h3 className="govuk-heading-m" id={`${idPrefix}-heading`}>
        {action ? <Trans>Change action {number}</Trans> : <Trans>Add an action</Trans>}
      </h3>
      <TextField
        id={field('what')}
        label={t`What will be done`}
        error={errors.what?.message}
        multiline
        rows={3}
        limit={MAX_ACTION_WHAT}
        registration={form.register('what')}
      />
      <Radios
        idPrefix={field('dimensionId')}
        legend={t`Which area it is for`}
        legendSize="s"
        small
        error={errors.dimensionId?.message}
        options={bank.dimensions.map((d) => ({ value: d.id, label: d.name }))}
        registration={form.register('dimensionId')}
      />
      <TextField
        id={field('lead')}
        label={t`Who leads it`}
        hint={t`Name an organisation or a role, such as “the council’s housing team” or “the board’s chair”. Leave out the names of people who are not in the room.`}
        error={errors.lead?.message}
        limit={MAX_ACTION_LEAD}
        registration={form.register('lead')}
      />
      <div className={`govuk-form-group${dueError ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          role="group"
          aria-describedby={`${field('due')}-hint${dueError ? ` ${field('due')}-error` : ''}`}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            <Trans>By when (optional)</Trans>
          </legend>
          <div className="govuk-hint" id={`${field('due')}-hint`}>
            {oldWords ? (
              <Trans>
                An earlier file said “{oldWords}”. Give a date to put the action in a calendar.
              </Trans>
            ) : (
              <Trans>For example, 27 3 2027</Trans>
            )}
          </div>
          {dueError && <ErrorMessage id={`${field('due')}-error`} text={dueError} />}
          <div className="govuk-date-input">
            {dateParts.map((part) => (
              <div className="govuk-date-input__item" key={part.key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={field(part.key)}>
                    {part.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${dueError ? ' govuk-input--error' : ''}`}
                    id={field(part.key)}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    {...form.register(part.key)}
                  />
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Radios
        idPrefix={field('status')}
        legend={t`Status`}
        legendSize="s"
        small
        options={ACTION_STATUSES.map((s) => ({ value: s, label: i18n._(STATUS_WORDS[s]) }))}
        registration={form.register('status')}
      />
      <TextField
        id={field('measure')}
        label={t`How you will know it worked`}
        hint={t`What you will see, count or hear when it has made a difference.`}
        error={errors.measure?.message}
        multiline
        rows={3}
        limit={MAX_ACTION_MEASURE}
        registration={form.register('measure')}
      />
      <TextField
        id={field('resources')}
        label={t`What it needs (optional)`}
        hint={t`For example, money, staff time, a venue or data.`}
        error={errors.resources?.message}
        multiline
        rows={2}
        limit={MAX_ACTION_RESOURCES}
        registration={form.register('resources')}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          <Trans>Save action</Trans>
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </form>
  );
}
