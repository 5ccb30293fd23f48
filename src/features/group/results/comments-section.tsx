import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { CommentGroup } from '../../../domain/group/breakdown';
import type { Language } from '../../../domain/language';
import { htmlLang } from '../../../i18n';

/**
 * Every comment and reflection, by question, in alphabetical order and without names. Each
 * text carries the language it was written in, when its response file says (`lang`, and the
 * language's name beside it), and a count says how many are in each language.
 */
export function CommentsSection({ comments }: { comments: CommentGroup[] }) {
  const { t } = useLingui();
  const all = comments.flatMap((c) => c.entries);
  const welsh = all.filter((e) => e.language === 'cy').length;
  const english = all.filter((e) => e.language === 'en').length;
  const unknown = all.length - welsh - english;
  const languageName = (language: Language) => (language === 'cy' ? t`in Welsh` : t`in English`);
  return (
    <section aria-labelledby="group-comments">
      <h2 className="govuk-heading-l" id="group-comments">
        <Trans>What people wrote</Trans>
      </h2>
      {comments.length === 0 ? (
        <p className="govuk-body">
          <Trans>No comments yet.</Trans>
        </p>
      ) : (
        <>
          {(welsh > 0 || english > 0) && (
            <ul className="govuk-list" id="comment-languages">
              <li>
                <Plural value={welsh} one="# text in Welsh" other="# texts in Welsh" />
              </li>
              <li>
                <Plural value={english} one="# text in English" other="# texts in English" />
              </li>
              {unknown > 0 && (
                <li>
                  <Plural
                    value={unknown}
                    one="# text whose language was not recorded"
                    other="# texts whose language was not recorded"
                  />
                </li>
              )}
            </ul>
          )}
          {comments.map((c) => {
            const sectionTitle = c.sectionTitle.toLowerCase();
            return (
              <div key={`${c.sectionId}-${c.itemId ?? 'comment'}`}>
                <h3 className="govuk-heading-s">{c.question ?? t`Comments on ${sectionTitle}`}</h3>
                <ul className="govuk-list govuk-list--bullet">
                  {c.entries.map((e, i) => (
                    <li key={i} className="app-pre-wrap">
                      <span lang={e.language ? htmlLang(e.language) : undefined}>{e.text}</span>
                      {e.language && (
                        <>
                          {' '}
                          <strong className="govuk-tag govuk-tag--grey app-comment-language">
                            {languageName(e.language)}
                          </strong>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
