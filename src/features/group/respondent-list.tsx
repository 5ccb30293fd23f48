/**
 * The responses in a session as the add-responses page lists them: by the privacy rule's labels
 * ("Person A", in no particular order), with a sector only where it singles nobody out, and a
 * warning naming people whose answers are exactly the same. A facilitator may show this page
 * on a projector, so it shows nothing a projector should not.
 */
import { useMemo } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { SessionFile } from '../../domain/group/session';
import { duplicateLabels, listPeople, shownText } from '../../domain/privacy/people';
import { MIN_GROUP_SIZE } from '../../domain/privacy/privacy-rule';

/** "A and B", "A, C and D". */
function listInWords(items: string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function RespondentList({
  bank,
  session,
  onRemove,
}: {
  bank: Bank;
  session: SessionFile;
  onRemove: (responseId: string) => void;
}) {
  const people = useMemo(
    () => listPeople(bank, session.session.id, session.responses),
    [bank, session.session.id, session.responses],
  );
  const duplicates = useMemo(() => duplicateLabels(bank, people), [bank, people]);
  return (
    <>
      <h2 className="govuk-heading-m">Responses in this session</h2>
      {duplicates.map((group) => (
        <div className="govuk-warning-text" key={group.join('-')}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {listInWords(group)} gave exactly the same answers. If one person handed in twice (for
            example a file and a code), remove one of them.
          </strong>
        </div>
      ))}
      <table className="govuk-table" id="respondent-list">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Shown by letter, in no particular order. A sector is shown only when at least{' '}
          {MIN_GROUP_SIZE} people share it and showing it picks nobody out.
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Person
            </th>
            <th scope="col" className="govuk-table__header">
              Sector
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.people.map((p) => (
            <tr className="govuk-table__row" key={p.responseId}>
              <th scope="row" className="govuk-table__header">
                {p.label}
              </th>
              <td className="govuk-table__cell">{shownText(p.sector)}</td>
              <td className="govuk-table__cell">
                <button
                  type="button"
                  className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                  onClick={() => onRemove(p.responseId)}
                >
                  Remove<span className="govuk-visually-hidden"> {p.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
