/**
 * The save warning shows why a save failed in the language in use: every reason a store can
 * give has its message, in English exactly as the store says it, and in Welsh.
 */
import { describe, expect, it } from 'vitest';
import { saveErrorText } from '../../../src/app/save-warning';
import { activate, i18n } from '../../../src/i18n';
import { HELD_MESSAGE, SAVE_ERRORS } from '../../../src/state/device-storage';

const reasons = [...Object.values(SAVE_ERRORS), HELD_MESSAGE];

describe('reasons for a failed save', () => {
  it('reads in English as the stores give them', () => {
    for (const reason of reasons) expect(saveErrorText(i18n, reason)).toBe(reason);
  });

  it('reads in Welsh when Welsh is in use', async () => {
    await activate('cy');
    try {
      expect(saveErrorText(i18n, SAVE_ERRORS.full)).toBe(
        'Nid oes lle ar ôl ar y ddyfais hon i gadw atebion.',
      );
      for (const reason of reasons) expect(saveErrorText(i18n, reason)).not.toBe(reason);
    } finally {
      await activate('en');
    }
  });
});
