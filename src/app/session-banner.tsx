import { paths } from '../config/paths';
import { leaveSession } from '../state/group-actions';
import { useGroupStore } from '../state/group-store';

/** Shown to a participant on every page while they answer for a group session. */
export function SessionBanner() {
  const joined = useGroupStore((s) => s.joined);
  if (!joined) return null;
  return (
    <div
      className="govuk-notification-banner app-no-print"
      role="region"
      aria-labelledby="session-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-banner-title">
          Group session
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body govuk-!-margin-bottom-1">
          You are answering for <strong>{joined.partnershipName}</strong>
          {joined.label ? ` (${joined.label})` : ''},{' '}
          {new Date(joined.date).toLocaleDateString('en-GB', { dateStyle: 'long' })}.
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          When you have finished,{' '}
          <a className="govuk-notification-banner__link" href={paths.handIn()}>
            hand in your answers
          </a>
          .{' '}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
            onClick={() => leaveSession()}
          >
            Leave the session
          </button>
        </p>
      </div>
    </div>
  );
}
