/**
 * One page of questions: a react-hook-form form checked by the page schema from the domain.
 * Every change is saved at once (autosave); Continue checks that required items are answered
 * and moves on: to the next page, back to the task list at the end of a section, or back to
 * check your answers when the user came from there.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import type { Bank, Item } from '../../domain/bank/bank-schema';
import { findPage } from '../../domain/bank/bank-queries';
import { nextPageInSection, previousPageInSection } from '../../domain/journey/progress';
import { isValidAnswer, MAX_SAVED_TEXT } from '../../domain/answers/answer-schema';
import {
  buildPageSchema,
  COMMENT_FIELD,
  COMMENT_MAX,
  formDefaults,
  toAnswer,
  type PageFormValues,
} from '../../domain/answers/page-form';
import { paths } from '../../config/paths';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { answerItem, finishSection, setComment, setPosition } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary, type ErrorLink } from '../../ui/error-summary';
import { TextField } from '../../ui/text-fields';
import { QuestionField } from './fields/registry';
import { NotFoundPage } from './not-found-page';

type Props = { bank: Bank; sectionId: string; pageId: string; fromCheck: boolean };

export function QuestionPage(props: Props) {
  const ref = findPage(props.bank, props.sectionId, props.pageId);
  if (!ref) return <NotFoundPage />;
  // A fresh form per page: the key resets react-hook-form when the route changes.
  return <PageForm key={`${props.sectionId}/${props.pageId}`} {...props} />;
}

function errorLinks(items: Item[], errors: FieldErrors<PageFormValues>): ErrorLink[] {
  const links: ErrorLink[] = [];
  for (const item of items) {
    const e = errors[item.id] as
      (Record<string, { message?: string }> & { message?: string }) | undefined;
    if (!e) continue;
    if (item.kind === 'grid') {
      for (const row of item.rows) {
        const m = e[row.id]?.message;
        if (m) links.push({ href: `#${item.id}-${row.id}`, text: m });
      }
    } else if (e.message) {
      links.push({ href: `#${item.id}`, text: e.message });
    }
  }
  const c = errors[COMMENT_FIELD]?.message;
  if (typeof c === 'string') links.push({ href: `#${COMMENT_FIELD}`, text: c });
  return links;
}

function PageForm({ bank, sectionId, pageId, fromCheck }: Props) {
  const { t, i18n } = useLingui();
  const { section, page } = findPage(bank, sectionId, pageId)!;
  const items = page.items;
  const isLast = nextPageInSection(section, pageId) === null;
  const withComment = isLast && section.comment;
  const answers = useAssessmentStore((s) => s.answers);
  const savedComment = useAssessmentStore((s) => s.comments[sectionId] ?? '');
  const [attempt, setAttempt] = useState(0);
  const [scaleValues] = useState(() => bank.scale.points.map((p) => p.value));

  // The form is remounted per page (see the key above), so the schema is built once per page
  // and language: its messages are in the language in use.
  const locale = i18n.locale;
  const schema = useMemo(
    () =>
      buildPageSchema(page.items, bank.scale, {
        requireAnswers: true,
        withComment,
        translate: (m) => i18n._(m),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
    [page, bank.scale, withComment, i18n, locale],
  );
  const schemaRef = useRef(schema);
  useEffect(() => {
    schemaRef.current = schema;
  }, [schema]);
  const [resolver] = useState(
    () =>
      ((values, context, options) =>
        zodResolver(schemaRef.current)(
          values,
          context,
          options as never,
        )) as Resolver<PageFormValues>,
  );
  const form = useForm<PageFormValues>({
    // Read once: the saved answers seed the form, and from then on the form leads.
    defaultValues: formDefaults(items, answers, withComment ? savedComment : undefined),
    resolver,
    shouldFocusError: false,
  });

  // Messages already shown are said again in the new language when the language changes.
  const shownErrors = Object.keys(form.formState.errors).length > 0;
  useEffect(() => {
    if (shownErrors) void form.trigger();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on a change of language
  }, [locale]);

  useEffect(() => {
    setPosition(sectionId, pageId);
  }, [sectionId, pageId]);

  // Autosave: every change to a field is saved at once, answered or not. Text past its limit is
  // saved too (Continue refuses it, with the count), so nothing typed is lost; the fields stop
  // taking input at MAX_SAVED_TEXT, the most that saved data holds.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        if (!name) return;
        const field = name.split('.')[0]!;
        if (field === COMMENT_FIELD) {
          const text = values[COMMENT_FIELD];
          if (typeof text === 'string' && text.length <= MAX_SAVED_TEXT)
            setComment(sectionId, text);
          return;
        }
        const item = items.find((i) => i.id === field);
        if (!item) return;
        const value = toAnswer(item, values[field]);
        if (value === undefined || isValidAnswer(item, value, scaleValues))
          answerItem(item.id, value);
      },
    });
  }, [form, items, sectionId, scaleValues]);

  const errors = errorLinks(items, form.formState.errors);
  const single = items.length === 1 && !page.title;
  const heading = single ? items[0]!.text : (page.title ?? section.title);
  useDocumentTitle(heading, errors.length > 0);

  const pageNumber = section.pages.findIndex((p) => p.id === pageId) + 1;
  const sectionTitle = section.title;
  const pages = section.pages.length;
  const caption = pages > 1 ? t`${sectionTitle} – page ${pageNumber} of ${pages}` : sectionTitle;
  const about = section.title.toLowerCase();
  const previous = previousPageInSection(section, pageId);
  const backHref = fromCheck
    ? paths.check()
    : previous
      ? paths.question(sectionId, previous)
      : paths.tasks();

  const onValid = () => {
    if (isLast) finishSection(sectionId);
    const next = nextPageInSection(section, pageId);
    if (fromCheck) navigate(paths.check());
    else if (next) navigate(paths.question(sectionId, next));
    else navigate(paths.tasks());
  };

  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} attempt={attempt} />
          <form
            noValidate
            onSubmit={(e) => {
              setAttempt((n) => n + 1);
              void form.handleSubmit(onValid)(e);
            }}
          >
            {!single && (
              <>
                <span className="govuk-caption-l">{caption}</span>
                <h1 className="govuk-heading-l">{heading}</h1>
              </>
            )}
            {!single && pageNumber === 1 && section.intro && (
              <p className="govuk-body">{section.intro}</p>
            )}
            {page.intro && <p className="govuk-body">{page.intro}</p>}
            {items.map((item) => (
              <QuestionField
                key={item.id}
                item={item}
                bank={bank}
                form={form}
                asHeading={single}
                caption={single ? caption : undefined}
              />
            ))}
            {withComment && (
              <TextField
                id={COMMENT_FIELD}
                label={t`Anything to add about ${about}? (optional)`}
                labelSize="m"
                hint={t`For example, an example that explains your answers. It appears in your summary and is never scored.`}
                multiline
                limit={COMMENT_MAX}
                hardLimit={MAX_SAVED_TEXT}
                error={
                  typeof form.formState.errors[COMMENT_FIELD]?.message === 'string'
                    ? form.formState.errors[COMMENT_FIELD]?.message
                    : undefined
                }
                registration={form.register(COMMENT_FIELD)}
              />
            )}
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {fromCheck ? t`Save and return to check your answers` : t`Continue`}
              </button>
              <a className="govuk-link" href={paths.tasks()}>
                <Trans>Return to the list of sections</Trans>
              </a>
            </div>
            <p className="govuk-body-s">
              <Trans>Your answers are saved on this device as you go.</Trans>
            </p>
          </form>
        </div>
      </div>
    </>
  );
}
