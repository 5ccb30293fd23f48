// Every area's pseudo-locale catalogue (tests only): made from the English at build time with
// every string visibly changed, so a test can find text that did not come from a catalogue.
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>('../../locales/*/pseudo.po', {
  eager: true,
});
export const messages = mergeAreas(areas);
