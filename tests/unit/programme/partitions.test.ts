/**
 * The partitions both programme tables are written in (partitions.ts): a cycle's rows go in the
 * partition of its bank version and year, made once, and the list comes in bank version order
 * (by number: 1.9.0 before 1.10.0), then year order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, createPartitions } from '../../../src/domain/programme/partitions';

const cycleArb = fc.record({
  bankVersion: fc.constantFrom('1.0.0', '1.9.0', '1.10.0', '2.0.0'),
  date: fc.constantFrom('2024-05-01', '2025-01-31', '2025-12-31', '2026-03-01', 'not a date'),
});

describe('createPartitions', () => {
  it('puts each cycle in the one partition of its bank version and year, listed in order', () => {
    fc.assert(
      fc.property(fc.array(cycleArb, { maxLength: 30 }), (cycles) => {
        let made = 0;
        const partitions = createPartitions(() => {
          made += 1;
          return [] as string[];
        });
        for (const cycle of cycles) {
          const p = partitions.of(cycle);
          p.columns.push(cycle.date);
          p.rows += 1;
          expect(p.bankVersion).toBe(cycle.bankVersion);
          expect(p.year).toBe(cycle.date === 'not a date' ? 0 : Number(cycle.date.slice(0, 4)));
        }
        const list = partitions.list();
        const keys = new Set(cycles.map((c) => `${c.bankVersion} ${c.date.slice(0, 4)}`));
        expect(list).toHaveLength(keys.size);
        expect(made).toBe(keys.size);
        expect(list.reduce((n, p) => n + p.rows, 0)).toBe(cycles.length);
        for (let i = 1; i < list.length; i += 1) {
          const a = list[i - 1]!;
          const b = list[i]!;
          const order = compareVersions(a.bankVersion, b.bankVersion) || a.year - b.year;
          expect(order).toBeLessThan(0);
        }
      }),
    );
  });

  it('orders versions by number, not as text', () => {
    const partitions = createPartitions(() => null);
    partitions.of({ bankVersion: '1.10.0', date: '2025-01-01' });
    partitions.of({ bankVersion: '1.9.0', date: '2026-01-01' });
    partitions.of({ bankVersion: '1.9.0', date: '2025-01-01' });
    expect(partitions.list().map((p) => `${p.bankVersion}/${p.year}`)).toEqual([
      '1.9.0/2025',
      '1.9.0/2026',
      '1.10.0/2025',
    ]);
  });
});
