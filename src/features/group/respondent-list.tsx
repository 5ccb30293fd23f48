/**
 * The responses in a session as the add-responses page lists them: by the privacy rule's labels
 * ("Person A", in no particular order), with a sector only where it singles nobody out, and a
 * warning naming people whose answers are exactly the same. A facilitator may show this page
 * on a projector, so it shows nothing a projector should not.
 */
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { I18n } from '@lingui/core';
import { useMemo } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { SessionFile } from '../../domain/group/session';
import { listPeople, type Person, type ShownGroup } from '../../domain/privacy/people';
import { possibleDuplicates } from '../../domain/group/duplicates';
import { HIDDEN_MESSAGE, MIN_GROUP_SIZE } from '../../domain/privacy/privacy-rule';
import { WarningText } from '../../ui/warning-text';

/** "Person A and Person B", "Person A, Person C and Person D", in the language in use. */
function listInWords(i18n: I18n, names: string[]): string {
  if (names.length < 2) return names.join('');
  const first = names.slice(0, -1).join(', ');
  const last = names[names.length - 1]!;
  return i18n._(msg`${first} and ${last}`);
}

/** A sector beside a label, or "Not shown", in the language in use. */
function shown(i18n: I18n, group: ShownGroup): string {
  return group.shown ? group.label : i18n._(HIDDEN_MESSAGE);
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
  const { i18n } = useLingui();
  const min = MIN_GROUP_SIZE;
  // People whose answers are exactly the same (duplicates.ts), by label order.
  const duplicates = useMemo(
    () =>
      possibleDuplicates(
        bank,
        people.people.map((p) => p.response),
      ).map((group) => group.map((i) => people.people[i]!)),
    [bank, people],
  );
  const named = (p: Person) => i18n._(p.name);
  return (
    <>
      <h2 className="govuk-heading-m">
        <Trans>Responses in this session</Trans>
      </h2>
      {duplicates.map((group) => {
        const who = listInWords(i18n, group.map(named));
        return (
          <WarningText key={group.map((p) => p.label).join('-')}>
            <Trans>
              {who} gave exactly the same answers. If one person handed in twice (for example a file
              and a code), remove one of them.
            </Trans>
          </WarningText>
        );
      })}
      <table className="govuk-table" id="respondent-list">
        <caption className="govuk-table__caption govuk-table__caption--s">
          <Trans>
            Shown by letter, in no particular order. A sector is shown only when at least {min}{' '}
            people share it and showing it picks nobody out.
          </Trans>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              <Trans>Person</Trans>
            </th>
            <th scope="col" className="govuk-table__header">
              <Trans>Sector</Trans>
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">
                <Trans>Action</Trans>
              </span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.people.map((p) => {
            const name = named(p);
            return (
              <tr className="govuk-table__row" key={p.responseId}>
                <th scope="row" className="govuk-table__header">
                  {name}
                </th>
                <td className="govuk-table__cell">{shown(i18n, p.sector)}</td>
                <td className="govuk-table__cell">
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    onClick={() => onRemove(p.responseId)}
                  >
                    <Trans>
                      Remove <span className="govuk-visually-hidden">{name}</span>
                    </Trans>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
