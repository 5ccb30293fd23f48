import { Trans, useLingui } from '@lingui/react/macro';
import type { DiscussFirstEntry } from '../../../domain/group/split';

/** Where the room is split, most ratings away from the middle first. */
export function DiscussFirstSection({ entries }: { entries: DiscussFirstEntry[] }) {
  const { t } = useLingui();
  return (
    <section className="app-result-block" aria-labelledby="discuss-first">
      <h2 className="govuk-heading-l" id="discuss-first">
        <Trans>Discuss first</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          The room is split where at least 2 ratings, or a quarter of the ratings if that is more,
          lie more than one point away from the middle answer (the median). Start the discussion
          there.
        </Trans>
      </p>
      {entries.length === 0 ? (
        <p className="govuk-body">
          <Trans>No area or statement is split: the room broadly agrees.</Trans>
        </p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" id="discuss-first-list">
          {entries.map((e) => {
            // A statement's own full stop would sit before the colon.
            const label = e.kind === 'dimension' ? e.label : e.label.replace(/\.\s*$/, '');
            // A split needs at least 2 ratings away from the middle, so n is never 1.
            const { outside, below, above, n } = e.decision;
            return (
              <li key={`${e.kind}-${e.id}`}>
                <strong>{e.kind === 'dimension' ? t`${label} (the whole area)` : label}</strong>:{' '}
                <Trans>
                  {outside} of {n} ratings lie away from the middle ({below} lower, {above} higher).
                </Trans>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
