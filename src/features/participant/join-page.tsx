import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { hasSomethingToHandIn } from '../../domain/group/device-lock';
import { parseSessionLink } from '../../domain/group/session-link';
import { paths } from '../../config/paths';
import { FILL } from '../../config/prerendered';
import { formatDate } from '../../i18n';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useHydrated } from '../../lib/use-hydrated';
import { useAssessmentStore } from '../../state/assessment-store';
import { useDeviceLockStore } from '../../state/device-lock';
import { joinSession } from '../../state/group-actions';
import { toResponseEnvelope } from '../../state/response-envelope';
import { WarningText } from '../../ui/warning-text';

/**
 * A participant opens the facilitator's link: the session's details come from the link alone.
 * The page is prerendered at build time; the early script fills in the marked details from the
 * link before it shows the page (src/app/boot/boot.ts), so they must stay as drawn here.
 */
export function JoinPage({ bank, token }: { bank: Bank; token: string }) {
  const ready = useHydrated();
  const parsed = parseSessionLink(token);
  const shared = useDeviceLockStore((s) => s.lock !== null);
  const assessment = useAssessmentStore();
  const leftBehind = hasSomethingToHandIn(bank, toResponseEnvelope(bank, assessment));
  const { t, i18n } = useLingui();
  const partnershipName = parsed.ok ? parsed.details.partnershipName : '';
  useDocumentTitle(
    parsed.ok ? t`Take part in ${partnershipName}` : t`This session link does not work`,
  );
  if (!parsed.ok) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>This session link does not work</Trans>
          </h1>
          <p className="govuk-body">{i18n._(parsed.message)}</p>
          <p className="govuk-body">
            <Trans>
              Ask the facilitator to show the link or QR code again, or answer on your own:
            </Trans>
          </p>
          <a className="govuk-button" href={paths.start()} role="button" draggable={false}>
            <Trans>Go to the start page</Trans>
          </a>
        </div>
      </div>
    );
  }
  const { details } = parsed;
  const { min, max } = bank.minutes;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          <Trans>Group session</Trans>
        </span>
        <h1 className="govuk-heading-l">
          <Trans>
            Take part in <span data-fill={FILL.name}>{partnershipName}</span>
          </Trans>
        </h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">
              <Trans>Date</Trans>
            </dt>
            <dd className="govuk-summary-list__value" data-fill={FILL.date}>
              {formatDate(details.date, i18n.locale)}
            </dd>
          </div>
          {details.label && (
            <div className="govuk-summary-list__row" data-fill-row={FILL.label}>
              <dt className="govuk-summary-list__key">
                <Trans>Session</Trans>
              </dt>
              <dd className="govuk-summary-list__value" data-fill={FILL.label}>
                {details.label}
              </dd>
            </div>
          )}
        </dl>
        <p className="govuk-body">
          <Trans>
            Answer the questions on your own, as you see the partnership. It takes {min} to {max}{' '}
            minutes. Your answers stay on this device until you hand them in at the end. The
            facilitator sees the group’s answers without names.
          </Trans>
        </p>
        {shared ? (
          <p className="govuk-body" id="ways-to-hand-in">
            <Trans>
              This device is being passed round. When you have finished, you hand in on this device
              and pass it to the next person: your answers are kept for the facilitator, out of
              sight, and the questions are cleared. You can also hand in with a short code or a file
              if the facilitator asks.
            </Trans>
          </p>
        ) : (
          <>
            <p className="govuk-body" id="ways-to-hand-in">
              <Trans>
                When you have finished, you can hand in your answers in any of these ways:
              </Trans>
            </p>
            <ul className="govuk-list govuk-list--bullet">
              <li>
                <Trans>
                  a QR code, which you hold up to the facilitator’s camera (with your comments, if
                  you want)
                </Trans>
              </li>
              <li>
                <Trans>a short code, which you show to the facilitator or read out</Trans>
              </li>
              <li>
                <Trans>a file, which you send to the facilitator, for example by email</Trans>
              </li>
              <li>
                <Trans>
                  on a device that is passed round the group, if the facilitator has set one up: you
                  hand in on it and pass it on
                </Trans>
              </li>
            </ul>
          </>
        )}
        {shared && leftBehind ? (
          <>
            <WarningText>
              <Trans>
                Someone’s answers are still on this device. They need to be handed in before the
                next person starts, so that nobody sees them.
              </Trans>
            </WarningText>
            <a className="govuk-button" href={paths.handIn()} role="button" draggable={false}>
              <Trans>Hand in the answers on this device</Trans>
            </a>
          </>
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--start app-needs-app"
            // Shown once this page is the app's: on the prerendered page, before React has
            // taken it over, a press would do nothing (src/app/prerendered.css).
            data-ready={ready ? '' : undefined}
            onClick={() => {
              joinSession(details);
              navigate(paths.tasks());
            }}
          >
            <Trans>Start</Trans>
          </button>
        )}
      </div>
    </div>
  );
}
