// The English of the areas the first page can need before the app's data arrives (the shell
// and the start pages), merged: compiled into the first load. The other areas' English comes
// with the app's data (en-rest.ts; decision 018, docs/i18n.md).
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>('../../locales/{shell,start}/en.po', {
  eager: true,
});
export const messages = mergeAreas(areas);
