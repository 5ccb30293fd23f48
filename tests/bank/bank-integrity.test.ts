/**
 * Integrity of the real question bank in questions/: it parses, and it keeps the promises the
 * instrument makes (counts, reachability of every type, texts for every band, sources).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AgreementItem,
  Bank,
  ChoiceItem,
  GridItem,
  Item,
} from '../../src/domain/bank/bank-schema';
import { DIMENSION_IDS } from '../../src/domain/bank/bank-schema';
import {
  agreementItems,
  allItems,
  findSection,
  sectionItems,
} from '../../src/domain/bank/bank-queries';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { summariseBank } from '../../src/domain/bank/bank-summary';
import { loadRealBank, readRealFiles } from './real-bank';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const isWeighted = (i: Item): i is ChoiceItem | GridItem =>
  i.kind === 'choice' || i.kind === 'grid';
const choiceItems = (b: Bank) => allItems(b).filter(isWeighted);
const typologyItems = (b: Bank) =>
  allItems(b).filter((i): i is ChoiceItem => i.kind === 'choice' && i.profile === 'typology');
function topTargets(weights: Record<string, number>): string[] {
  const max = Math.max(...Object.values(weights));
  return Object.keys(weights).filter((k) => weights[k] === max);
}

describe('the real question bank', () => {
  it('parses with no problems', async () => {
    const parsed = parseBank(await readRealFiles());
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has unique item ids across all sections, and unique section and page ids', () => {
    const ids = allItems(bank).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionIds = bank.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    for (const s of bank.sections) {
      const pageIds = s.pages.map((p) => p.id);
      expect(new Set(pageIds).size, s.id).toBe(pageIds.length);
    }
  });

  it('has 40 to 50 agreement items, and 5 to 9 in every dimension', () => {
    const items = agreementItems(bank);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.length).toBeLessThanOrEqual(50);
    for (const dim of DIMENSION_IDS) {
      const n = items.filter((i) => i.dimension === dim).length;
      expect(n, dim).toBeGreaterThanOrEqual(5);
      expect(n, dim).toBeLessThanOrEqual(9);
    }
  });

  it('has 12 to 16 choice items (choice and grid)', () => {
    const n = choiceItems(bank).length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(16);
  });

  it('summariseBank agrees with direct counts', () => {
    const summary = summariseBank(bank);
    expect(summary.agreementItems).toBe(agreementItems(bank).length);
    expect(summary.choiceItems).toBe(choiceItems(bank).length);
    expect(summary.sections).toBe(bank.sections.length);
    expect(Object.values(summary.dimensions).reduce((a, b) => a + b, 0)).toBe(
      summary.agreementItems,
    );
    expect(Object.keys(summary.dimensions)).toEqual(bank.dimensions.map((d) => d.name));
  });

  it('has the nine sections of the instrument, ordered 0 to 8', () => {
    expect(bank.sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bank.sections.map((s) => s.id)).toEqual([
      'about',
      'why',
      'shape',
      'leadership',
      'culture',
      'infrastructure',
      'communities',
      'learning',
      'reflection',
    ]);
    expect(bank.sections.map((s) => s.comment)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives every choice and grid option a positive weight between 0 and 1', () => {
    for (const item of choiceItems(bank)) {
      for (const option of item.options) {
        const values = Object.values(option.weights);
        expect(
          values.some((v) => v > 0),
          `${item.id}.${option.id}`,
        ).toBe(true);
        for (const v of values) {
          expect(v, `${item.id}.${option.id}`).toBeGreaterThanOrEqual(0);
          expect(v, `${item.id}.${option.id}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('asks the seven typology indicators, with the main change weighing most', () => {
    const items = typologyItems(bank);
    expect(items.map((i) => i.id).sort()).toEqual([
      'type-disruption',
      'type-funding',
      'type-horizon',
      'type-initiator',
      'type-main-change',
      'type-position',
      'type-scope',
    ]);
    for (const item of items)
      expect(item.importance, item.id).toBe(item.id === 'type-main-change' ? 3 : 1);
    expect(items.find((i) => i.id === 'type-disruption')?.options).toHaveLength(5);
  });

  it('can reach every type: each is the clear top weight of a main-change option', () => {
    const main = typologyItems(bank).find((i) => i.id === 'type-main-change');
    expect(main).toBeDefined();
    for (const type of bank.typology.types) {
      const leads = main!.options.filter((o) => {
        const top = topTargets(o.weights);
        return top.length === 1 && top[0] === type.id;
      });
      expect(leads.length, type.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('never lets a single supporting answer outweigh a clear main change', () => {
    const items = typologyItems(bank);
    const main = items.find((i) => i.id === 'type-main-change')!;
    const weakestMain = Math.min(
      ...main.options.map((o) => main.importance * Math.max(...Object.values(o.weights))),
    );
    for (const item of items.filter((i) => i !== main)) {
      for (const o of item.options) {
        for (const w of Object.values(o.weights))
          expect(item.importance * w, `${item.id}.${o.id}`).toBeLessThan(weakestMain);
      }
    }
  });

  it('weights the disruption scale in its order: a step further never pulls away from the high-change types', () => {
    // The options run from "connects what already exists" to "restructures the system". The
    // source puts system connectors at the low end and councils and agents of change at the
    // high end, with the market in between.
    const item = typologyItems(bank).find((i) => i.id === 'type-disruption')!;
    expect(item.options.map((o) => o.id)).toEqual([
      'connects',
      'adjusts',
      'reshapes-relationships',
      'transforms-organisations',
      'restructures',
    ]);
    const along = (typeId: string) => item.options.map((o) => o.weights[typeId] ?? 0);
    const steps = (w: number[]) => w.slice(1).map((v, i) => v - w[i]!);
    for (const high of ['collaborative-council', 'agent-of-change']) {
      expect(
        steps(along(high)).every((d) => d >= 0),
        `${high}: ${along(high)}`,
      ).toBe(true);
      expect(along(high).at(-1), high).toBe(Math.max(...along(high)));
    }
    const connector = along('system-connector');
    expect(
      steps(connector).every((d) => d <= 0),
      `system-connector: ${connector}`,
    ).toBe(true);
    expect(connector[0]).toBe(Math.max(...connector));
    // The market rises to one peak and then falls: never up again after going down.
    const market = steps(along('collaborative-market'));
    const firstFall = market.findIndex((d) => d < 0);
    expect(firstFall === -1 || market.slice(firstFall).every((d) => d <= 0)).toBe(true);
  });

  it('does not favour any type: the best weighted total each type can reach is within 10% of the others', () => {
    const items = typologyItems(bank);
    const best = bank.typology.types.map((t) =>
      items.reduce(
        (sum, i) => sum + i.importance * Math.max(...i.options.map((o) => o.weights[t.id] ?? 0)),
        0,
      ),
    );
    const total = items.reduce((sum, i) => sum + i.importance, 0);
    expect(Math.max(...best) - Math.min(...best)).toBeLessThanOrEqual(0.1 * total);
  });

  it("names the report's example sites for each type", () => {
    const sites = Object.fromEntries(bank.typology.types.map((t) => [t.id, t.exampleSites]));
    expect(sites).toEqual({
      'collaborative-council': ['Oldham', 'Wigan', 'Wirral'],
      'collaborative-market': ['Plymouth Alliance Contract', "Young People's Foundations"],
      'agent-of-change': ['Ignite', 'Golden Key'],
      'system-connector': ['West London Zone', 'Doing the Right Thing'],
    });
  });

  it('maps the governance mode options one to one onto the modes and "unclear"', () => {
    const mode = allItems(bank).find(
      (i): i is ChoiceItem => i.kind === 'choice' && i.profile === 'governance-mode',
    );
    expect(mode).toBeDefined();
    const targets = mode!.options.map((o) => Object.keys(o.weights));
    expect(targets).toEqual([
      ...bank.governance.modes.map((m) => [m.id]),
      [bank.governance.unclear],
    ]);
  });

  it('lets the governance conditions point towards every mode', () => {
    const conditions = allItems(bank).filter(
      (i): i is ChoiceItem => i.kind === 'choice' && i.profile === 'governance-conditions',
    );
    expect(conditions.map((i) => i.id)).toEqual([
      'gov-partners',
      'gov-trust',
      'gov-goals',
      'gov-capabilities',
    ]);
    const favoured = new Set(
      conditions.flatMap((i) => i.options.flatMap((o) => topTargets(o.weights))),
    );
    for (const mode of bank.governance.modes) expect(favoured.has(mode.id), mode.id).toBe(true);
  });

  it('asks for the accountability mix as one grid of the five approaches', () => {
    const grids = allItems(bank).filter((i): i is GridItem => i.kind === 'grid');
    expect(grids).toHaveLength(1);
    const grid = grids[0]!;
    expect(grid.profile).toBe('accountability');
    expect(grid.rows.map((r) => r.id)).toEqual([
      'results',
      'system-health',
      'outcomes',
      'narratives',
      'community-reporting',
    ]);
    expect(Object.fromEntries(grid.options.map((o) => [o.id, o.weights]))).toEqual({
      'not-used': { 'not-used': 1 },
      learning: { learning: 1 },
      accountability: { accountability: 1 },
      both: { learning: 1, accountability: 1 },
    });
  });

  it('has an interpretation and 2 to 3 discussion prompts for every band of every dimension', () => {
    expect(bank.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const dim of bank.dimensions) {
      expect(dim.notEnough.length, dim.id).toBeGreaterThan(0);
      for (const band of bank.scoring.bands) {
        const text = dim.bands[band.id];
        expect(text, `${dim.id}.${band.id}`).toBeDefined();
        expect(text!.interpretation.trim().length).toBeGreaterThan(0);
        expect(text!.prompts.length).toBeGreaterThanOrEqual(2);
        expect(text!.prompts.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it("uses the instrument's bands and coverage rule", () => {
    expect(bank.scoring.minCoverage).toBe(0.6);
    expect(bank.scoring.bands.map((b) => [b.id, b.min])).toEqual([
      ['strength', 75],
      ['developing', 50],
      ['priority', 0],
    ]);
  });

  it('evidences each leadership role with at least 2 leadership items', () => {
    const leadership = agreementItems(bank).filter((i) => i.dimension === 'leadership');
    for (const role of bank.leadership.roles) {
      expect(
        leadership.filter((i) => i.roles.includes(role.id)).length,
        role.id,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every item a source note', () => {
    for (const item of allItems(bank))
      expect(item.source.trim().length, item.id).toBeGreaterThan(10);
  });

  it('keeps reverse-keyed items rare (at most 2)', () => {
    expect(agreementItems(bank).filter((i: AgreementItem) => i.reverse).length).toBeLessThanOrEqual(
      2,
    );
  });

  it('keeps item wording short', () => {
    for (const item of allItems(bank))
      expect(item.text.split(/\s+/).length, item.id).toBeLessThanOrEqual(20);
  });

  it('gives each choice or grid item a page of its own, and groups agreement items 3 to 5 under a title', () => {
    for (const section of bank.sections) {
      for (const page of section.pages) {
        if (page.items.some(isWeighted))
          expect(page.items, `${section.id}/${page.id}`).toHaveLength(1);
        if (page.items.some((i) => i.kind === 'agreement')) {
          expect(
            page.items.every((i) => i.kind === 'agreement'),
            `${section.id}/${page.id}`,
          ).toBe(true);
          expect(page.items.length, `${section.id}/${page.id}`).toBeGreaterThanOrEqual(3);
          expect(page.items.length, `${section.id}/${page.id}`).toBeLessThanOrEqual(5);
          expect(page.title, `${section.id}/${page.id}`).toBeTruthy();
        }
      }
    }
  });

  it('keeps the about and reflection sections optional and unscored', () => {
    for (const id of ['about', 'reflection']) {
      const section = findSection(bank, id)!;
      expect(section.scored).toBe(false);
      for (const item of sectionItems(section)) expect(item.required, item.id).toBe(false);
    }
    const about = sectionItems(findSection(bank, 'about')!);
    const fields = about.map((i) =>
      i.kind === 'text' || i.kind === 'select' ? i.field : undefined,
    );
    expect(fields).toEqual(['partnership-name', 'place', 'sector', 'role-level', 'time-involved']);
    const sector = about.find((i) => i.id === 'sector');
    expect(sector?.kind === 'select' ? sector.options.length : 0).toBe(8);
    const role = about.find((i) => i.id === 'role-level');
    expect(role?.kind === 'select' ? role.options.length : 0).toBe(5);
  });

  it('tells the respondent in section 0 that answers stay on the device', () => {
    expect(findSection(bank, 'about')?.intro).toMatch(/device/i);
  });
});
