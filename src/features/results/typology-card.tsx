import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { formatScore } from '../../domain/report/report-format';
import { TYPES_ASSUMPTION } from '../../domain/report/report-profiles';
import type { TypologyResult } from '../../domain/scoring/score-typology';

function typeName(bank: Bank, id: string) {
  return bank.typology.types.find((t) => t.id === id)?.name ?? id;
}

/** The headline: the type the answers are closest to. */
export function TypologyCard({ bank, typology }: { bank: Bank; typology: TypologyResult }) {
  const { i18n, t } = useLingui();
  const best = typology.bestFit
    ? bank.typology.types.find((t) => t.id === typology.bestFit)
    : undefined;
  let headline: string;
  if (typology.tooFew) headline = t`Too few answers to say`;
  else if (typology.blend) {
    const first = typeName(bank, typology.blend[0]).toLowerCase();
    const second = typeName(bank, typology.blend[1]).toLowerCase();
    headline = t`A blend of ${first} and ${second}`;
  } else headline = best ? best.name : t`Too few answers to say`;
  const { answered, minAnswered, total } = typology;
  const questions = plural(total, { one: '# question', other: '# questions' });
  const margin = bank.typology.blendMargin;

  return (
    <section className="app-result-block" aria-labelledby="typology-heading">
      <h2 className="govuk-heading-l" id="typology-heading">
        <Trans>What kind of collaboration is this?</Trans>
      </h2>
      <div className="govuk-panel app-type-panel govuk-!-margin-bottom-8">
        <p className="govuk-panel__title govuk-!-font-size-36 govuk-!-margin-bottom-2">
          {headline}
        </p>
        <div className="govuk-panel__body govuk-!-font-size-19">
          {typology.tooFew
            ? `${t`You answered ${answered} of ${questions} about the partnership’s shape.`} ${plural(
                minAnswered,
                {
                  one: 'At least # is needed to suggest a type.',
                  other: 'At least # are needed to suggest a type.',
                },
              )}`
            : typology.blend
              ? `${t`The two types are within ${margin} points of each other, so your answers fit both about as well.`} ${i18n._(TYPES_ASSUMPTION)}`
              : t`This is the closest of the report’s four types to how you describe your partnership.`}
        </div>
      </div>
    </section>
  );
}

/** The rest of what the answers say about the type, below the headline on the results page. */
export function TypologyDetails({ bank, typology }: { bank: Bank; typology: TypologyResult }) {
  const { t } = useLingui();
  const best = typology.bestFit
    ? bank.typology.types.find((t) => t.id === typology.bestFit)
    : undefined;
  const bestName = best?.name.toLowerCase() ?? '';
  const sites = best?.exampleSites.join(', ') ?? '';
  return (
    <section className="app-result-block" aria-labelledby="type-fit-heading">
      <h2 className="govuk-heading-l" id="type-fit-heading">
        <Trans>How closely each type fits</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          Each fit is out of 100, from your answers to the questions about the partnership’s shape.
        </Trans>
      </p>
      <ul className="app-fit-bars">
        {typology.ranking.map((type) => {
          const fit = type.fit === null ? '' : formatScore(type.fit);
          return (
            <li
              key={type.typeId}
              className={`app-fit-bar${type.typeId === typology.bestFit && !typology.tooFew ? ' app-fit-bar--best' : ''}`}
            >
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{type.name}</strong>:{' '}
                {type.fit === null ? t`no answers` : t`${fit} out of 100`}
              </p>
              <div className="app-fit-bar__track" aria-hidden="true">
                <div className="app-fit-bar__fill" style={{ width: `${type.fit ?? 0}%` }} />
              </div>
            </li>
          );
        })}
      </ul>

      {!typology.tooFew && best && (
        <>
          {typology.reasons.length > 0 && (
            <>
              <h3 className="govuk-heading-m">
                {typology.blend ? t`Why ${bestName} comes first` : t`Why this type`}
              </h3>
              <p className="govuk-body">
                <Trans>These answers pointed most towards {bestName}:</Trans>
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {typology.reasons.map((r) => (
                  <li key={r.itemId}>
                    {r.itemText} <strong>{r.options.map((o) => o.label).join('; ')}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className="govuk-heading-m">
            <Trans>What {bestName} means</Trans>
          </h3>
          <p className="govuk-body">{best.description}</p>
          <p className="govuk-body">{best.meaning}</p>
          <p className="govuk-body">
            <Trans>
              Places the report describes as {bestName}: {sites}.
            </Trans>
          </p>
        </>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            <Trans>About the four types</Trans>
          </span>
        </summary>
        <div className="govuk-details__text">
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {bank.typology.types.map((type) => {
              const examples = type.exampleSites.join(', ');
              return (
                <div className="govuk-summary-list__row" key={type.id}>
                  <dt className="govuk-summary-list__key">{type.name}</dt>
                  <dd className="govuk-summary-list__value">
                    {type.description} <Trans>Examples in the report: {examples}.</Trans>
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      </details>
    </section>
  );
}
