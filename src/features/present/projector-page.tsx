/**
 * The projector view: the group's results for the room's screen, one view at a time, in large
 * type with high contrast (near-black #0b0c0c on white, 19.8 to 1).
 *
 * Everything shown comes from one model, buildProjectorModel (src/domain/present), which
 * follows the privacy rule: no person, label or line, no sector under 3, no role groups, and
 * comments only when the facilitator turns them on (and only with at least 3 people).
 *
 * Keys: Right arrow or Page down for the next view, Left arrow or Page up for the previous one
 * (a presentation clicker sends Page up and Page down), Escape to leave for the page it was
 * opened from. The buttons do the same. Focus stays where it is; each new view's heading is
 * announced through a live region.
 */
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { SessionFile } from '../../domain/group/session';
import { STATUS_WORDS, type Action } from '../../domain/plan/action-plan';
import {
  buildProjectorModel,
  projectorViews,
  type ProjectorModel,
  type ProjectorViewId,
} from '../../domain/present/projector';
import { MIN_GROUP_SIZE, NOT_GIVEN, NOT_GIVEN_MESSAGE } from '../../domain/privacy/privacy-rule';
import { formatScore } from '../../domain/report/report-format';
import { paths, type PresentFrom } from '../../config/paths';
import { formatDate, htmlLang } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGroupStore } from '../../state/group-store';

/** The page a projector opened from `from` goes back to. */
export function leavePath(from: PresentFrom): string {
  return paths.group(from === 'home' ? 'home' : from);
}

/** Keys typed into these are theirs, not the projector's. */
const OWN_KEYS = 'textarea, select, input:not([type="checkbox"]), [contenteditable="true"]';

export function ProjectorPage({
  bank,
  session,
  from,
}: {
  bank: Bank;
  session: SessionFile;
  from: PresentFrom;
}) {
  const { t } = useLingui();
  const min = MIN_GROUP_SIZE;
  const waiting = useGroupStore((s) => s.handedIn.length);
  const model = useMemo(
    () => buildProjectorModel(bank, session, waiting),
    [bank, session, waiting],
  );
  const [showComments, setShowComments] = useState(false);
  const views = projectorViews(model, showComments);
  const [wanted, setWanted] = useState(0);
  const index = Math.min(wanted, views.length - 1);
  const view = views[index]!;
  const [announcement, setAnnouncement] = useState('');

  const headings: Record<ProjectorViewId, string> = {
    'handed-in': t`Answers handed in`,
    'discuss-first': t`Discuss first`,
    spread: t`How spread out the scores are`,
    agreed: t`What we have agreed so far`,
    actions: t`Actions so far`,
    comments: t`What people wrote`,
  };
  const heading = headings[view];
  const position = index + 1;
  const total = views.length;
  useDocumentTitle(t`Projector: ${heading}`);

  const count = views.length;
  const announce = useCallback(
    (at: number, of: number, title: string) => {
      const [position, total, heading] = [at, of, title];
      return t`View ${position} of ${total}: ${heading}`;
    },
    [t],
  );
  const go = useCallback(
    (by: -1 | 1) => {
      const next = index + by;
      if (next < 0 || next >= count) return;
      setWanted(next);
      // Focus stays on the button (or wherever it is): the new view's heading is announced.
      setAnnouncement(announce(next + 1, count, headings[views[next]!]));
    },
    // `headings` and `views` follow from `t`, `count` and the comments switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, count, showComments, announce],
  );
  const leave = useCallback(() => {
    window.location.hash = leavePath(from);
  }, [from]);

  // The keys work wherever focus is, except in a field that uses them.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.target instanceof Element && e.target.closest(OWN_KEYS)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, leave]);

  // The page's own furniture (menu, footer) makes way for the large type while presenting.
  useEffect(() => {
    document.documentElement.classList.add('app-presenting');
    return () => document.documentElement.classList.remove('app-presenting');
  }, []);

  const first = index === 0;
  const last = index === views.length - 1;
  return (
    <div className="app-projector">
      <div className="app-projector__controls">
        <div className="app-projector__steps" role="group" aria-label={t`Move between views`}>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-projector__button"
            aria-disabled={first}
            onClick={() => go(-1)}
          >
            <Trans>Previous</Trans>
          </button>
          <p className="app-projector__position" id="projector-position">
            <Trans>
              View {position} of {total}
            </Trans>
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-projector__button"
            aria-disabled={last}
            onClick={() => go(1)}
          >
            <Trans>Next</Trans>
          </button>
        </div>
        {model.commentsOffered ? (
          <div className="govuk-checkboxes govuk-checkboxes--small app-projector__switch">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="projector-comments"
                type="checkbox"
                checked={showComments}
                onChange={(e) => setShowComments(e.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="projector-comments">
                <Trans>Show comments</Trans>
              </label>
            </div>
          </div>
        ) : (
          <p className="app-projector__note">
            <Trans>Comments are shown only with {min} or more people.</Trans>
          </p>
        )}
        <a
          className="govuk-link govuk-link--text-colour app-projector__leave"
          href={leavePath(from)}
        >
          <Trans>Leave (Esc)</Trans>
        </a>
      </div>
      <p className="govuk-visually-hidden" aria-live="polite" id="projector-announcement">
        {announcement}
      </p>
      <p className="app-projector__session">{session.session.partnershipName}</p>
      <h1 className="app-projector__heading" aria-describedby="projector-position">
        {heading}
      </h1>
      {model.fewPeople && (
        <p className="app-projector__warning">
          <strong>
            <Trans>With fewer than {min} people, answers may be easy to tell apart.</Trans>
          </strong>
        </p>
      )}
      <div className="app-projector__view">
        <ViewBody bank={bank} model={model} view={view} />
      </div>
    </div>
  );
}

function ViewBody({
  bank,
  model,
  view,
}: {
  bank: Bank;
  model: ProjectorModel;
  view: ProjectorViewId;
}) {
  switch (view) {
    case 'handed-in':
      return <HandedInView model={model} />;
    case 'discuss-first':
      return <DiscussFirstView model={model} />;
    case 'spread':
      return <SpreadView model={model} />;
    case 'agreed':
      return <AgreedView model={model} />;
    case 'actions':
      return <ActionsView bank={bank} model={model} />;
    case 'comments':
      return <CommentsView model={model} />;
  }
}

function Table({
  caption,
  head,
  children,
  id,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <table className="govuk-table app-projector__table" id={id}>
      <caption className="govuk-table__caption app-projector__caption">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">{head}</tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

const Th = ({ children, numeric }: { children: ReactNode; numeric?: boolean }) => (
  <th
    scope="col"
    className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
  >
    {children}
  </th>
);
const Td = ({ children, numeric }: { children: ReactNode; numeric?: boolean }) => (
  <td className={`govuk-table__cell${numeric ? ' govuk-table__cell--numeric' : ''}`}>{children}</td>
);
const RowHead = ({ children }: { children: ReactNode }) => (
  <th scope="row" className="govuk-table__header">
    {children}
  </th>
);

function HandedInView({ model }: { model: ProjectorModel }) {
  const { t, i18n } = useLingui();
  const { respondents, waiting, sectors, otherSectors } = model.handedIn;
  const min = MIN_GROUP_SIZE;
  return (
    <>
      <p className="app-projector__big" id="projector-count">
        {respondents === 0 ? (
          <Trans>Nobody has handed in yet</Trans>
        ) : (
          <Plural
            value={respondents}
            one="# person has handed in"
            other="# people have handed in"
          />
        )}
      </p>
      {waiting > 0 && (
        <p className="app-projector__text">
          <Plural
            value={waiting}
            one="# more has handed in on this device and is waiting to be added."
            other="# more have handed in on this device and are waiting to be added."
          />
        </p>
      )}
      {sectors.length > 0 ? (
        <Table
          caption={t`By sector. Sectors with fewer than ${min} people are not shown.`}
          head={
            <>
              <Th>
                <Trans>Sector</Trans>
              </Th>
              <Th numeric>
                <Trans>People</Trans>
              </Th>
            </>
          }
          id="projector-sectors"
        >
          {sectors.map((s) => (
            <tr className="govuk-table__row" key={s.groupId}>
              <RowHead>{s.groupId === NOT_GIVEN ? i18n._(NOT_GIVEN_MESSAGE) : s.label}</RowHead>
              <Td numeric>{s.n}</Td>
            </tr>
          ))}
          {otherSectors > 0 && (
            <tr className="govuk-table__row">
              <RowHead>
                <Trans>Other sectors together</Trans>
              </RowHead>
              <Td numeric>{otherSectors}</Td>
            </tr>
          )}
        </Table>
      ) : (
        respondents > 0 && (
          <p className="app-projector__text">
            <Trans>Counts by sector are not shown: no sector has {min} or more people yet.</Trans>
          </p>
        )
      )}
    </>
  );
}

function DiscussFirstView({ model }: { model: ProjectorModel }) {
  const { t } = useLingui();
  const { shown, more } = model.discussFirst;
  if (model.respondents === 0)
    return (
      <p className="app-projector__text">
        <Trans>Nothing to show until answers are added.</Trans>
      </p>
    );
  if (shown.length === 0)
    return (
      <p className="app-projector__text">
        <Trans>No area or statement is split: the room broadly agrees.</Trans>
      </p>
    );
  return (
    <>
      <p className="app-projector__text">
        <Trans>Where the room’s answers pull furthest apart, most split first.</Trans>
      </p>
      <ol className="app-projector__list" id="projector-discuss-first">
        {shown.map((e) => {
          const label = e.kind === 'dimension' ? e.label : e.label.replace(/\.\s*$/, '');
          const { outside, n } = e.decision;
          return (
            <li key={`${e.kind}-${e.id}`}>
              <strong>{e.kind === 'dimension' ? t`${label} (the whole area)` : label}</strong>{' '}
              <span className="app-projector__detail">
                <Trans>
                  ({outside} of {n} away from the middle)
                </Trans>
              </span>
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <p className="app-projector__text">
          <Plural
            value={more}
            one="And # more on the results page."
            other="And # more on the results page."
          />
        </p>
      )}
    </>
  );
}

/** Where a 0..100 score sits along the bar, in per cent. */
const at = (score: number) => `${Math.min(100, Math.max(0, score))}%`;

function SpreadView({ model }: { model: ProjectorModel }) {
  const { t } = useLingui();
  if (model.respondents === 0)
    return (
      <p className="app-projector__text">
        <Trans>Nothing to show until answers are added.</Trans>
      </p>
    );
  return (
    <>
      <Table
        caption={t`Scores from 0 to 100. The middle half of people’s scores lie between the two quartiles.`}
        id="projector-spread"
        head={
          <>
            <Th>
              <Trans>Area</Trans>
            </Th>
            <Th numeric>
              <Trans>Median</Trans>
            </Th>
            <Th numeric>
              <Trans>Middle half</Trans>
            </Th>
            <Th>
              <Trans>Spread from 0 to 100</Trans>
            </Th>
          </>
        }
      >
        {model.spread.map((d) => {
          const q1 = formatScore(d.q1);
          const q3 = formatScore(d.q3);
          return (
            <tr className="govuk-table__row" key={d.dimensionId}>
              <RowHead>{d.name}</RowHead>
              <Td numeric>{d.median === null ? '–' : formatScore(d.median)}</Td>
              <Td numeric>{d.q1 === null || d.q3 === null ? '–' : t`${q1} to ${q3}`}</Td>
              <Td>
                {d.q1 !== null && d.q3 !== null && d.median !== null && (
                  <span className="app-spread" aria-hidden="true">
                    <span
                      className="app-spread__box"
                      style={{ left: at(d.q1), width: `${Math.max(0, d.q3 - d.q1)}%` }}
                    />
                    <span className="app-spread__median" style={{ left: at(d.median) }} />
                  </span>
                )}
              </Td>
            </tr>
          );
        })}
      </Table>
      <p className="app-projector__key">
        <span className="app-spread__key-box" aria-hidden="true" />{' '}
        <Trans>Striped box: the middle half of scores.</Trans>{' '}
        <span className="app-spread__key-median" aria-hidden="true" />{' '}
        <Trans>Thick line: the median.</Trans>
      </p>
    </>
  );
}

function AgreedView({ model }: { model: ProjectorModel }) {
  const { t } = useLingui();
  const score = (n: number | null) => (n === null ? '–' : formatScore(n));
  const gap = (n: number | null) => (n === null ? '–' : n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));
  return (
    <Table
      caption={t`Scores from 0 to 100. The gap is the target minus the agreed score, or minus the median where no score is agreed yet.`}
      id="projector-agreed"
      head={
        <>
          <Th>
            <Trans>Area</Trans>
          </Th>
          <Th numeric>
            <Trans>Median</Trans>
          </Th>
          <Th numeric>
            <Trans>Agreed</Trans>
          </Th>
          <Th numeric>
            <Trans>Target</Trans>
          </Th>
          <Th numeric>
            <Trans>Gap</Trans>
          </Th>
        </>
      }
    >
      {model.agreed.map((d) => (
        <tr className="govuk-table__row" key={d.dimensionId}>
          <RowHead>{d.name}</RowHead>
          <Td numeric>{score(d.median)}</Td>
          <Td numeric>{score(d.agreed)}</Td>
          <Td numeric>{score(d.target)}</Td>
          <Td numeric>{gap(d.gap)}</Td>
        </tr>
      ))}
    </Table>
  );
}

function ActionsView({ bank, model }: { bank: Bank; model: ProjectorModel }) {
  const { t, i18n } = useLingui();
  const areaName = (id: string) => bank.dimensions.find((d) => d.id === id)?.name ?? id;
  const due = (a: Action) => (a.due ? formatDate(a.due, i18n.locale) : a.dueNote ? a.dueNote : '–');
  const { shown, more, total } = model.actions;
  const count = shown.length;
  if (total === 0)
    return (
      <p className="app-projector__text">
        <Trans>No actions yet.</Trans>
      </p>
    );
  return (
    <Table
      caption={
        more > 0
          ? t`The first ${count} of ${total} actions, in the order agreed.`
          : t`In the order agreed.`
      }
      id="projector-actions"
      head={
        <>
          <Th>
            <Trans>What</Trans>
          </Th>
          <Th>
            <Trans>Area</Trans>
          </Th>
          <Th>
            <Trans>Who leads</Trans>
          </Th>
          <Th>
            <Trans>By when</Trans>
          </Th>
          <Th>
            <Trans>Status</Trans>
          </Th>
        </>
      }
    >
      {shown.map((a) => (
        <tr className="govuk-table__row" key={a.id}>
          <RowHead>{a.what}</RowHead>
          <Td>{areaName(a.dimensionId)}</Td>
          <Td>{a.lead || '–'}</Td>
          <Td>{due(a)}</Td>
          <Td>{i18n._(STATUS_WORDS[a.status])}</Td>
        </tr>
      ))}
    </Table>
  );
}

function CommentsView({ model }: { model: ProjectorModel }) {
  const { t } = useLingui();
  const comments = model.comments;
  if (comments.length === 0)
    return (
      <p className="app-projector__text">
        <Trans>No comments yet.</Trans>
      </p>
    );
  return (
    <>
      <p className="app-projector__text">
        <Trans>Under each question, in alphabetical order, with no names.</Trans>
      </p>
      {comments.map((c) => {
        const sectionTitle = c.sectionTitle.toLowerCase();
        return (
          <div key={`${c.sectionId}-${c.itemId ?? 'comment'}`}>
            <h2 className="app-projector__subheading">
              {c.question ?? t`Comments on ${sectionTitle}`}
            </h2>
            <ul className="app-projector__list app-projector__list--bullet">
              {c.entries.map((e, i) => (
                <li key={i} className="app-pre-wrap">
                  <span lang={e.language ? htmlLang(e.language) : undefined}>{e.text}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
