/** The facilitator's guide: before, during and after a 90-minute session. Printable. */
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';
import { DataTable } from '../../ui/data-table';

const PLAN: [string, string, string][] = [
  [
    '0 to 10 minutes',
    'Welcome and purpose',
    'Say what the session is for, that there are no right answers, and that individual answers are never shown with names. Show the participant link and QR code.',
  ],
  [
    '10 to 35 minutes',
    'Everyone answers alone',
    'People answer on their own device, or in turn on a shared one. Ask them not to confer: differences are what you want to find. Hand in at the end, as a code or a file, or on the shared device.',
  ],
  [
    '35 to 40 minutes',
    'Bring the answers together',
    'Open the group pages on a shared device with its passcode. Add the files, codes and hand-ins. Check the count matches the room. Open the group’s results on the projector.',
  ],
  [
    '40 to 65 minutes',
    'Discuss first',
    'Start with the areas and statements marked “discuss first”: where the room is split. Ask people who rated high and low to say what they see. Then look at sector and role views, and at how differently people describe the governance.',
  ],
  [
    '65 to 85 minutes',
    'Agree and plan',
    'For each area agree a score, starting at the median. Where the group moves it into another band, record why. Note one or two actions with an owner and a date.',
  ],
  [
    '85 to 90 minutes',
    'Close',
    'Download the group PDF and save the session file. Agree when to run the assessment again, to compare then and now.',
  ],
];

export function GuidePage() {
  useDocumentTitle('Facilitator’s guide');
  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Facilitator’s guide</h1>
          <p className="govuk-body">
            A group session gathers 5 to 60 people from the partnership, each answering on their
            own, and turns their answers into a shared picture: where you agree, where you do not,
            and what you will do.
          </p>
          <h2 className="govuk-heading-m">Before the session</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              Create the session in Rally on the laptop you will project from. Open it once while
              online; it then works without a connection.
            </li>
            <li>
              Invite a mix of sectors and roles. Views by sector or role are only shown for groups
              of 3 or more, so small groups stay anonymous.
            </li>
            <li>
              Have a plan for people without a device: they can answer in turn on a shared one. Set
              it up with “Pass this device round” on the group page first: it closes the group pages
              behind a passcode and hides each person’s answers from the next.
            </li>
            <li>Save the session file somewhere safe before you start.</li>
          </ul>
          <h2 className="govuk-heading-m">During a 90-minute session</h2>
          <DataTable
            caption="A suggested running order"
            columns={[{ label: 'Step' }, { label: 'Time' }, { label: 'What to do' }]}
            rows={PLAN.map(([time, step, what]) => ({
              key: time,
              header: step,
              cells: [time, what],
            }))}
          />
          <h2 className="govuk-heading-m">Using the split statements</h2>
          <p className="govuk-body">
            A statement or area is marked “discuss first” when at least 2 people, or a quarter of
            those who answered if that is more, rated it more than one point away from the middle
            answer. This adapts a rule from a published Delphi study of integrated care
            (International Journal of Integrated Care, doi 10.5334/ijic.7747). A split is not a
            problem to fix: it shows that people see the partnership differently, often because they
            stand in different places in it.
          </p>
          <h2 className="govuk-heading-m">The consensus step</h2>
          <p className="govuk-body">
            The agreed score starts at the group median. Move it only when the discussion gives a
            reason, and write the reason down: it is required when the agreed score falls in a
            different band. Actions need a “what”; add who and by when where you can. Everyone’s own
            answers stay as they were.
          </p>
          <h2 className="govuk-heading-m">After the session</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>Share the group PDF with the partnership board.</li>
            <li>
              Keep the session file: next time, use “Compare then and now” to see what has changed.
            </li>
            <li>End the session on shared computers so that the answers are removed.</li>
          </ul>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-no-print"
            onClick={() => window.print()}
          >
            Print this guide
          </button>
        </div>
      </div>
    </>
  );
}
