/**
 * How each kind of radar series is drawn: colour, dash pattern, line width and point marker.
 * One table for the chart (build-radar-config.ts), its legend (legend-swatch.ts) and the
 * swatches beside the page's own controls (line-swatch.tsx), so that they always match.
 *
 * Nothing is told by colour alone: every series differs from the others in its dash pattern or
 * its marker as well. A person line takes its marker (and colour) from a cycle of 7 and its dash
 * pattern from a cycle of 5; as 5 and 7 have no common factor, no two of the first 35 people
 * share both dash and marker. Colours are from the GOV.UK palette and each has at least 3:1
 * contrast against white (WCAG 1.4.11).
 */
import type { RadarSeries } from './radar-types';

/** The markers chart.js can draw and line-swatch.tsx draws the same way. */
export type Marker = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'cross' | 'star';

export type SeriesStyle = {
  colour: string;
  /** Fill inside the line (the median's area, the band), or false. */
  fill: string | false;
  dash: number[];
  width: number;
  /** Marker radius in pixels; 0 for none. */
  point: number;
  marker: Marker;
};

const FIXED: Record<Exclude<RadarSeries['style'], 'individual'>, SeriesStyle> = {
  primary: {
    colour: '#1d70b8',
    fill: 'rgba(29, 112, 184, 0.18)',
    dash: [],
    width: 3,
    point: 4,
    marker: 'circle',
  },
  secondary: { colour: '#d4351c', fill: false, dash: [8, 5], width: 2, point: 4, marker: 'rect' },
  // Where the partnership aims: black, a long dash and triangles, so it reads apart from the
  // scores (solid, circles) and an earlier file (red, squares) in greyscale too.
  target: {
    colour: '#0b0c0c',
    fill: false,
    dash: [10, 4],
    width: 2,
    point: 5,
    marker: 'triangle',
  },
  'band-upper': {
    colour: '#505a5f',
    fill: 'rgba(80, 90, 95, 0.15)',
    dash: [2, 3],
    width: 1,
    point: 0,
    marker: 'circle',
  },
  'band-lower': {
    colour: '#505a5f',
    fill: false,
    dash: [2, 3],
    width: 1,
    point: 0,
    marker: 'circle',
  },
};

// Black, red, green, purple, pink, dark blue, dark grey: each 3:1 or more against white.
const PERSON_COLOURS = [
  '#0b0c0c',
  '#d4351c',
  '#00703c',
  '#4c2c92',
  '#d53880',
  '#003078',
  '#505a5f',
];
const PERSON_DASHES: number[][] = [[], [12, 5], [3, 4], [14, 4, 3, 4], [6, 3]];
const PERSON_MARKERS: Marker[] = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'cross',
  'star',
];

/** The style of the person line with `variant` (0, 1, 2, ...). */
export function personLineStyle(variant: number): SeriesStyle {
  const v = Math.max(0, Math.floor(variant));
  return {
    colour: PERSON_COLOURS[v % PERSON_COLOURS.length]!,
    fill: false,
    dash: PERSON_DASHES[v % PERSON_DASHES.length]!,
    width: 2,
    point: 4,
    marker: PERSON_MARKERS[v % PERSON_MARKERS.length]!,
  };
}

/** The style of a series. */
export function seriesStyle(series: Pick<RadarSeries, 'style' | 'variant'>): SeriesStyle {
  return series.style === 'individual' ? personLineStyle(series.variant ?? 0) : FIXED[series.style];
}
