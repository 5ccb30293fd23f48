/**
 * English is split across three chunks (docs/i18n.md): the first load's (en.ts: shell, start),
 * the group pages' (en-group.ts, fetched with their code) and the rest (en-rest.ts, with the
 * app's data). A built page shows a message's id, not its English, when its area is in none of
 * them (the macros keep the English only in development and tests), so every area's every
 * message must be in exactly the chunk its pages load.
 */
import type { Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { messages as first } from '../../../src/i18n/catalogues/en';
import { messages as group } from '../../../src/i18n/catalogues/en-group';
import { messages as rest } from '../../../src/i18n/catalogues/en-rest';

const areas = import.meta.glob<{ messages: Messages }>('../../../src/locales/*/en.po', {
  eager: true,
});
const byArea = Object.fromEntries(
  Object.entries(areas).map(([file, m]) => [file.split('/').at(-2)!, m.messages]),
);

/** Which chunk each area's English must be in. */
const CHUNK: Record<string, Messages> = {
  shell: first,
  start: first,
  group,
  cycle: group,
  present: group,
  scan: group,
  'programme-data': group,
  programme: group,
};

describe('the English chunks', () => {
  it('finds every area', () => {
    expect(Object.keys(byArea)).toEqual(
      expect.arrayContaining(['shell', 'start', 'group', 'questionnaire', 'results']),
    );
  });

  it.each(Object.keys(byArea))('has every message of the %s area in its chunk', (area) => {
    const ids = Object.keys(byArea[area]!);
    expect(ids.length).toBeGreaterThan(0);
    const chunk = CHUNK[area] ?? rest;
    expect(ids.filter((id) => !(id in chunk))).toEqual([]);
  });

  it('keeps the group pages’ English out of every page’s data', () => {
    const onlyGroup = Object.keys(group).filter(
      (id) =>
        !Object.entries(byArea).some(
          ([area, m]) =>
            !['group', 'cycle', 'present', 'scan', 'programme', 'programme-data'].includes(area) &&
            id in m,
        ),
    );
    expect(onlyGroup.length).toBeGreaterThan(50);
    expect(onlyGroup.filter((id) => id in rest)).toEqual([]);
  });
});
