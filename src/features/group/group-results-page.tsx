/**
 * The room's results: where it agrees and where it does not. Split dimensions and statements
 * come first ("discuss first"); small sector and role groups are never shown.
 *
 * What is painted first is the headline: what to discuss first and the table of scores. The
 * chart, every statement's spread and the sections below follow, one part at a time, without
 * holding up the page (ui/deferred.tsx).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { aggregateGroup } from '../../domain/group/aggregate';
import {
  breakdownBy,
  governanceSpread,
  listComments,
  MIN_GROUP_SIZE,
  typologySpread,
  type Breakdown,
} from '../../domain/group/breakdown';
import { discussFirst } from '../../domain/group/split';
import { formatScore } from '../../domain/report/report-format';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { DataTable } from '../../ui/data-table';
import { Deferred } from '../../ui/deferred';
import { TableScroll } from '../../ui/table-scroll';
import { GroupExports } from './group-exports';
import { groupRadar } from './group-radar';
import { NoSession } from './share-page';

const RadarChart = lazy(() =>
  import('../../charts/radar/radar-chart').then((m) => ({ default: m.RadarChart })),
);

const chartPlaceholder = <p className="govuk-body">Drawing the chart…</p>;

const fmt = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : formatScore(Math.round(n * 10) / 10);
const fmt2 = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : (Math.round(n * 100) / 100).toString();

function BreakdownTable({
  breakdown,
  title,
  bank,
}: {
  breakdown: Breakdown;
  title: string;
  bank: Bank;
}) {
  return (
    <div className="app-result-block">
      <h3 className="govuk-heading-m">{title}</h3>
      {breakdown.groups.length === 0 ? (
        <p className="govuk-body">No responses yet.</p>
      ) : (
        <TableScroll label={title}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Median score by group. Groups of fewer than {MIN_GROUP_SIZE} people are not shown, so
              nobody can be picked out.
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Group
                </th>
                {bank.dimensions.map((d) => (
                  <th
                    scope="col"
                    className="govuk-table__header govuk-table__header--numeric"
                    key={d.id}
                  >
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {breakdown.groups.map((g) => (
                <tr className="govuk-table__row" key={g.groupId}>
                  <th scope="row" className="govuk-table__header">
                    {g.label}
                  </th>
                  {g.suppressed ? (
                    <td className="govuk-table__cell" colSpan={bank.dimensions.length}>
                      Fewer than {MIN_GROUP_SIZE} people: not shown
                    </td>
                  ) : (
                    g.dimensions.map((c) => (
                      <td
                        className="govuk-table__cell govuk-table__cell--numeric"
                        key={c.dimensionId}
                      >
                        {c.suppressed ? 'Not shown' : formatScore(c.medianScore)}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

type Computed = {
  sectors: Breakdown;
  roles: Breakdown;
  types: ReturnType<typeof typologySpread>;
  modes: ReturnType<typeof governanceSpread>;
  comments: ReturnType<typeof listComments>;
};

export function GroupResultsPage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const [shown, setShown] = useState<Set<number>>(new Set());
  useDocumentTitle('The group’s results');
  const computed = useMemo(() => {
    if (!session) return null;
    // Respondents are numbered in an order unrelated to when they handed in (their random
    // response ids), so a line on the radar cannot be matched to the order of arrival.
    const members = [...session.responses].sort((a, b) => a.responseId.localeCompare(b.responseId));
    const aggregate = aggregateGroup(bank, members);
    return {
      aggregate,
      first: discussFirst(aggregate),
      sectors: breakdownBy(bank, members, 'sector'),
      roles: breakdownBy(bank, members, 'role-level'),
      types: typologySpread(bank, members),
      modes: governanceSpread(bank, members),
      comments: listComments(bank, members),
    };
  }, [bank, session]);
  const radar = useMemo(
    () => (computed ? groupRadar(computed.aggregate, shown) : null),
    [computed, shown],
  );
  if (!session || !computed || !radar) return <NoSession />;
  const { aggregate, first } = computed;
  const n = aggregate.respondents;

  return (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-xl">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-xl">The group’s results</h1>
      <p className="govuk-body-l">
        From {n === 1 ? '1 response' : `${n} responses`}. Scores run from 0 to 100; each area stands
        on its own.
      </p>
      {n < MIN_GROUP_SIZE && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            With fewer than {MIN_GROUP_SIZE} responses, people’s answers may be easy to tell apart.
            Take care when you show these results.
          </strong>
        </div>
      )}
      <GroupExports bank={bank} session={session} aggregate={aggregate} />

      <section className="app-result-block" aria-labelledby="discuss-first">
        <h2 className="govuk-heading-l" id="discuss-first">
          Discuss first
        </h2>
        <p className="govuk-body">
          The room is split where at least 2 ratings, or a quarter of the ratings if that is more,
          lie more than one point away from the middle answer (the median). Start the discussion
          there.
        </p>
        {first.length === 0 ? (
          <p className="govuk-body">No area or statement is split: the room broadly agrees.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet" id="discuss-first-list">
            {first.map((e) => (
              <li key={`${e.kind}-${e.id}`}>
                <strong>{e.kind === 'dimension' ? `${e.label} (the whole area)` : e.label}</strong>:{' '}
                {e.decision.outside} of {e.decision.n} ratings lie away from the middle (
                {e.decision.below} lower, {e.decision.above} higher).
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="group-areas">
        <h2 className="govuk-heading-l" id="group-areas">
          The six areas
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Deferred placeholder={chartPlaceholder}>
              <Suspense fallback={chartPlaceholder}>
                <RadarChart
                  data={radar}
                  caption="The solid line is the group median; the shaded band holds the middle half of the group. The table gives the same figures."
                />
              </Suspense>
            </Deferred>
          </div>
          <div className="govuk-grid-column-one-half">
            {n > 0 && (
              <div className="govuk-form-group">
                <fieldset className="govuk-fieldset">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                    Show each person’s line
                  </legend>
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    {Array.from({ length: n }, (_, i) => (
                      <div className="govuk-checkboxes__item" key={i}>
                        <input
                          className="govuk-checkboxes__input"
                          id={`show-respondent-${i + 1}`}
                          type="checkbox"
                          checked={shown.has(i)}
                          onChange={(e) => {
                            const next = new Set(shown);
                            if (e.target.checked) next.add(i);
                            else next.delete(i);
                            setShown(next);
                          }}
                        />
                        <label
                          className="govuk-label govuk-checkboxes__label"
                          htmlFor={`show-respondent-${i + 1}`}
                        >
                          Respondent {i + 1}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
            )}
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-full">
            <DataTable
              id="group-dimension-table"
              caption="Scores by area"
              captionSize="m"
              scrollLabel="Scores by area"
              columns={[
                { label: 'Area' },
                { label: 'n', numeric: true },
                { label: 'Median', numeric: true },
                { label: 'Middle half', numeric: true },
                { label: 'Range', numeric: true },
                { label: 'Don’t know', numeric: true },
              ]}
              rows={aggregate.dimensions.map((d) => ({
                key: d.dimensionId,
                header: d.name,
                cells: [
                  d.n,
                  d.medianScore === null ? '–' : formatScore(d.medianScore),
                  d.scoreStats ? `${fmt(d.scoreStats.q1)} to ${fmt(d.scoreStats.q3)}` : '–',
                  d.scoreStats ? `${fmt(d.scoreStats.min)} to ${fmt(d.scoreStats.max)}` : '–',
                  d.dontKnow,
                ],
              }))}
            />
          </div>
        </div>
        <Deferred>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Every statement, with its spread</span>
            </summary>
            <div className="govuk-details__text">
              {aggregate.dimensions.map((d) => (
                <DataTable
                  key={d.dimensionId}
                  caption={`${d.name} (ratings 1 to 5)`}
                  scrollLabel={`${d.name} statements`}
                  columns={[
                    { label: 'Statement' },
                    { label: 'n', numeric: true },
                    { label: 'Median', numeric: true },
                    { label: 'IQR', numeric: true },
                    { label: 'Min to max', numeric: true },
                    { label: 'Mean', numeric: true },
                    { label: 'Don’t know', numeric: true },
                  ]}
                  rows={d.items.map((it) => ({
                    key: it.itemId,
                    header: it.text,
                    plainHeader: true,
                    cells: [
                      it.n,
                      fmt2(it.stats?.median),
                      fmt2(it.stats?.iqr),
                      it.stats ? `${it.stats.min} to ${it.stats.max}` : '–',
                      fmt2(it.stats?.mean),
                      it.dontKnow,
                    ],
                  }))}
                />
              ))}
            </div>
          </details>
        </Deferred>
      </section>

      <Deferred>
        <GroupResultsBelow bank={bank} computed={computed} />
      </Deferred>
    </>
  );
}

/** The sections below the six areas, drawn after them. */
function GroupResultsBelow({
  bank,
  computed: { sectors, roles, types, modes, comments },
}: {
  bank: Bank;
  computed: Computed;
}) {
  return (
    <>
      <section aria-labelledby="group-views">
        <h2 className="govuk-heading-l" id="group-views">
          By sector and by role
        </h2>
        <BreakdownTable breakdown={sectors} title="By sector" bank={bank} />
        <BreakdownTable breakdown={roles} title="By role level" bank={bank} />
      </section>

      <section className="app-result-block" aria-labelledby="group-shape">
        <h2 className="govuk-heading-l" id="group-shape">
          How people see the partnership
        </h2>
        <h3 className="govuk-heading-m">Which type it is closest to</h3>
        <ul className="govuk-list govuk-list--bullet" id="typology-spread">
          {types.types.map((t) => (
            <li key={t.typeId}>
              {t.name}: {t.count}
            </li>
          ))}
          <li>A blend of two types: {types.blend}</li>
          <li>Too few answers to say: {types.tooFew}</li>
        </ul>
        <h3 className="govuk-heading-m">How it is governed</h3>
        {modes.distinct > 1 && (
          <div className="govuk-inset-text">
            People describe the governance in {modes.distinct} different ways. Disagreement about
            how the partnership is governed is itself a finding worth discussing.
          </div>
        )}
        <ul className="govuk-list govuk-list--bullet" id="governance-spread">
          {modes.modes.map((m) => (
            <li key={m.modeId}>
              {m.name}: {m.count}
            </li>
          ))}
          <li>Not clear: {modes.unclear}</li>
          <li>Don’t know: {modes.dontKnow}</li>
          <li>Not answered: {modes.notAnswered}</li>
        </ul>
      </section>

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
      <a className="govuk-button" href={paths.group('consensus')} role="button" draggable={false}>
        Record what you agree
      </a>
    </>
  );
}
