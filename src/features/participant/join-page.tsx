import type { Bank } from '../../domain/bank/bank-schema';
import { hasSomethingToHandIn } from '../../domain/group/device-lock';
import { parseSessionLink } from '../../domain/group/session-link';
import { paths } from '../../config/paths';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { useDeviceLockStore } from '../../state/device-lock';
import { joinSession } from '../../state/group-actions';
import { toResponseEnvelope } from '../../state/response-envelope';

/** A participant opens the facilitator's link: the session's details come from the link alone. */
export function JoinPage({ bank, token }: { bank: Bank; token: string }) {
  const parsed = parseSessionLink(token);
  const shared = useDeviceLockStore((s) => s.lock !== null);
  const assessment = useAssessmentStore();
  const leftBehind = hasSomethingToHandIn(bank, toResponseEnvelope(bank, assessment));
  useDocumentTitle(
    parsed.ok
      ? `Take part in ${parsed.details.partnershipName}`
      : 'This session link does not work',
  );
  if (!parsed.ok) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This session link does not work</h1>
          <p className="govuk-body">{parsed.message}</p>
          <p className="govuk-body">
            Ask the facilitator to show the link or QR code again, or answer on your own:
          </p>
          <a className="govuk-button" href={paths.start()} role="button" draggable={false}>
            Go to the start page
          </a>
        </div>
      </div>
    );
  }
  const { details } = parsed;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Group session</span>
        <h1 className="govuk-heading-l">Take part in {details.partnershipName}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Date</dt>
            <dd className="govuk-summary-list__value">
              {new Date(details.date).toLocaleDateString('en-GB', { dateStyle: 'long' })}
            </dd>
          </div>
          {details.label && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Session</dt>
              <dd className="govuk-summary-list__value">{details.label}</dd>
            </div>
          )}
        </dl>
        <p className="govuk-body">
          Answer the questions on your own, as you see the partnership. It takes {bank.minutes.min}{' '}
          to {bank.minutes.max} minutes. Your answers stay on this device until you hand them in at
          the end. The facilitator sees the group’s answers without names.
        </p>
        {shared ? (
          <p className="govuk-body" id="ways-to-hand-in">
            This device is being passed round. When you have finished, you hand in on this device
            and pass it to the next person: your answers are kept for the facilitator, out of sight,
            and the questions are cleared. You can also hand in with a short code or a file if the
            facilitator asks.
          </p>
        ) : (
          <>
            <p className="govuk-body" id="ways-to-hand-in">
              When you have finished, you can hand in your answers in any of these ways:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              <li>a short code, which you show to the facilitator or read out</li>
              <li>a file, which you send to the facilitator, for example by email</li>
              <li>
                on a device that is passed round the group, if the facilitator has set one up: you
                hand in on it and pass it on
              </li>
            </ul>
          </>
        )}
        {shared && leftBehind ? (
          <>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Someone’s answers are still on this device. They need to be handed in before the
                next person starts, so that nobody sees them.
              </strong>
            </div>
            <a className="govuk-button" href={paths.handIn()} role="button" draggable={false}>
              Hand in the answers on this device
            </a>
          </>
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--start"
            onClick={() => {
              joinSession(details);
              navigate(paths.tasks());
            }}
          >
            Start
          </button>
        )}
      </div>
    </div>
  );
}
