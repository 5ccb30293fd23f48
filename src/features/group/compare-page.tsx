/**
 * Then and now: an earlier response or session file against today's session (or, without a
 * session, against this device's own answers). Per area the median then, now and the change.
 */
import { msg, plural } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { Answered } from '../../domain/group/aggregate';
import { compareThenNow, parseSessionFile } from '../../domain/group/session';
import { MIN_GROUP_SIZE, fewPeople } from '../../domain/privacy/privacy-rule';
import { formatScore } from '../../domain/report/report-format';
import { MAX_FILE_CHARS, parseResponseFile } from '../../domain/response/response-file';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { DataTable } from '../../ui/data-table';
import { ErrorSummary } from '../../ui/error-summary';
import { FileField } from '../../ui/file-field';
import { formatDate } from '../../i18n';
import { translated } from '../../domain/said';
import { compareWithPrevious } from '../../domain/plan/previous-cycle';
import { WarningText } from '../../ui/warning-text';

const RadarChart = lazy(() =>
  import('../../charts/radar/radar-chart').then((m) => ({ default: m.RadarChart })),
);

function readEarlier(
  i18n: I18n,
  bank: Bank,
  text: string,
): { ok: true; then: Answered[]; label: string; note?: string } | { ok: false; message: string } {
  if (text.includes('"rally-session"')) {
    const s = parseSessionFile(text, bank);
    if (!s.ok) return s;
    const lost = s.unreadable.filter((u) => u.what.startsWith('Response')).length;
    return {
      ok: true,
      then: s.session.responses,
      label: `${s.session.session.partnershipName}, ${formatDate(s.session.session.date, i18n.locale)}`,
      ...(lost > 0
        ? {
            note: plural(lost, {
              one: '# response in the earlier file could not be read, so it is left out of “then”. Open the file on the group session page to see why.',
              other:
                '# responses in the earlier file could not be read, so they are left out of “then”. Open the file on the group session page to see why.',
            }),
          }
        : {}),
    };
  }
  const r = parseResponseFile(text, bank);
  if (!r.ok) return r;
  const date = formatDate(r.response.updatedAt.slice(0, 10), i18n.locale);
  return { ok: true, then: [r.response], label: i18n._(msg`answers from ${date}`) };
}

export function ComparePage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const ownAnswers = useAssessmentStore((s) => s.answers);
  const [earlier, setEarlier] = useState<{
    then: Answered[];
    label: string;
    note?: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Compare then and now`, error !== null);
  const now: Answered[] = session ? session.responses : [{ answers: ownAnswers }];
  const nowLabel = session
    ? plural(session.responses.length, {
        one: 'this session (# response)',
        other: 'this session (# responses)',
      })
    : t`your answers on this device`;
  const min = MIN_GROUP_SIZE;
  // A session that follows an earlier cycle can compare with it without its file.
  const previous = session?.previousCycle;
  const [fromPrevious, setFromPrevious] = useState(false);
  const previousLabel = previous
    ? `${previous.name ?? t`one person’s answers`}, ${formatDate(previous.date, i18n.locale)}`
    : '';
  const cmp = earlier
    ? compareThenNow(bank, earlier.then, now)
    : fromPrevious && previous
      ? compareWithPrevious(bank, previous, now)
      : null;
  const earlierLabel = earlier?.label ?? previousLabel;

  return (
    <>
      <BackLink href={session ? paths.group() : paths.results()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={error ? [{ href: '#earlier-file', text: translated(i18n, error) }] : []}
            attempt={attempt}
          />
          <h1 className="govuk-heading-l">
            <Trans>Compare then and now</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              Load an earlier answers file or session file to see how each area has changed. It is
              compared with {nowLabel}.
            </Trans>
          </p>
          <FileField
            id="earlier-file"
            label={t`Upload an earlier Rally file`}
            labelSize="s"
            error={error === null ? undefined : translated(i18n, error)}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setAttempt((n) => n + 1);
              if (
                file.size > 30_000_000 ||
                (file.size > MAX_FILE_CHARS && !file.name.includes('session'))
              ) {
                setError(t`The file is too large to be a Rally file.`);
                return;
              }
              let text: string;
              try {
                text = await file.text();
              } catch {
                setError(
                  t`The file could not be opened. It may have been moved, renamed or deleted since it was chosen. Choose it again.`,
                );
                return;
              }
              const read = readEarlier(i18n, bank, text);
              if (read.ok) {
                setError(null);
                setEarlier(read);
              } else setError(read.message);
            }}
          />
        </div>
      </div>
      {previous && !earlier && !fromPrevious && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setFromPrevious(true)}
        >
          <Trans>Compare with last cycle ({previousLabel})</Trans>
        </button>
      )}
      {cmp && (
        <>
          <h2 className="govuk-heading-m">
            <Trans>Then ({earlierLabel}) and now</Trans>
          </h2>
          {session && (fewPeople(cmp.thenRespondents) || fewPeople(cmp.nowRespondents)) && (
            <WarningText id="compare-few-people">
              {fewPeople(cmp.thenRespondents) && fewPeople(cmp.nowRespondents) ? (
                <Trans>
                  The earlier file and this session each hold fewer than {min} people’s answers, so
                  a figure may be one person’s own score. Take care when you show them.
                </Trans>
              ) : fewPeople(cmp.thenRespondents) ? (
                <Trans>
                  The earlier file holds fewer than {min} people’s answers, so a figure may be one
                  person’s own score. Take care when you show them.
                </Trans>
              ) : (
                <Trans>
                  This session holds fewer than {min} people’s answers, so a figure may be one
                  person’s own score. Take care when you show them.
                </Trans>
              )}
            </WarningText>
          )}
          {earlier?.note && <p className="govuk-body">{earlier.note}</p>}
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <Suspense
                fallback={
                  <p className="govuk-body">
                    <Trans>Drawing the chart…</Trans>
                  </p>
                }
              >
                <RadarChart
                  data={{
                    axes: cmp.dimensions.map((d) => d.name),
                    series: [
                      {
                        label: t`Now`,
                        values: cmp.dimensions.map((d) => d.now.medianScore),
                        style: 'primary',
                      },
                      {
                        label: t`Then`,
                        values: cmp.dimensions.map((d) => d.then.medianScore),
                        style: 'secondary',
                      },
                    ],
                  }}
                  caption={t`Then (dashed) and now (solid). The table gives the same figures.`}
                />
              </Suspense>
            </div>
            <div className="govuk-grid-column-one-half">
              <DataTable
                id="compare-table"
                caption={t`Median score by area`}
                columns={[
                  { label: t`Area` },
                  { label: t`Then`, numeric: true },
                  { label: t`Now`, numeric: true },
                  { label: t`Change`, numeric: true },
                ]}
                rows={cmp.dimensions.map((d) => ({
                  key: d.dimensionId,
                  header: d.name,
                  cells: [
                    d.then.medianScore === null ? '–' : formatScore(d.then.medianScore),
                    d.now.medianScore === null ? '–' : formatScore(d.now.medianScore),
                    d.change === null ? '–' : `${d.change > 0 ? '+' : ''}${d.change.toFixed(1)}`,
                  ],
                }))}
              />
            </div>
          </div>
        </>
      )}
    </>
  );
}
