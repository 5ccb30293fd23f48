// The English of every other area (questionnaire, results, group, the domain's messages),
// merged: one chunk, fetched with the app's data, so it stays out of the first load (en.ts).
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>(
  ['../../locales/*/en.po', '!../../locales/{shell,start}/en.po'],
  { eager: true },
);
export const messages = mergeAreas(areas);
