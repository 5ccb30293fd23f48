import type { Bank } from '../../domain/bank/bank-schema';
import { parseSessionLink } from '../../domain/group/session-link';
import { paths } from '../../config/paths';
import { FILL } from '../../config/prerendered';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { joinSession } from '../../state/group-actions';

/**
 * A participant opens the facilitator's link: the session's details come from the link alone.
 * The page is prerendered at build time; the early script fills in the marked details from the
 * link before it shows the page (src/app/boot/boot.ts), so they must stay as drawn here.
 */
export function JoinPage({ bank, token }: { bank: Bank; token: string }) {
  const parsed = parseSessionLink(token);
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
        <h1 className="govuk-heading-l">
          Take part in <span data-fill={FILL.name}>{details.partnershipName}</span>
        </h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Date</dt>
            <dd className="govuk-summary-list__value" data-fill={FILL.date}>
              {new Date(details.date).toLocaleDateString('en-GB', { dateStyle: 'long' })}
            </dd>
          </div>
          {details.label && (
            <div className="govuk-summary-list__row" data-fill-row={FILL.label}>
              <dt className="govuk-summary-list__key">Session</dt>
              <dd className="govuk-summary-list__value" data-fill={FILL.label}>
                {details.label}
              </dd>
            </div>
          )}
        </dl>
        <p className="govuk-body">
          Answer the questions on your own, as you see the partnership. It takes {bank.minutes.min}{' '}
          to {bank.minutes.max} minutes. Your answers stay on this device until you hand them in at
          the end, as a file or a short code. The facilitator sees the group’s answers without
          names.
        </p>
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
      </div>
    </div>
  );
}
