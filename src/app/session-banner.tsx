import { Trans, useLingui } from '@lingui/react/macro';
import { parseRoute, paths } from '../config/paths';
import { formatDate } from '../i18n';
import { useHash } from '../lib/hash-router';
import { useDeviceLockStore } from '../state/device-lock';
import { leaveSession } from '../state/group-actions';
import { useGroupStore } from '../state/group-store';

/**
 * Shown to a participant on every page while they answer for a group session, but never on
 * the facilitator's own pages (#/group...), which are not the participant's. On a device that
 * is passed round, the participant cannot leave the session: only the facilitator ends it.
 */
export function SessionBanner() {
  const joined = useGroupStore((s) => s.joined);
  const shared = useDeviceLockStore((s) => s.lock !== null);
  const route = parseRoute(useHash());
  const onFacilitatorPage = route.name === 'group' || route.name === 'cycle';
  // Just after a hand-over the banner's "hand in your answers" would read as unfinished.
  const justHandedIn = route.name === 'hand-in' && route.done;
  const { i18n } = useLingui();
  if (!joined || onFacilitatorPage || justHandedIn) return null;
  const name = joined.partnershipName;
  const label = joined.label;
  const date = formatDate(joined.date, i18n.locale);
  return (
    <div
      className="govuk-notification-banner app-no-print"
      role="region"
      aria-labelledby="session-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-banner-title">
          <Trans>Group session</Trans>
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body govuk-!-margin-bottom-1">
          {label ? (
            <Trans>
              You are answering for <strong>{name}</strong> ({label}), {date}.
            </Trans>
          ) : (
            <Trans>
              You are answering for <strong>{name}</strong>, {date}.
            </Trans>
          )}
        </p>
        {shared ? (
          <p className="govuk-body govuk-!-margin-bottom-0">
            <Trans>
              This device is being passed round. When you have finished,{' '}
              <a className="govuk-notification-banner__link" href={paths.handIn()}>
                hand in your answers
              </a>{' '}
              and pass it on.
            </Trans>
          </p>
        ) : (
          <p className="govuk-body govuk-!-margin-bottom-0">
            <Trans>
              When you have finished,{' '}
              <a className="govuk-notification-banner__link" href={paths.handIn()}>
                hand in your answers
              </a>
              .
            </Trans>{' '}
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
              onClick={() => leaveSession()}
            >
              <Trans>Leave the session</Trans>
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
