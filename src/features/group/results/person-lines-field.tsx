import { Trans, useLingui } from '@lingui/react/macro';
import { LineSwatch } from '../../../charts/radar/line-swatch';
import type { PersonLine } from '../../../domain/privacy/people';
import { MIN_GROUP_SIZE } from '../../../domain/privacy/privacy-rule';
import { LazyDetails } from '../../../ui/lazy-details';

/** Up to this many people, the checkboxes are shown open; more are folded into a details. */
export const OPEN_UP_TO = 12;

const idFor = (label: string) => `show-${label.toLowerCase().replace(/\s+/g, '-')}`;

/**
 * The checkboxes that show each person's line on the radar, each with a key of that line (its
 * dash pattern, marker and colour). People are labelled by the privacy rule only: no sector, no
 * role, no order of arrival. With fewer than 3 people no line is offered.
 */
export function PersonLinesField({
  offered,
  lines,
  shown,
  onChange,
}: {
  offered: boolean;
  lines: PersonLine[];
  shown: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { i18n } = useLingui();
  const min = MIN_GROUP_SIZE;
  if (!offered)
    return (
      <p className="govuk-body" id="person-lines-note">
        <Trans>
          Each person’s line can be shown on the chart once at least {min} people have answered.
        </Trans>
      </p>
    );
  const field = (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="person-lines-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          <Trans>Show each person’s line</Trans>
        </legend>
        <div className="govuk-hint" id="person-lines-hint">
          <Trans>
            People are shown by letter only, in no particular order. Each line has its own pattern
            and marker, shown beside its name.
          </Trans>
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {lines.map((line) => (
            <div className="govuk-checkboxes__item" key={line.label}>
              <input
                className="govuk-checkboxes__input"
                id={idFor(line.label)}
                type="checkbox"
                checked={shown.has(line.label)}
                onChange={(e) => {
                  const next = new Set(shown);
                  if (e.target.checked) next.add(line.label);
                  else next.delete(line.label);
                  onChange(next);
                }}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={idFor(line.label)}>
                <LineSwatch series={{ style: 'individual', variant: line.index }} />{' '}
                {i18n._(line.name)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
  if (lines.length <= OPEN_UP_TO) return field;
  const count = lines.length;
  // A long list of people would push the table below the chart a screen or more away: it
  // stays folded until the facilitator opens it, and is drawn only then (60 people are 60
  // checkboxes with a drawn key each: work a phone need not do for a list nobody opened).
  return (
    <LazyDetails summary={<Trans>Show each person’s line ({count} people)</Trans>}>
      {() => field}
    </LazyDetails>
  );
}
