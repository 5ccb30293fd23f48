import type { Bank } from '../../domain/bank/bank-schema';
import { countOfTotal, isAre } from '../../domain/report/counts';
import { formatScore } from '../../domain/report/report-format';
import { TYPES_ASSUMPTION } from '../../domain/report/report-profiles';
import type { TypologyResult } from '../../domain/scoring/score-typology';

function typeName(bank: Bank, id: string) {
  return bank.typology.types.find((t) => t.id === id)?.name ?? id;
}

export function TypologyCard({ bank, typology }: { bank: Bank; typology: TypologyResult }) {
  const best = typology.bestFit
    ? bank.typology.types.find((t) => t.id === typology.bestFit)
    : undefined;
  let headline: string;
  if (typology.tooFew) headline = 'Too few answers to say';
  else if (typology.blend)
    headline = `A blend of ${typeName(bank, typology.blend[0]).toLowerCase()} and ${typeName(bank, typology.blend[1]).toLowerCase()}`;
  else headline = best ? best.name : 'Too few answers to say';

  return (
    <section className="app-result-block" aria-labelledby="typology-heading">
      <h2 className="govuk-heading-l" id="typology-heading">
        What kind of collaboration is this?
      </h2>
      <div className="govuk-panel app-type-panel">
        <p className="govuk-panel__title govuk-!-font-size-36 govuk-!-margin-bottom-2">
          {headline}
        </p>
        <div className="govuk-panel__body govuk-!-font-size-19">
          {typology.tooFew
            ? `You answered ${countOfTotal(typology.answered, typology.total, 'question', 'questions')} about the partnership’s shape. At least ${typology.minAnswered} ${isAre(typology.minAnswered)} needed to suggest a type.`
            : typology.blend
              ? `The two types are within ${bank.typology.blendMargin} points of each other, so your answers fit both about as well. ${TYPES_ASSUMPTION}`
              : `This is the closest of the report’s four types to how you describe your partnership.`}
        </div>
      </div>

      <h3 className="govuk-heading-m">How closely each type fits</h3>
      <p className="govuk-body">
        Each fit is out of 100, from your answers to the questions about the partnership’s shape.
      </p>
      <ul className="app-fit-bars">
        {typology.ranking.map((t) => (
          <li
            key={t.typeId}
            className={`app-fit-bar${t.typeId === typology.bestFit && !typology.tooFew ? ' app-fit-bar--best' : ''}`}
          >
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>{t.name}</strong>:{' '}
              {t.fit === null ? 'no answers' : `${formatScore(t.fit)} out of 100`}
            </p>
            <div className="app-fit-bar__track" aria-hidden="true">
              <div className="app-fit-bar__fill" style={{ width: `${t.fit ?? 0}%` }} />
            </div>
          </li>
        ))}
      </ul>

      {!typology.tooFew && best && (
        <>
          {typology.reasons.length > 0 && (
            <>
              <h3 className="govuk-heading-m">
                Why{' '}
                {typology.blend
                  ? typeName(bank, typology.bestFit!).toLowerCase() + ' comes first'
                  : 'this type'}
              </h3>
              <p className="govuk-body">
                These answers pointed most towards {best.name.toLowerCase()}:
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
          <h3 className="govuk-heading-m">What {best.name.toLowerCase()} means</h3>
          <p className="govuk-body">{best.description}</p>
          <p className="govuk-body">{best.meaning}</p>
          <p className="govuk-body">
            Places the report describes as {best.name.toLowerCase()}: {best.exampleSites.join(', ')}
            .
          </p>
        </>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">About the four types</span>
        </summary>
        <div className="govuk-details__text">
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {bank.typology.types.map((t) => (
              <div className="govuk-summary-list__row" key={t.id}>
                <dt className="govuk-summary-list__key">{t.name}</dt>
                <dd className="govuk-summary-list__value">
                  {t.description} Examples in the report: {t.exampleSites.join(', ')}.
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </section>
  );
}
