/** What a radar shows: named axes (the dimensions) and one or more series of 0 to 100 scores. */
export type RadarSeries = {
  label: string;
  /** One value per axis; null leaves a gap (not enough answers). */
  values: (number | null)[];
  /**
   * Visual role of the series. 'target' is where a respondent or group aims: a dashed black
   * line with triangle markers, not filled.
   */
  style: 'primary' | 'secondary' | 'target' | 'band-upper' | 'band-lower' | 'individual';
  /**
   * For 'individual' lines: which of the person line styles to use (series-style.ts), so that a
   * person keeps the same colour, dash and marker whichever other lines are shown.
   */
  variant?: number;
  hidden?: boolean;
};

export type RadarData = { axes: string[]; series: RadarSeries[] };
