// Every area's English catalogue, merged. English is compiled into the first load because it is
// small and the first page needs it at once (decision 018 has the figures; docs/i18n.md says
// when to make it lazy like the others).
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>('../../locales/*/en.po', { eager: true });
export const messages = mergeAreas(areas);
