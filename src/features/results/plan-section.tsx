/**
 * "Where you aim" and "Your actions" on the results page: one respondent's target for each area
 * (saved with "Save your targets", through setOwnTarget) and their own action plan (each change
 * saved as it is made, through changeOwnPlan). Both are kept in the answers file.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { Action } from '../../domain/plan/action-plan';
import type { DimensionId } from '../../domain/plan/targets';
import {
  choiceForTarget,
  readTargetChoice,
  type TargetChoice,
} from '../../domain/plan/target-choice';
import type { Results } from '../../domain/scoring/build-results';
import { newActionId } from '../../state/assessment-store';
import { changeOwnPlan, setOwnTarget } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { ErrorSummary } from '../../ui/error-summary';
import { ActionDownloads } from '../plan/action-downloads';
import { ActionPlanEditor } from '../plan/action-plan-editor';
import { TargetControl } from '../plan/target-control';

const NO_ACTIONS: Action[] = [];

export function PlanSection({ bank, results }: { bank: Bank; results: Results }) {
  const { t } = useLingui();
  const targets = useAssessmentStore((s) => s.targets);
  const actions = useAssessmentStore((s) => s.actions) ?? NO_ACTIONS;
  const answers = useAssessmentStore((s) => s.answers);
  const updatedAt = useAssessmentStore((s) => s.updatedAt);
  const [choices, setChoices] = useState<Record<string, TargetChoice>>(() =>
    Object.fromEntries(
      results.dimensions.map((d) => [
        d.dimensionId,
        choiceForTarget(bank, (targets ?? {})[d.dimensionId as DimensionId]),
      ]),
    ),
  );
  const [problems, setProblems] = useState<{ href: string; text: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const name = typeof answers['partnership-name'] === 'string' ? answers['partnership-name'] : '';

  const save = () => {
    setAttempt((n) => n + 1);
    const found: { href: string; text: string }[] = [];
    const scores = results.dimensions.map((d) => {
      const score = readTargetChoice(bank, choices[d.dimensionId]!);
      const area = d.name;
      if (score === 'invalid')
        found.push({
          href: `#target-${d.dimensionId}-score`,
          text: t`Enter the target for ${area} as a number from 0 to 100`,
        });
      return [d.dimensionId as DimensionId, score] as const;
    });
    setProblems(found);
    setSaved(found.length === 0);
    if (found.length > 0) return;
    for (const [dimensionId, score] of scores)
      if (score !== 'invalid') setOwnTarget(dimensionId, score);
  };

  return (
    <>
      <section className="app-result-block" aria-labelledby="targets-heading">
        <h2 className="govuk-heading-l" id="targets-heading">
          <Trans>Where you aim</Trans>
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary errors={problems} attempt={attempt} />
            <p className="govuk-body">
              <Trans>
                Choose where you would like the partnership to be in each area by the next time it
                assesses itself. Aiming for the next band up is a good start. Your targets are saved
                on this device and in your answers file.
              </Trans>
            </p>
            {saved && (
              <div
                className="govuk-notification-banner govuk-notification-banner--success"
                role="status"
                aria-labelledby="targets-saved"
              >
                <div className="govuk-notification-banner__header">
                  <h3 className="govuk-notification-banner__title" id="targets-saved">
                    <Trans>Saved</Trans>
                  </h3>
                </div>
                <div className="govuk-notification-banner__content">
                  <p className="govuk-notification-banner__heading">
                    <Trans>Your targets are saved.</Trans>
                  </p>
                </div>
              </div>
            )}
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                save();
              }}
            >
              {results.dimensions.map((d) => {
                const area = d.name;
                const error = problems.find(
                  (p) => p.href === `#target-${d.dimensionId}-score`,
                )?.text;
                return (
                  <TargetControl
                    key={d.dimensionId}
                    idPrefix={`target-${d.dimensionId}`}
                    legend={area}
                    bank={bank}
                    current={d.score}
                    currentWords={t`Your score now`}
                    value={choices[d.dimensionId]!}
                    error={error}
                    onChange={(next) => {
                      setSaved(false);
                      setChoices((c) => ({ ...c, [d.dimensionId]: next }));
                    }}
                  />
                );
              })}
              <button type="submit" className="govuk-button">
                <Trans>Save your targets</Trans>
              </button>
            </form>
          </div>
        </div>
      </section>

      <section className="app-result-block" aria-labelledby="actions-heading">
        <h2 className="govuk-heading-l" id="actions-heading">
          <Trans>Your actions</Trans>
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">
              <Trans>
                Note what you think the partnership should do to reach your targets, first things
                first. Each change is saved as you make it.
              </Trans>
            </p>
            <ActionPlanEditor
              bank={bank}
              idPrefix="own-plan"
              actions={actions}
              change={changeOwnPlan}
              newId={newActionId}
              emptyText={t`You have not added any actions yet.`}
            />
            <ActionDownloads
              bank={bank}
              actions={actions}
              partnershipName={name || null}
              date={updatedAt.slice(0, 10)}
            />
          </div>
        </div>
      </section>
    </>
  );
}
