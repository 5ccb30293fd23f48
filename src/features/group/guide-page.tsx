/** The facilitator's guide: before, during and after a 90-minute session. Printable. */
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';
import { DataTable } from '../../ui/data-table';

const PLAN: [MessageDescriptor, MessageDescriptor, MessageDescriptor][] = [
  [
    msg`0 to 10 minutes`,
    msg`Welcome and purpose`,
    msg`Say what the session is for, that there are no right answers, and that individual answers are never shown with names. Show the participant link and QR code.`,
  ],
  [
    msg`10 to 35 minutes`,
    msg`Everyone answers alone`,
    msg`People answer on their own device, or in turn on a shared one. Ask them not to confer: differences are what you want to find. Hand in at the end, as a code or a file, or on the shared device.`,
  ],
  [
    msg`35 to 40 minutes`,
    msg`Bring the answers together`,
    msg`Open the group pages on a shared device with its passcode. Add the files, codes and hand-ins. Check the count matches the room. Open the group’s results on the projector.`,
  ],
  [
    msg`40 to 65 minutes`,
    msg`Discuss first`,
    msg`Start with the areas and statements marked “discuss first”: where the room is split. Ask people who rated high and low to say what they see. Then look at sector and role views, and at how differently people describe the governance.`,
  ],
  [
    msg`65 to 85 minutes`,
    msg`Agree and plan`,
    msg`For each area agree a score, starting at the median. Where the group moves it into another band, record why. Note one or two actions with an owner and a date.`,
  ],
  [
    msg`85 to 90 minutes`,
    msg`Close`,
    msg`Download the group PDF and save the session file. Agree when to run the assessment again, to compare then and now.`,
  ],
];

export function GuidePage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Facilitator’s guide`);
  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>Facilitator’s guide</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              A group session gathers 5 to 60 people from the partnership, each answering on their
              own, and turns their answers into a shared picture: where you agree, where you do not,
              and what you will do.
            </Trans>
          </p>
          <h2 className="govuk-heading-m">
            <Trans>Before the session</Trans>
          </h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Trans>
                Create the session in Rally on the laptop you will project from. Open it once while
                online; it then works without a connection.
              </Trans>
            </li>
            <li>
              <Trans>
                Invite a mix of sectors and roles. Views by sector or role are only shown for groups
                of 3 or more, so small groups stay anonymous.
              </Trans>
            </li>
            <li>
              <Trans>
                Have a plan for people without a device: they can answer in turn on a shared one.
                Set it up with “Pass this device round” on the group page first: it closes the group
                pages behind a passcode and hides each person’s answers from the next.
              </Trans>
            </li>
            <li>
              <Trans>Save the session file somewhere safe before you start.</Trans>
            </li>
          </ul>
          <h2 className="govuk-heading-m">
            <Trans>During a 90-minute session</Trans>
          </h2>
          <DataTable
            caption={t`A suggested running order`}
            columns={[{ label: t`Step` }, { label: t`Time` }, { label: t`What to do` }]}
            rows={PLAN.map(([time, step, what]) => ({
              key: time.id,
              header: i18n._(step),
              cells: [i18n._(time), i18n._(what)],
            }))}
          />
          <h2 className="govuk-heading-m">
            <Trans>Using the split statements</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              A statement or area is marked “discuss first” when at least 2 people, or a quarter of
              those who answered if that is more, rated it more than one point away from the middle
              answer. This adapts a rule from a published Delphi study of integrated care
              (International Journal of Integrated Care, doi 10.5334/ijic.7747). A split is not a
              problem to fix: it shows that people see the partnership differently, often because
              they stand in different places in it.
            </Trans>
          </p>
          <h2 className="govuk-heading-m">
            <Trans>The consensus step</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              The agreed score starts at the group median. Move it only when the discussion gives a
              reason, and write the reason down: it is required when the agreed score falls in a
              different band. Actions need a “what”; add who and by when where you can. Everyone’s
              own answers stay as they were.
            </Trans>
          </p>
          <h2 className="govuk-heading-m">
            <Trans>After the session</Trans>
          </h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Trans>Share the group PDF with the partnership board.</Trans>
            </li>
            <li>
              <Trans>
                Keep the session file: next time, use “Compare then and now” to see what has
                changed.
              </Trans>
            </li>
            <li>
              <Trans>End the session on shared computers so that the answers are removed.</Trans>
            </li>
          </ul>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-no-print"
            onClick={() => window.print()}
          >
            <Trans>Print this guide</Trans>
          </button>
        </div>
      </div>
    </>
  );
}
