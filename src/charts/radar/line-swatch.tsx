/**
 * A small picture of one radar line (its dash pattern, colour and marker) for the page's own
 * controls and keys, drawn from the same style table as the chart (series-style.ts). It is
 * decoration beside a text label, so it is hidden from assistive technology.
 */
import { filledMarker, markerPath } from './marker-path';
import type { RadarSeries } from './radar-types';
import { seriesStyle } from './series-style';

export function LineSwatch({ series }: { series: Pick<RadarSeries, 'style' | 'variant'> }) {
  const style = seriesStyle(series);
  const w = 60;
  const h = 14;
  return (
    <svg
      className="app-line-swatch"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
      focusable="false"
    >
      {style.fill && <rect x={0} y={2} width={w} height={h - 4} fill={style.fill} />}
      <line
        x1={0}
        y1={h / 2}
        x2={w}
        y2={h / 2}
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash.length ? style.dash.join(' ') : undefined}
      />
      {style.point > 0 && (
        <path
          d={markerPath(style.marker, w / 2, h / 2, style.point * 1.2)}
          fill={filledMarker(style.marker) ? style.colour : 'none'}
          stroke={style.colour}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}
