/**
 * A store's reason for a failed save (state/device-storage.ts), in the language in use, for
 * the group and hand-in pages. The same messages as the save warning's (src/app), which pages
 * may not import; unknown reasons are shown as they are.
 */
import { msg } from '@lingui/core/macro';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { SAVE_ERRORS } from '../../state/device-storage';

const TEXT = new Map<string, MessageDescriptor>([
  [SAVE_ERRORS.unavailable, msg`This browser does not allow saving on this device.`],
  [SAVE_ERRORS.full, msg`This device has run out of space for saved answers.`],
  [SAVE_ERRORS.refused, msg`This browser refused to save your answers.`],
]);

export function saveErrorText(i18n: I18n, message: string): string {
  const descriptor = TEXT.get(message);
  return descriptor ? i18n._(descriptor) : message;
}
