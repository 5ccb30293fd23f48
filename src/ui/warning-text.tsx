/**
 * GOV.UK's warning text: the icon, the word "Warning" for screen readers (then a space, so that
 * it is not read run into the warning's first word), and the warning in bold.
 */
import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';

export function WarningText({
  children,
  id,
  textId,
  role,
}: {
  children: ReactNode;
  /** The whole warning's id. */
  id?: string;
  /** The warning's words' id, for a control that `aria-describedby` them. */
  textId?: string;
  /** 'alert' when the warning appears in answer to something the user did. */
  role?: 'alert';
}) {
  return (
    <div className="govuk-warning-text" id={id} role={role}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text" id={textId}>
        <span className="govuk-visually-hidden">
          <Trans>Warning</Trans>
        </span>{' '}
        {children}
      </strong>
    </div>
  );
}
