import type { RadarData } from '../../charts/radar/radar-types';
import type { DimensionScore } from '../../domain/scoring/score-dimensions';

/**
 * One respondent's dimension scores as radar data; a dimension without a score is a gap.
 * `label` names the series ("Your scores"), in the language in use.
 */
export function radarFromDimensions(dimensions: DimensionScore[], label: string): RadarData {
  return {
    axes: dimensions.map((d) => d.name),
    series: [{ label, values: dimensions.map((d) => d.exact), style: 'primary' }],
  };
}
