/**
 * The parts of the start page that depend on what is saved on the device: a notice about
 * saved data that was kept aside, and where to start or carry on. They come with the stores
 * and the bank, after the rest of the page (start-page.tsx) is already on screen.
 */
import { Plural, Trans } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { paths } from '../../config/paths';
import { useAssessmentStore } from '../../state/assessment-store';

export function KeptAsideNotice() {
  const keptAside = useAssessmentStore((s) => s.keptAside);
  if (keptAside.length === 0) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="kept-aside-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="kept-aside-title">
          <Trans>Important</Trans>
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          <Trans>
            Some saved answers could not be used, so they have been kept safe.{' '}
            <a className="govuk-notification-banner__link" href={paths.recovered()}>
              Download or remove them
            </a>
            .
          </Trans>
        </p>
      </div>
    </div>
  );
}

export function StartProgress({ bank }: { bank: Bank }) {
  const answers = useAssessmentStore((s) => s.answers);
  const position = useAssessmentStore((s) => s.position);
  const answered = allItems(bank).filter((i) => isAnswered(i, answers[i.id])).length;
  const { min, max } = bank.minutes;
  const resumeHref = position ? paths.question(position.sectionId, position.pageId) : paths.tasks();
  return (
    <>
      <p className="govuk-body">
        <Trans>
          It takes {min} to {max} minutes. You can stop at any time and come back later on this
          device.
        </Trans>
      </p>

      {answered > 0 ? (
        <>
          <p className="govuk-body">
            <Plural
              value={answered}
              one="You have answered # question so far."
              other="You have answered # questions so far."
            />
          </p>
          <div className="govuk-button-group">
            <a
              href={resumeHref}
              role="button"
              draggable={false}
              className="govuk-button govuk-button--start"
            >
              <Trans>Continue where you left off</Trans>
            </a>
            <a className="govuk-link" href={paths.tasks()}>
              <Trans>See all sections</Trans>
            </a>
          </div>
        </>
      ) : (
        <a
          href={paths.tasks()}
          role="button"
          draggable={false}
          className="govuk-button govuk-button--start"
        >
          <Trans>Start now</Trans>
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
      )}
    </>
  );
}
