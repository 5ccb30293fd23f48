import type { DiscussFirstEntry } from '../../../domain/group/split';

/** Where the room is split, most ratings away from the middle first. */
export function DiscussFirstSection({ entries }: { entries: DiscussFirstEntry[] }) {
  return (
    <section className="app-result-block" aria-labelledby="discuss-first">
      <h2 className="govuk-heading-l" id="discuss-first">
        Discuss first
      </h2>
      <p className="govuk-body">
        The room is split where at least 2 ratings, or a quarter of the ratings if that is more, lie
        more than one point away from the middle answer (the median). Start the discussion there.
      </p>
      {entries.length === 0 ? (
        <p className="govuk-body">No area or statement is split: the room broadly agrees.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" id="discuss-first-list">
          {entries.map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <strong>
                {e.kind === 'dimension'
                  ? `${e.label} (the whole area)`
                  : // A statement's own full stop would sit before the colon.
                    e.label.replace(/\.\s*$/, '')}
              </strong>
              : {e.decision.outside} of {e.decision.n} ratings lie away from the middle (
              {e.decision.below} lower, {e.decision.above} higher).
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
