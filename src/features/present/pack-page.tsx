/**
 * The facilitator pack: three parts to print before a session, each starting on a new page
 * (print stylesheet, src/styles/_present.scss):
 *   1. an agenda for a two-hour session, across awareness, consensus and improvement planning;
 *   2. a participant handout: the session's link and its QR code, how to answer and hand in,
 *      and what is kept private;
 *   3. a blank action-plan template with the fields of an action, printed across the page.
 *
 * Printed by the browser, not made with the PDF writer: the pack holds no figures to lay out,
 * the browser's print dialog lets the facilitator choose copies and pages (one handout each),
 * and the QR code is the same image the share page shows. It works without a session too: the
 * handout then has a space to write the link in.
 */
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { encodeSessionLink, type SessionDetails } from '../../domain/group/session-link';
import type { Language } from '../../domain/language';
import { paths } from '../../config/paths';
import { formatDate } from '../../i18n';
import { QrImage } from '../../lib/qr/qr-image';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGroupStore } from '../../state/group-store';
import { useLanguageStore } from '../../state/language-store';
import { BackLink } from '../../ui/back-link';
import { DataTable } from '../../ui/data-table';
import { TableScroll } from '../../ui/table-scroll';

type Stage = 'awareness' | 'consensus' | 'planning';

const STAGES: Record<Stage, MessageDescriptor> = {
  awareness: msg`Awareness`,
  consensus: msg`Consensus`,
  planning: msg`Improvement planning`,
};

/** A two-hour session: [time, stage, step, what to do]. */
const AGENDA: [MessageDescriptor, Stage, MessageDescriptor, MessageDescriptor][] = [
  [
    msg`0 to 10 minutes`,
    'awareness',
    msg`Welcome`,
    msg`Say why the partnership is doing this, how the two hours will run, and that nobody’s answers are shown with their name. Hand out the sheet with the link and QR code.`,
  ],
  [
    msg`10 to 35 minutes`,
    'awareness',
    msg`Everyone answers alone`,
    msg`People answer on their own phone or laptop, or in turn on a shared device. Ask them not to talk it over yet: the differences are what the session is for.`,
  ],
  [
    msg`35 to 45 minutes`,
    'awareness',
    msg`Hand in, and a short break`,
    msg`People hand in a code or a file. Add them all on the group pages and check the count matches the room.`,
  ],
  [
    msg`45 to 55 minutes`,
    'awareness',
    msg`Read the results together`,
    msg`Open the projector view. Show how many handed in and how spread out each area’s scores are. Let people say what surprises them.`,
  ],
  [
    msg`55 to 80 minutes`,
    'consensus',
    msg`Talk about what splits the room`,
    msg`Take the “discuss first” items in order. Ask someone who rated high and someone who rated low to say what they see. Look for the reasons, not a winner.`,
  ],
  [
    msg`80 to 95 minutes`,
    'consensus',
    msg`Agree a score for each area`,
    msg`Start from the group median. Move it only for a reason the room accepts, and write the reason down.`,
  ],
  [
    msg`95 to 105 minutes`,
    'planning',
    msg`Set targets`,
    msg`For each area, agree where the partnership aims to be by the next assessment. Be realistic: a year is short.`,
  ],
  [
    msg`105 to 115 minutes`,
    'planning',
    msg`Plan actions`,
    msg`Fill in the action plan for the areas with the biggest gaps: what, who leads, by when and how you will know it worked.`,
  ],
  [
    msg`115 to 120 minutes`,
    'planning',
    msg`Close`,
    msg`Save the session file and download the group PDF. Agree when you will meet again to review the actions and run the assessment a second time.`,
  ],
];

/** Blank rows in the printed action-plan template. */
const TEMPLATE_ROWS = 8;

/** The link participants open; it carries the facilitator's language (`lang`). */
function participantLink(details: SessionDetails, lang?: Language): string {
  const here = new URL(window.location.href);
  here.hash = paths.join(encodeSessionLink(details), lang).slice(1);
  return here.toString();
}

export function PackPage({ bank }: { bank: Bank }) {
  const { t } = useLingui();
  const session = useGroupStore((s) => s.session?.session ?? null);
  useDocumentTitle(t`Facilitator pack`);
  return (
    <>
      <BackLink href={paths.group()} />
      <div className="app-no-print">
        <h1 className="govuk-heading-xl">
          <Trans>Facilitator pack</Trans>
        </h1>
        <p className="govuk-body-l">
          <Trans>
            Three things to print before a group session: an agenda, a handout for each person, and
            an action-plan template.
          </Trans>
        </p>
        <h2 className="govuk-heading-m">
          <Trans>How to print it</Trans>
        </h2>
        <ol className="govuk-list govuk-list--number">
          <li>
            <Trans>Select “Print the pack”, or press Ctrl and P (Command and P on a Mac).</Trans>
          </li>
          <li>
            <Trans>
              Each part starts on a new page: page 1 is the agenda, page 2 the handout, and the last
              page the action-plan template, printed across the page.
            </Trans>
          </li>
          <li>
            <Trans>
              For a handout each, print page 2 again with as many copies as there are people.
            </Trans>
          </li>
          <li>
            <Trans>To keep a copy on screen, choose “Save as PDF” as the printer.</Trans>
          </li>
        </ol>
        {!session && (
          <div className="govuk-inset-text">
            <Trans>
              There is no group session on this device yet, so the handout has a space to write the
              link in.{' '}
              <a className="govuk-link" href={paths.group()}>
                Create a session
              </a>{' '}
              to print its link and QR code instead.
            </Trans>
          </div>
        )}
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          <Trans>Print the pack</Trans>
        </button>
      </div>
      <Agenda session={session} />
      <Handout bank={bank} session={session} />
      <Template bank={bank} session={session} />
    </>
  );
}

function SessionLine({ session }: { session: SessionDetails | null }) {
  const { i18n } = useLingui();
  if (!session) return null;
  const name = session.partnershipName;
  const date = formatDate(session.date, i18n.locale);
  const label = session.label;
  return (
    <p className="govuk-body-l app-pack__session">
      {label ? (
        <Trans>
          {name}, {label}, {date}
        </Trans>
      ) : (
        <Trans>
          {name}, {date}
        </Trans>
      )}
    </p>
  );
}

function Agenda({ session }: { session: SessionDetails | null }) {
  const { t, i18n } = useLingui();
  return (
    <section className="app-pack-part" aria-labelledby="pack-agenda">
      <h2 className="govuk-heading-l" id="pack-agenda">
        <Trans>Agenda for a two-hour session</Trans>
      </h2>
      <SessionLine session={session} />
      <p className="govuk-body">
        <Trans>
          Three stages: awareness (everyone answers, then the room reads the results), consensus
          (talk about where people differ, then agree a score for each area) and improvement
          planning (targets and actions).
        </Trans>
      </p>
      <DataTable
        id="pack-agenda-table"
        caption={t`A running order with timings`}
        columns={[{ label: t`Time` }, { label: t`Stage` }, { label: t`What happens` }]}
        rows={AGENDA.map(([time, stage, step, what]) => ({
          key: time.id,
          header: i18n._(time),
          cells: [
            i18n._(STAGES[stage]),
            <>
              <strong>{i18n._(step)}</strong>
              <br />
              {i18n._(what)}
            </>,
          ],
        }))}
      />
      <p className="govuk-body">
        <Trans>
          Bring: this agenda, a handout for each person, the action-plan template, a laptop with the
          session open, and a projector.
        </Trans>
      </p>
    </section>
  );
}

function Handout({ bank, session }: { bank: Bank; session: SessionDetails | null }) {
  const { t } = useLingui();
  const language = useLanguageStore((s) => s.language);
  const link = session ? participantLink(session, language) : null;
  const { min, max } = bank.minutes;
  return (
    <section className="app-pack-part app-pack-part--new-page" aria-labelledby="pack-handout">
      <h2 className="govuk-heading-l" id="pack-handout">
        <Trans>How to take part</Trans>
      </h2>
      <SessionLine session={session} />
      <div className="app-pack__join">
        {link && (
          <div className="app-pack__qr">
            <QrImage text={link} alt={t`QR code of the link to take part`} width={200} />
          </div>
        )}
        <div>
          <h3 className="govuk-heading-m">
            <Trans>1. Open the link</Trans>
          </h3>
          {link ? (
            <>
              <p className="govuk-body">
                <Trans>Scan the QR code with your phone’s camera, or type this link:</Trans>
              </p>
              <p className="govuk-body app-code app-pack__link" id="pack-link">
                {link}
              </p>
            </>
          ) : (
            <p className="govuk-body">
              <Trans>The link:</Trans>{' '}
              <span className="app-pack__blank" id="pack-link-blank">
                <span className="govuk-visually-hidden">
                  <Trans>a space to write the link</Trans>
                </span>
              </span>
            </p>
          )}
        </div>
      </div>
      <h3 className="govuk-heading-m">
        <Trans>2. Answer on your own</Trans>
      </h3>
      <p className="govuk-body">
        <Trans>
          Answer as you see the partnership today. It takes {min} to {max} minutes. There are no
          right or wrong answers, and “Don’t know” is a fine answer.
        </Trans>
      </p>
      <h3 className="govuk-heading-m">
        <Trans>3. Hand in your answers</Trans>
      </h3>
      <p className="govuk-body">
        <Trans>At the end, Rally offers two ways. Use the one the facilitator asks for:</Trans>
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <Trans>
            a response code: a short code of letters and numbers for the facilitator to type in;
          </Trans>
        </li>
        <li>
          <Trans>
            a response file: a small file of your answers to send to the facilitator, for example by
            email.
          </Trans>
        </li>
      </ul>
      <p className="govuk-body">
        <Trans>If you answered in turn on a shared device, hand in on that device.</Trans>
      </p>
      <h3 className="govuk-heading-m">
        <Trans>What is kept private</Trans>
      </h3>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <Trans>
            Your answers stay on your device until you hand them in. Rally has no server: nothing is
            sent anywhere.
          </Trans>
        </li>
        <li>
          <Trans>Rally does not ask for your name.</Trans>
        </li>
        <li>
          <Trans>
            The room sees the answers together. Where one person’s answers are shown, they are
            labelled Person A, Person B and so on, never by name.
          </Trans>
        </li>
        <li>
          <Trans>
            Figures for a sector or role are shown only for groups of 3 or more people, so nobody in
            a small group can be picked out.
          </Trans>
        </li>
        <li>
          <Trans>Comments are shown without names or sectors, in alphabetical order.</Trans>
        </li>
      </ul>
    </section>
  );
}

function Template({ bank, session }: { bank: Bank; session: SessionDetails | null }) {
  const { t } = useLingui();
  const areas = bank.dimensions.map((d) => d.name).join(', ');
  const columns = [
    t`What we will do`,
    t`Area`,
    t`Who leads`,
    t`By when`,
    t`Status`,
    t`How we will know it worked`,
    t`Resources needed`,
  ];
  return (
    <section
      className="app-pack-part app-pack-part--new-page app-pack-template"
      aria-labelledby="pack-template"
    >
      <h2 className="govuk-heading-l" id="pack-template">
        <Trans>Action plan</Trans>
      </h2>
      <SessionLine session={session} />
      <ul className="govuk-list govuk-body-s app-pack__notes">
        <li>
          <Trans>Area: one of {areas}.</Trans>
        </li>
        <li>
          <Trans>
            Who leads: an organisation or a role. Leave out the names of people who are not in the
            room.
          </Trans>
        </li>
        <li>
          <Trans>Status: not started, under way, done or dropped.</Trans>
        </li>
      </ul>
      <TableScroll label={t`Action-plan template`}>
        <table className="govuk-table app-pack__template" id="pack-template-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {t`Action-plan template, to fill in by hand`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                <Trans>No.</Trans>
              </th>
              {columns.map((c) => (
                <th scope="col" className="govuk-table__header" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {Array.from({ length: TEMPLATE_ROWS }, (_, i) => (
              <tr className="govuk-table__row" key={i}>
                <th scope="row" className="govuk-table__header">
                  {i + 1}
                </th>
                {columns.map((c) => (
                  <td className="govuk-table__cell" key={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
