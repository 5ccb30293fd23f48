import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import {
  completedCount,
  resumePageOf,
  sectionStatus,
  type SectionStatus,
} from '../../domain/journey/progress';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { BackLink } from '../../ui/back-link';

const STATUS_TEXT: Record<SectionStatus, MessageDescriptor> = {
  'not-started': msg`Not yet started`,
  'in-progress': msg`In progress`,
  completed: msg`Completed`,
};

export function TaskListPage({ bank }: { bank: Bank }) {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Assess your partnership`);
  const answers = useAssessmentStore((s) => s.answers);
  const comments = useAssessmentStore((s) => s.comments);
  const finished = useAssessmentStore((s) => s.finished);
  const progress = { answers, comments, finished };
  const done = completedCount(bank, progress);
  const total = bank.sections.length;

  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>Assess your partnership</Trans>
          </h1>
          <p className="govuk-body app-progress">
            {plural(total, {
              one: `You have completed ${done} of # section.`,
              other: `You have completed ${done} of # sections.`,
            })}
          </p>
          <p className="govuk-body">
            <Trans>
              Answer the sections in any order. Your answers are saved on this device as you go, so
              you can stop and come back later.
            </Trans>
          </p>
          <ul className="govuk-task-list">
            {bank.sections.map((section) => {
              const status = sectionStatus(section, progress);
              const statusId = `${section.id}-status`;
              const hintId = `${section.id}-hint`;
              return (
                <li
                  key={section.id}
                  className="govuk-task-list__item govuk-task-list__item--with-link"
                >
                  <div className="govuk-task-list__name-and-hint">
                    <a
                      className="govuk-link govuk-task-list__link"
                      href={paths.question(section.id, resumePageOf(section, answers))}
                      aria-describedby={`${hintId} ${statusId}`}
                    >
                      {section.title}
                    </a>
                    <div id={hintId} className="govuk-task-list__hint">
                      {section.summary}
                    </div>
                  </div>
                  <div className="govuk-task-list__status" id={statusId}>
                    {status === 'completed' ? (
                      i18n._(STATUS_TEXT[status])
                    ) : (
                      <strong
                        className={`govuk-tag ${status === 'in-progress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}`}
                      >
                        {i18n._(STATUS_TEXT[status])}
                      </strong>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <h2 className="govuk-heading-m">
            <Trans>Check your answers</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Review everything you have said, and change any answer, before you see your results.
            </Trans>
          </p>
          <a href={paths.check()} className="govuk-button" role="button" draggable={false}>
            <Trans>Check your answers</Trans>
          </a>
        </div>
      </div>
    </>
  );
}
