/**
 * What stands in the radar's place until it is drawn: the same figure, the same square box
 * and the same caption, so that nothing below moves when the chart arrives. It imports nothing
 * from chart.js, so it can be drawn before the chart's code has been fetched.
 */
import { Trans } from '@lingui/react/macro';

export function RadarPlaceholder({ caption }: { caption: string }) {
  return (
    <figure className="app-radar">
      <div className="app-radar__canvas app-radar__canvas--waiting">
        <p className="govuk-body">
          <Trans>Drawing the chart…</Trans>
        </p>
      </div>
      <figcaption className="govuk-body-s">{caption}</figcaption>
    </figure>
  );
}
