/**
 * Where to aim in one area: GOV.UK radios, one per band above the lowest ("Aim for Strength
 * (score 75)"), "Another score" (a number from 0 to 100, shown when chosen) and, after "or",
 * "No target". The score now and the gap to the choice are written out beside it.
 *
 * Why radios of bands rather than a number field: a council officer thinks of where the
 * partnership should get to in the words the results use ("we want culture to reach
 * Strength"), sees every choice at once without knowing the scale, and a band's lowest score is
 * the smallest step that gets there. "Another score" keeps an exact aim for a group that wants
 * one (70, near the top of Developing), and a target read from a file that is not a band's
 * lowest score shows there, unchanged.
 *
 * The control is held by its page (value and onChange), so the page decides when to save.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { formatScore } from '../../domain/report/report-format';
import { bandFor } from '../../domain/scoring/bands';
import {
  readTargetChoice,
  targetBandChoices,
  type TargetChoice,
} from '../../domain/plan/target-choice';
import { ErrorMessage } from '../../ui/field-messages';
import { gapText } from './gap-text';

export type TargetControlProps = {
  /** The first radio's id (an error summary links to it); other ids start with it. */
  idPrefix: string;
  /** The area's name, the fieldset's legend. */
  legend: string;
  bank: Bank;
  /** The score the gap is measured from (the respondent's score, or the group's agreed score). */
  current: number | null;
  /** What `current` is, in a sentence's first words: "Your score now", "Agreed score". */
  currentWords: string;
  value: TargetChoice;
  onChange: (next: TargetChoice) => void;
  error?: string;
  legendSize?: 's' | 'm';
};

export function TargetControl(p: TargetControlProps) {
  const { t, i18n } = useLingui();
  const bands = targetBandChoices(p.bank);
  const scoreId = `${p.idPrefix}-score`;
  const hintId = `${p.idPrefix}-hint`;
  const errorId = `${p.idPrefix}-error`;
  const name = `${p.idPrefix}-choice`;
  const now = p.current === null ? null : formatScore(p.current);
  const nowBand = bandFor(p.bank, p.current)?.label ?? '';
  const words = p.currentWords;
  const read = readTargetChoice(p.bank, p.value);
  const aim = read === 'invalid' ? null : read;
  const gap = gapText(i18n, p.current, aim);
  const choose = (choice: string) => p.onChange({ ...p.value, choice });
  const radio = (value: string, index: number, label: string, conditional?: boolean) => {
    const id = index === 0 ? p.idPrefix : `${p.idPrefix}-${index + 1}`;
    return (
      <div className="govuk-radios__item" key={value}>
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={value}
          checked={p.value.choice === value}
          onChange={() => choose(value)}
          aria-controls={conditional ? `${p.idPrefix}-conditional` : undefined}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {label}
        </label>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={p.error ? `${hintId} ${errorId}` : hintId}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${p.legendSize ?? 's'}`}>
          {p.legend}
        </legend>
        <div className="govuk-hint" id={hintId}>
          {now === null ? (
            <Trans>{words}: no score yet.</Trans>
          ) : (
            <Trans>
              {words}: {now} ({nowBand}).
            </Trans>
          )}
        </div>
        {p.error && <ErrorMessage id={errorId} text={p.error} />}
        <div className="govuk-radios govuk-radios--small">
          {bands.map((b, i) => {
            const band = b.label;
            const score = b.score;
            return radio(`band:${b.bandId}`, i, t`Aim for ${band} (score ${score})`);
          })}
          {radio('score', bands.length, t`Another score`, true)}
          {/* Always in the page (the radio's aria-controls points at it), hidden until chosen. */}
          <div
            className={`govuk-radios__conditional${p.value.choice === 'score' ? '' : ' govuk-radios__conditional--hidden'}`}
            id={`${p.idPrefix}-conditional`}
          >
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor={scoreId}>
                <Trans>Target score, 0 to 100</Trans>
              </label>
              <input
                className={`govuk-input govuk-input--width-4${p.error ? ' govuk-input--error' : ''}`}
                id={scoreId}
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                value={p.value.score}
                aria-describedby={p.error ? errorId : undefined}
                onChange={(e) => p.onChange({ choice: 'score', score: e.target.value })}
              />
            </div>
          </div>
          <div className="govuk-radios__divider">
            <Trans>or</Trans>
          </div>
          {radio('none', bands.length + 1, t`No target`)}
        </div>
      </fieldset>
      <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0" aria-live="polite">
        {gap === null ? null : (
          <>
            <span className="govuk-!-font-weight-bold">
              <Trans>Gap:</Trans>
            </span>{' '}
            {gap}
          </>
        )}
      </p>
    </div>
  );
}
