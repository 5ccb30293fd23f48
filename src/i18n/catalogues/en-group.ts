// The English of the group pages (the facilitator's and the participant's), merged: one chunk,
// fetched with those pages' code, so that every other page's data leaves it out (en-rest.ts).
import type { Messages } from '@lingui/core';
import { mergeAreas } from '../merge';

// The areas used only by the group pages: the group and participant pages, the next cycle and
// the projector and pack, the camera scanner, and the programme page with its data download.
// (Braces need a comma: one name in braces matches nothing.)
const areas = import.meta.glob<{ messages: Messages }>(
  '../../locales/{group,cycle,present,scan,programme,programme-data}/en.po',
  {
    eager: true,
  },
);
export const messages = mergeAreas(areas);
