/** The participant link and its QR code, large enough for a projector. */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { encodeSessionLink } from '../../domain/group/session-link';
import { NoSession } from './group-gate';
import { paths } from '../../config/paths';
import { QrImage } from '../../lib/qr/qr-image';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGroupStore } from '../../state/group-store';
import { useLanguageStore } from '../../state/language-store';
import type { Language } from '../../domain/language';
import { BackLink } from '../../ui/back-link';

/** The link participants open; it carries the facilitator's language (`lang`). */
export function participantLink(token: string, lang?: Language): string {
  const here = new URL(window.location.href);
  here.hash = paths.join(token, lang).slice(1);
  return here.toString();
}

export function SharePage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const language = useLanguageStore((s) => s.language);
  const { t } = useLingui();
  useDocumentTitle(session ? t`Participant link` : null);
  if (!session) return <NoSession />;
  const { min, max } = bank.minutes;
  const link = participantLink(encodeSessionLink(session.session), language);
  return (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-xl">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-xl">
        <Trans>Answer on your own device</Trans>
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <QrImage text={link} alt={t`QR code of the participant link`} width={360} />
        </div>
        <div className="govuk-grid-column-one-half">
          <ol className="govuk-list govuk-list--number govuk-!-font-size-24">
            <li>
              <Trans>Scan the QR code with your phone’s camera, or type the link below.</Trans>
            </li>
            <li>
              <Trans>
                Answer on your own, as you see the partnership. It takes {min} to {max} minutes.
              </Trans>
            </li>
            <li>
              <Trans>At the end, hand in your answers: show your code or send your file.</Trans>
            </li>
          </ol>
          <p className="govuk-body govuk-!-font-size-19 app-code" id="participant-link">
            {link}
          </p>
          <p className="govuk-body">
            <Trans>
              Your answers stay on your device until you hand them in. Nothing is sent to a server.
            </Trans>
          </p>
        </div>
      </div>
    </>
  );
}
