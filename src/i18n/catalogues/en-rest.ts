// The English of every other area (questionnaire, results, the domain's messages) but the
// group pages' (en-group.ts), merged: one chunk, fetched with the app's data, so it stays out of
// the first load (en.ts).
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>(
  [
    '../../locales/*/en.po',
    '!../../locales/{shell,start,group,cycle,present,scan,programme,programme-data}/en.po',
  ],
  { eager: true },
);
export const messages = mergeAreas(areas);
