import type { RadarData } from '../../charts/radar/radar-types';
import type { Targets } from '../../domain/plan/targets';
import type { DimensionScore } from '../../domain/scoring/score-dimensions';

/**
 * One respondent's dimension scores as radar data; a dimension without a score is a gap.
 * `label` names the series ("Your scores"), in the language in use. With any target set, a
 * second series shows the targets (`target.label`, "Your targets"), drawn dashed with its own
 * marker (series-style.ts); an area without a target is a gap in it.
 */
export function radarFromDimensions(
  dimensions: DimensionScore[],
  label: string,
  target?: { targets: Targets; label: string },
): RadarData {
  const targets: Readonly<Record<string, number | undefined>> = target?.targets ?? {};
  const aims = dimensions.map((d) => targets[d.dimensionId] ?? null);
  return {
    axes: dimensions.map((d) => d.name),
    series: [
      { label, values: dimensions.map((d) => d.exact), style: 'primary' },
      ...(target && aims.some((v) => v !== null)
        ? [{ label: target.label, values: aims, style: 'target' as const }]
        : []),
    ],
  };
}
