import { msg } from '@lingui/core/macro';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../domain/bank/bank-schema';
import { downloadFile } from '../export/download';
import { exportFileName } from '../export/file-name';
import { translated } from '../domain/said';
import { HELD_MESSAGE, SAVE_ERRORS, useSaveStatus } from '../state/device-storage';
import { retrySaving, unsavedFile, unsavedParts, type Unsaved } from '../state/unsaved';

const TITLES: Record<Unsaved['kind'], MessageDescriptor> = {
  assessment: msg`Your answers are not being saved`,
  group: msg`Your group session is not being saved`,
  bank: msg`The question bank you loaded is not being saved`,
  language: msg`Your choice of language is not being saved`,
  held: msg`Saved data could not be kept safe`,
};

const BUTTONS: Record<Exclude<Unsaved['kind'], 'language'>, MessageDescriptor> = {
  assessment: msg`Download your answers`,
  group: msg`Download the session file`,
  bank: msg`Download the question bank file`,
  held: msg`Download the data that could not be used`,
};

const WHAT: Record<Exclude<Unsaved['kind'], 'held' | 'language'>, MessageDescriptor> = {
  assessment: msg`Your answers are still in this page.`,
  group: msg`Your group session, with every response added to it, is still in this page. You can open the session file on the group session page.`,
  bank: msg`The question bank is still in use in this page. You can load the file again on the question bank page.`,
};

/** Each reason a store gives for a failed save, in the language in use. */
const SAVE_ERROR_TEXT = new Map<string, MessageDescriptor>([
  [SAVE_ERRORS.unavailable, msg`This browser does not allow saving on this device.`],
  [SAVE_ERRORS.full, msg`This device has run out of space for saved answers.`],
  [SAVE_ERRORS.refused, msg`This browser refused to save your answers.`],
  [
    HELD_MESSAGE,
    msg`Rally found saved data on this device that it cannot use, and there is no space to keep a copy of it. To protect that data, nothing new is being saved until there is space.`,
  ],
]);

/** A store's reason for a failed save, in the language in use (as it is, if unknown). */
export function saveErrorText(i18n: I18n, message: string): string {
  const descriptor = SAVE_ERROR_TEXT.get(message);
  return descriptor ? i18n._(descriptor) : message;
}

async function download(part: Unsaved, bank: Bank, index: number) {
  const file = await unsavedFile(part, bank);
  if (!file) return;
  const name =
    part.kind === 'assessment'
      ? `rally-answers-${file.date}.json`
      : part.kind === 'group'
        ? exportFileName(`session ${file.session?.name ?? ''}`, file.date, 'json')
        : part.kind === 'bank'
          ? exportFileName(`question bank ${part.bankId}`, file.date, 'json')
          : `rally-kept-data-${index + 1}.json`;
  downloadFile(name, file.text);
}

/**
 * Shown on every page while anything is not being saved (for example, the device's storage is
 * full): the answers, the group session, a loaded question bank, or saved data that could not
 * be copied aside. Each comes with a download of exactly what could not be saved.
 */
export function SaveWarning({ bank }: { bank: Bank }) {
  const { i18n } = useLingui();
  const errors = useSaveStatus((s) => s.errors);
  const held = useSaveStatus((s) => s.held);
  const parts = unsavedParts({ errors, held });
  if (parts.length === 0) return null;
  const kinds = new Set(parts.map((p) => p.kind));
  const title = i18n._(
    kinds.size === 1 ? TITLES[parts[0]!.kind] : msg`Some of your work is not being saved`,
  );
  const messages = [...new Set(parts.filter((p) => p.kind !== 'held').map((p) => p.message))];
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="save-warning-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="save-warning-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {messages.map((m) => (
          <p className="govuk-notification-banner__heading" key={m}>
            {saveErrorText(i18n, m)}
          </p>
        ))}
        {parts.map((part, i) => (
          <div key={part.key}>
            {part.kind === 'language' ? (
              <p className="govuk-body">
                <Trans>
                  Rally will use this language until you close this page. Next time, you may need to
                  choose it again.
                </Trans>
              </p>
            ) : part.kind === 'held' ? (
              <p className="govuk-body">
                <Trans>
                  Rally found saved data on this device that it cannot use (
                  {translated(i18n, part.reason)}). There is no space to keep a copy of it, so it
                  has been left where it was, and nothing new is saved until there is space.
                  Download it to keep it safe.
                </Trans>
              </p>
            ) : (
              <p className="govuk-body">
                {i18n._(WHAT[part.kind])}{' '}
                <Trans>Download it now so that you do not lose it when you close this page.</Trans>
              </p>
            )}
            {part.kind !== 'language' && (
              <button
                type="button"
                className="govuk-button"
                onClick={() => void download(part, bank, i)}
              >
                {i18n._(BUTTONS[part.kind])}
              </button>
            )}
          </div>
        ))}
        <p className="govuk-body">
          <Trans>If you have freed some space on this device, try again.</Trans>
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={() => void retrySaving()}
        >
          <Trans>Try saving again</Trans>
        </button>
      </div>
    </div>
  );
}
