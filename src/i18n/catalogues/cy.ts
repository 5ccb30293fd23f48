// Every area's Welsh catalogue, merged: one chunk, fetched only when Welsh is chosen.
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

const areas = import.meta.glob<{ messages: Messages }>('../../locales/*/cy.po', { eager: true });
export const messages = mergeAreas(areas);
