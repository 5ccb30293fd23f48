/**
 * The parts of the start page that depend on what is saved on the device: a notice about
 * saved data that was kept aside, and where to start or carry on. They come with the stores
 * and the bank, after the rest of the page (start-page.tsx) is already on screen.
 */
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
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Some saved answers could not be used, so they have been kept safe.{' '}
          <a className="govuk-notification-banner__link" href={paths.recovered()}>
            Download or remove them
          </a>
          .
        </p>
      </div>
    </div>
  );
}

export function StartProgress({ bank }: { bank: Bank }) {
  const answers = useAssessmentStore((s) => s.answers);
  const position = useAssessmentStore((s) => s.position);
  const answered = allItems(bank).filter((i) => isAnswered(i, answers[i.id])).length;
  const resumeHref = position ? paths.question(position.sectionId, position.pageId) : paths.tasks();
  return (
    <>
      <p className="govuk-body">
        It takes {bank.minutes.min} to {bank.minutes.max} minutes. You can stop at any time and come
        back later on this device.
      </p>

      {answered > 0 ? (
        <>
          <p className="govuk-body">
            You have answered {answered === 1 ? '1 question' : `${answered} questions`} so far.
          </p>
          <div className="govuk-button-group">
            <a
              href={resumeHref}
              role="button"
              draggable={false}
              className="govuk-button govuk-button--start"
            >
              Continue where you left off
            </a>
            <a className="govuk-link" href={paths.tasks()}>
              See all sections
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
          Start now
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
