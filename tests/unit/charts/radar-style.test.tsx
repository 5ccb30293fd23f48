/**
 * The radar's series styles: person lines told apart without colour (dash pattern and marker),
 * colours with enough contrast, and a legend and page keys drawn from the same table.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildRadarConfig } from '../../../src/charts/radar/build-radar-config';
import { LineSwatch } from '../../../src/charts/radar/line-swatch';
import { markerPath } from '../../../src/charts/radar/marker-path';
import type { RadarData } from '../../../src/charts/radar/radar-types';
import { personLineStyle, seriesStyle } from '../../../src/charts/radar/series-style';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('person line styles', () => {
  it('give the first 35 people 35 different pairs of dash pattern and marker', () => {
    const pairs = Array.from({ length: 35 }, (_, v) => {
      const s = personLineStyle(v);
      return `${s.dash.join(',')}|${s.marker}`;
    });
    expect(new Set(pairs).size).toBe(35);
    // Any five in a row have five different dash patterns.
    for (let v = 0; v < 60; v += 1) {
      const dashes = [0, 1, 2, 3, 4].map((k) => personLineStyle(v + k).dash.join(','));
      expect(new Set(dashes).size).toBe(5);
    }
  });

  it('use colours with at least 3:1 contrast against white, and differ from the median line', () => {
    const median = seriesStyle({ style: 'primary' });
    for (let v = 0; v < 7; v += 1) {
      const s = personLineStyle(v);
      expect(contrastWithWhite(s.colour)).toBeGreaterThanOrEqual(3);
      expect(s.colour).not.toBe(median.colour);
      expect(s.width).toBeLessThan(median.width);
    }
  });
});

describe('the keys beside the checkboxes', () => {
  it('draw the line’s own dash pattern, colour and marker', () => {
    for (const variant of [0, 1, 3, 4]) {
      const { container, unmount } = render(
        <LineSwatch series={{ style: 'individual', variant }} />,
      );
      const style = personLineStyle(variant);
      const line = container.querySelector('line')!;
      expect(line.getAttribute('stroke')).toBe(style.colour);
      expect(line.getAttribute('stroke-dasharray')).toBe(
        style.dash.length ? style.dash.join(' ') : null,
      );
      expect(container.querySelector('path')!.getAttribute('d')).toBe(
        markerPath(style.marker, 30, 7, style.point * 1.2),
      );
      expect(container.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
      unmount();
    }
  });
});

describe('buildRadarConfig', () => {
  const data: RadarData = {
    axes: ['A', 'B', 'C'],
    series: [
      { label: 'Group median', values: [50, 60, 70], style: 'primary' },
      { label: 'Middle half of the group', values: [60, 70, 80], style: 'band-upper' },
      { label: 'Lower quartile', values: [40, 50, 60], style: 'band-lower' },
      { label: 'Person A', values: [10, 20, 30], style: 'individual', variant: 0 },
      { label: 'Person C', values: [30, 20, 10], style: 'individual', variant: 2 },
    ],
  };

  it('draws each person line with its own dash pattern, marker and colour', () => {
    const config = buildRadarConfig(data);
    const [, , , a, c] = config.data.datasets;
    for (const [set, variant] of [
      [a!, 0],
      [c!, 2],
    ] as const) {
      const style = personLineStyle(variant);
      expect(set.borderDash).toEqual(style.dash);
      expect(set.pointStyle).toBe(style.marker);
      expect(set.borderColor).toBe(style.colour);
    }
    expect(a!.borderDash).not.toEqual(c!.borderDash);
    expect(a!.pointStyle).not.toBe(c!.pointStyle);
  });

  it('gives every legend entry a drawn key, and leaves out the band’s lower edge', () => {
    const labels = buildRadarConfig(data).options!.plugins!.legend!.labels!;
    const chart = { isDatasetVisible: () => true } as never;
    const items = labels.generateLabels!(chart);
    expect(items.map((i) => i.text)).toEqual(data.series.map((s) => s.label));
    for (const item of items) expect(item.pointStyle).toBeInstanceOf(HTMLCanvasElement);
    expect(labels.usePointStyle).toBe(true);
    const kept = items.filter((item) => labels.filter!(item, {} as never));
    expect(kept.map((i) => i.text)).toEqual([
      'Group median',
      'Middle half of the group',
      'Person A',
      'Person C',
    ]);
  });
});

describe('the target series', () => {
  it('is told apart from the scores, an earlier file and the band without colour', () => {
    const target = seriesStyle({ style: 'target' });
    for (const other of ['primary', 'secondary', 'band-upper'] as const) {
      const o = seriesStyle({ style: other });
      expect(`${target.dash.join(',')}|${target.marker}`).not.toBe(
        `${o.dash.join(',')}|${o.marker}`,
      );
    }
    expect(target.dash.length).toBeGreaterThan(0);
    expect(target.point).toBeGreaterThan(0);
    expect(target.fill).toBe(false);
    expect(contrastWithWhite(target.colour)).toBeGreaterThanOrEqual(3);
  });

  it('is drawn dashed with triangles and named in the legend', () => {
    const data: RadarData = {
      axes: ['A', 'B', 'C'],
      series: [
        { label: 'Your scores', values: [50, 60, 70], style: 'primary' },
        { label: 'Your targets', values: [75, null, 75], style: 'target' },
      ],
    };
    const config = buildRadarConfig(data);
    const set = config.data.datasets[1]!;
    expect(set.borderDash).toEqual([10, 4]);
    expect(set.pointStyle).toBe('triangle');
    expect(set.fill).toBe(false);
    const labels = config.options!.plugins!.legend!.labels!;
    const items = labels.generateLabels!({ isDatasetVisible: () => true } as never);
    expect(items.filter((item) => labels.filter!(item, {} as never)).map((i) => i.text)).toEqual([
      'Your scores',
      'Your targets',
    ]);
  });
});
