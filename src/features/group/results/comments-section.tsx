import type { CommentGroup } from '../../../domain/group/breakdown';

/** Every comment and reflection, by question, in alphabetical order and without names. */
export function CommentsSection({ comments }: { comments: CommentGroup[] }) {
  return (
    <section aria-labelledby="group-comments">
      <h2 className="govuk-heading-l" id="group-comments">
        What people wrote
      </h2>
      {comments.length === 0 ? (
        <p className="govuk-body">No comments yet.</p>
      ) : (
        comments.map((c) => (
          <div key={`${c.sectionId}-${c.itemId ?? 'comment'}`}>
            <h3 className="govuk-heading-s">
              {c.question ?? `Comments on ${c.sectionTitle.toLowerCase()}`}
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              {c.texts.map((t, i) => (
                <li key={i} className="app-pre-wrap">
                  {t}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
