import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';

export function StartPage({ bank }: { bank: Bank }) {
  const { t } = useLingui();
  useDocumentTitle(t`Assess how your partnership works together`);
  const answers = useAssessmentStore((s) => s.answers);
  const position = useAssessmentStore((s) => s.position);
  const keptAside = useAssessmentStore((s) => s.keptAside);
  const answered = allItems(bank).filter((i) => isAnswered(i, answers[i.id])).length;
  const { min, max } = bank.minutes;
  const resumeHref = position ? paths.question(position.sectionId, position.pageId) : paths.tasks();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {keptAside.length > 0 && (
          <div
            className="govuk-notification-banner"
            role="region"
            aria-labelledby="kept-aside-title"
          >
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
        )}
        <h1 className="govuk-heading-xl">
          <Trans>Assess how your partnership works together</Trans>
        </h1>
        <p className="govuk-body-l">
          <Trans>
            A self-assessment for local partnerships between councils, the NHS, charities and
            communities.
          </Trans>
        </p>
        <p className="govuk-body">
          <Trans>Use it to:</Trans>
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <Trans>
              see which of four kinds of local collaboration your partnership is most like
            </Trans>
          </li>
          <li>
            <Trans>
              see how it stands on governance, leadership, culture, infrastructure, communities, and
              learning and accountability
            </Trans>
          </li>
          <li>
            <Trans>check whether the way it is governed suits its size, trust and goals</Trans>
          </li>
          <li>
            <Trans>take away a summary to discuss with your partners or your board</Trans>
          </li>
        </ul>
        <p className="govuk-body">
          <Trans>
            It is based on the findings of the Government Outcomes Lab report{' '}
            <cite lang="en">Are we rallying together? Collaboration and public sector reform</cite>{' '}
            (2019).{' '}
            <a className="govuk-link" href={paths.about()}>
              How this assessment works
            </a>
            .
          </Trans>
        </p>
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

        <p className="govuk-body">
          <Trans>
            Answered on another device, or saved a file earlier?{' '}
            <a className="govuk-link" href={paths.import()}>
              Import answers from a file
            </a>
            .
          </Trans>
        </p>

        <h2 className="govuk-heading-m">
          <Trans>Running a workshop?</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            Bring a group’s answers together in your browser, with no server: everyone answers on
            their own device and hands in a file or a short code.{' '}
            <a className="govuk-link" href={paths.group()}>
              Run a group session
            </a>
            .
          </Trans>
        </p>

        <h2 className="govuk-heading-m">
          <Trans>Your answers stay on this device</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            Rally has no server. Nothing you type is sent anywhere: your answers are saved in this
            browser so that you can come back to them, and they leave this device only if you
            download or share a file yourself.
          </Trans>
        </p>
        <p className="govuk-body">
          <Trans>
            On a shared computer, delete your answers when you have finished.{' '}
            <a className="govuk-link" href={paths.delete()}>
              Delete my answers from this device
            </a>
            .
          </Trans>
        </p>
      </div>
    </div>
  );
}
