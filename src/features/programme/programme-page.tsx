/**
 * The programme page (`#/programme`): a programme lead loads many response and session files
 * (chosen, a folder chosen, or dropped, loose or in zips), sees which could not be read, puts together
 * partnerships that are the same under different names, and compares the partnerships in
 * tables, with a PDF and a CSV of them. Reading runs in a worker with a progress bar and
 * Cancel (load-programme.ts). Nothing is saved on the device.
 */
import { msg, plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { LoadedProgramme } from '../../domain/programme/programme-load';
import { buildProgrammeViews, summariseProgramme } from '../../domain/programme/programme-views';
import { mergePartnerships, similarPartnerships } from '../../domain/programme/read-programme';
import { render } from '../../domain/said';
import { translated } from '../../domain/said';
import { formatNumber } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DataTable } from '../../ui/data-table';
import { FileDropZone } from '../../ui/file-drop-zone';
import { LazyDetails } from '../../ui/lazy-details';
import { droppedFiles } from './dropped-files';
import { chosen, loadProgramme, workerAvailable } from './load-programme';
import type { ChosenFile, LoadHandle } from './load-programme';
import { ProgrammeExports } from './programme-exports';
import { programmeTables } from './programme-tables';
import type { ViewTable } from './programme-tables';
import { ProgrammeDataDownload } from '../programme-data/programme-data-download';
import { startWorker } from './start-worker';

type Loading = { read: number; total: number; handle: LoadHandle };

const fileKey = (f: ChosenFile) => `${f.label}\u0000${f.file.size}\u0000${f.file.lastModified}`;

/** Where the bench and the browser test see when the views were first drawn. */
const VIEWS_MARK = 'rally-programme-views';

export function ProgrammePage({ bank }: { bank: Bank }) {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Compare partnerships`);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [loaded, setLoaded] = useState<LoadedProgramme | null>(null);
  const [merges, setMerges] = useState<{ keys: string[]; name?: string }[]>([]);
  const [loading, setLoading] = useState<Loading | null>(null);
  const [includeSmall, setIncludeSmall] = useState(false);
  const [status, setStatus] = useState('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<'results' | 'status' | null>(null);

  const data = useMemo(
    () =>
      loaded ? merges.reduce((d, m) => mergePartnerships(d, m.keys, m.name), loaded.data) : null,
    [loaded, merges],
  );
  const summaries = useMemo(
    () => (loaded && data ? summariseProgramme(bank, data, loaded.summaries) : null),
    [bank, loaded, data],
  );
  const views = useMemo(
    () =>
      data && summaries
        ? buildProgrammeViews(
            bank,
            data,
            summaries,
            { includeSmall },
            {
              noClearType: i18n._(msg`No clear type`),
              noClearMode: i18n._(msg`No clear mode`),
              all: i18n._(msg`All partnerships`),
            },
          )
        : null,
    [bank, data, summaries, includeSmall, i18n],
  );
  const tables = useMemo(
    () => (views ? programmeTables(bank, views, i18n) : []),
    [bank, views, i18n],
  );

  useEffect(() => {
    if (!views) return;
    performance.mark(VIEWS_MARK);
    if (focusAfter.current === 'results') resultsHeading.current?.focus();
    focusAfter.current = null;
  }, [views]);
  useEffect(() => {
    if (focusAfter.current === 'status' && !loading) {
      statusRef.current?.focus();
      focusAfter.current = null;
    }
  }, [loading, status]);
  // Leaving the page ends a load.
  const current = useRef<Loading | null>(null);
  useEffect(() => {
    current.current = loading;
  }, [loading]);
  useEffect(() => () => current.current?.handle.cancel(), []);

  function load(added: ChosenFile[]) {
    if (!added.length || loading) return;
    const seen = new Set(files.map(fileKey));
    const all = [...files, ...added.filter((f) => !seen.has(fileKey(f)))];
    performance.clearMarks(VIEWS_MARK);
    performance.mark('rally-programme-load');
    setStatus('');
    const handle = loadProgramme(
      bank,
      all,
      (read, total) => setLoading((l) => (l && l.handle === handle ? { ...l, read, total } : l)),
      workerAvailable() ? startWorker : null,
    );
    setLoading({ read: 0, total: all.length, handle });
    void handle.done.then((result) => {
      if (!result) return;
      setFiles(all);
      setLoaded(result);
      setMerges([]);
      setLoading(null);
      focusAfter.current = 'results';
    });
  }

  function cancel() {
    if (!loading) return;
    loading.handle.cancel();
    setLoading(null);
    setStatus(
      loaded
        ? t`Loading was stopped. The page shows the files loaded before.`
        : t`Loading was stopped. No files were loaded.`,
    );
    focusAfter.current = 'status';
  }

  function clear() {
    setFiles([]);
    setLoaded(null);
    setMerges([]);
    setStatus(t`The files were cleared from the page.`);
    focusAfter.current = 'status';
  }

  const reason = (text: string) => {
    const message = loaded?.reasons[text];
    return message ? render(i18n, message) : translated(i18n, text);
  };

  const summaryLines =
    views && data
      ? [
          plural(files.length, { one: '# file chosen', other: '# files chosen' }),
          // A zip is one file chosen, but every file in it is read.
          ...(loaded && loaded.filesRead !== files.length
            ? [
                plural(loaded.filesRead, {
                  one: '# file read, counting each file inside a zip',
                  other: '# files read, counting each file inside a zip',
                }),
              ]
            : []),
          plural(views.partnerships.length, { one: '# partnership', other: '# partnerships' }),
          plural(views.respondents, {
            one: '# person in the partnerships’ latest cycles',
            other: '# people in the partnerships’ latest cycles',
          }),
          data.failed.length === 0
            ? t`Every file could be read`
            : plural(data.failed.length, {
                one: '# file could not be read',
                other: '# files could not be read',
              }),
        ]
      : [];
  const method = [
    t`A partnership’s type is the type most of its people’s answers fit best. Its governance mode is the way most of its people say it is governed. Scores are 0 to 100.`,
    t`The medians across partnerships are worked out from each partnership’s own median in its latest cycle, so each partnership counts once.`,
  ];

  const busy = loading !== null;
  const decile = loading ? Math.floor((loading.read / Math.max(1, loading.total)) * 10) : 0;

  return (
    <>
      <h1 className="govuk-heading-l">
        <Trans>Compare partnerships</Trans>
      </h1>
      <p className="govuk-body">
        <Trans>
          Load the response files and session files of many partnerships to see how they compare:
          their types, their scores in each area, how far they differ and how they have changed.
        </Trans>
      </p>
      <p className="govuk-body">
        <Trans>
          The files are read on this device and are not saved. If you leave this page, load them
          again.
        </Trans>
      </p>

      <FileDropZone onDrop={(dropped) => void droppedFiles(dropped).then(load)}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="programme-files">
            <Trans>Choose files, or drop files or folders here</Trans>
          </label>
          <div className="govuk-hint" id="programme-files-hint">
            <Trans>
              Rally response files and session files, or zip files that hold them. You can choose
              thousands at once. Files you add are read with those already loaded.
            </Trans>
          </div>
          <input
            className="govuk-file-upload"
            id="programme-files"
            type="file"
            multiple
            accept=".json,application/json,.zip,application/zip"
            aria-describedby="programme-files-hint"
            disabled={busy}
            onChange={(e) => {
              load([...(e.target.files ?? [])].map(chosen));
              e.target.value = '';
            }}
          />
        </div>
        <div className="govuk-form-group govuk-!-margin-bottom-0">
          <label className="govuk-label govuk-label--s" htmlFor="programme-folder">
            <Trans>Or choose a folder</Trans>
          </label>
          <div className="govuk-hint" id="programme-folder-hint">
            <Trans>Every file in the folder and the folders inside it is read.</Trans>
          </div>
          <input
            className="govuk-file-upload"
            id="programme-folder"
            type="file"
            aria-describedby="programme-folder-hint"
            disabled={busy}
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              load([...(e.target.files ?? [])].map(chosen));
              e.target.value = '';
            }}
          />
        </div>
      </FileDropZone>

      {loading && (
        <div className="govuk-form-group app-programme-progress">
          <label className="govuk-label govuk-label--s" htmlFor="programme-progress">
            <Trans>Reading the files</Trans>
          </label>
          <progress
            id="programme-progress"
            className="app-progress"
            max={loading.total}
            value={loading.read}
            aria-describedby="programme-progress-count"
          />
          <p className="govuk-body" id="programme-progress-count">
            <Trans>
              {formatNumber(loading.read, i18n.locale)} of{' '}
              {formatNumber(loading.total, i18n.locale)} files read
            </Trans>
          </p>
          {/* Said at every tenth, not at every batch, so a screen reader is not flooded. */}
          <p className="govuk-visually-hidden" aria-live="polite">
            <Trans>{decile * 10}% of the files read</Trans>
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
            <Trans>Cancel</Trans>
          </button>
        </div>
      )}

      <p className="govuk-body" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>

      {loaded && data && views && (
        <>
          <h2 className="govuk-heading-m" ref={resultsHeading} tabIndex={-1}>
            <Trans>What was loaded</Trans>
          </h2>
          <ul className="govuk-list govuk-list--bullet" id="programme-summary">
            {summaryLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={clear}
              disabled={busy}
            >
              <Trans>Clear the files</Trans>
            </button>
          </div>

          {data.failed.length > 0 && (
            <details className="govuk-details" open={data.failed.length <= 10}>
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  <Plural
                    value={data.failed.length}
                    one="The file that could not be read"
                    other="The # files that could not be read"
                  />
                </span>
              </summary>
              <div className="govuk-details__text">
                <p className="govuk-body">
                  <Trans>These files were left out. The rest were read.</Trans>
                </p>
                <dl className="govuk-summary-list" id="programme-failures">
                  {data.failed.map((f, i) => (
                    <div className="govuk-summary-list__row" key={`${f.fileName}-${i}`}>
                      <dt className="govuk-summary-list__key app-break-anywhere">{f.fileName}</dt>
                      <dd className="govuk-summary-list__value">{reason(f.reason)}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </details>
          )}

          <MergeControls
            data={data}
            onMerge={(keys, name) => setMerges((m) => [...m, { keys, name }])}
            onUndo={merges.length ? () => setMerges((m) => m.slice(0, -1)) : null}
          />

          <h2 className="govuk-heading-m">
            <Trans>How the partnerships compare</Trans>
          </h2>
          {views.small > 0 && (
            <div className="govuk-inset-text">
              <Plural
                value={views.small}
                one="# partnership has fewer than 3 people in its latest cycle. Its own figures are not shown, so that no one’s answers can be picked out."
                other="# partnerships have fewer than 3 people in their latest cycle. Their own figures are not shown, so that no one’s answers can be picked out."
              />
            </div>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-6">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="programme-include-small"
                type="checkbox"
                checked={includeSmall}
                onChange={(e) => setIncludeSmall(e.target.checked)}
                aria-describedby="programme-include-small-hint"
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor="programme-include-small"
              >
                <Trans>Count partnerships with fewer than 3 people in the medians</Trans>
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id="programme-include-small-hint">
                <Trans>
                  They are left out by default. The spread and the change between cycles always
                  leave them out, and no figure resting on fewer than 3 people is shown.
                </Trans>
              </div>
            </div>
          </div>
          {method.map((line) => (
            <p className="govuk-body" key={line}>
              {line}
            </p>
          ))}
          {tables.map((table) => (
            <ViewSection key={table.id} table={table}>
              {table.id === 'change' && views.change.leftOut > 0 && (
                <p className="govuk-body">
                  <Plural
                    value={views.change.leftOut}
                    one="# partnership with two cycles is left out of the change, because a cycle had fewer than 3 people."
                    other="# partnerships with two cycles are left out of the change, because a cycle had fewer than 3 people."
                  />
                </p>
              )}
            </ViewSection>
          ))}

          <h2 className="govuk-heading-m">
            <Trans>Download the comparison</Trans>
          </h2>
          <ProgrammeExports tables={tables} summary={summaryLines} method={method} />

          <ProgrammeDataDownload data={data} bank={bank} />
        </>
      )}
    </>
  );
}

/** Tables with a row per partnership: long, so drawn only once their details are opened. */
const PER_PARTNERSHIP = new Set(['change-by-partnership', 'partnerships']);

function ViewSection({ table, children }: { table: ViewTable; children?: ReactNode }) {
  const { t } = useLingui();
  const drawn = () => (
    <DataTable
      id={`table-${table.id}`}
      caption={table.caption}
      narrow={table.wide ? 'scroll' : 'stack'}
      scrollLabel={t`${table.title}: the whole table`}
      columns={table.columns.map((label, i) => ({ label, numeric: table.numeric[i] ?? false }))}
      rows={table.rows.map((r) => ({ key: r.key, header: r.header, cells: r.cells }))}
    />
  );
  const rows = table.rows.length;
  return (
    <section aria-labelledby={`view-${table.id}`}>
      <h3 className="govuk-heading-s" id={`view-${table.id}`}>
        {table.title}
      </h3>
      {rows === 0 ? (
        <p className="govuk-body">
          <Trans>Nothing to show here.</Trans>
        </p>
      ) : PER_PARTNERSHIP.has(table.id) ? (
        <LazyDetails
          summary={
            <Plural value={rows} one="Show the table (# row)" other="Show the table (# rows)" />
          }
        >
          {drawn}
        </LazyDetails>
      ) : (
        drawn()
      )}
      {children}
    </section>
  );
}

function MergeControls({
  data,
  onMerge,
  onUndo,
}: {
  data: NonNullable<LoadedProgramme['data']>;
  onMerge: (keys: string[], name?: string) => void;
  onUndo: (() => void) | null;
}) {
  const { t } = useLingui();
  const [picked, setPicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const similar = useMemo(() => similarPartnerships(data), [data]);
  const nameOf = (key: string) => {
    const p = data.partnerships.find((x) => x.key === key);
    return p?.name || t`No name given`;
  };
  return (
    <>
      <h2 className="govuk-heading-m">
        <Trans>Partnerships under more than one name</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          Files are put together by the partnership’s name, ignoring capitals and spaces. If one
          partnership appears under two names, put them together.
        </Trans>
      </p>
      {similar.length > 0 && (
        <ul className="govuk-list" id="programme-similar">
          {similar.map((keys) => {
            const names = keys.map(nameOf).join(', ');
            return (
              <li key={keys.join('+')}>
                <Trans>These names look alike: {names}.</Trans>{' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => onMerge(keys)}
                >
                  <Trans>
                    Put together <span className="govuk-visually-hidden">{names}</span>
                  </Trans>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            <Trans>Choose partnerships to put together</Trans>
          </span>
        </summary>
        <div className="govuk-details__text">
          <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby="programme-merge-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                <Trans>Which partnerships are the same?</Trans>
              </legend>
              <div className="govuk-hint" id="programme-merge-hint">
                <Trans>Choose two or more.</Trans>
              </div>
              {problem && (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">
                    <Trans>Error:</Trans>
                  </span>{' '}
                  {problem}
                </p>
              )}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {data.partnerships.map((p) => (
                  <div className="govuk-checkboxes__item" key={p.key}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`merge-${p.key}`}
                      type="checkbox"
                      checked={picked.includes(p.key)}
                      onChange={(e) =>
                        setPicked((now) =>
                          e.target.checked ? [...now, p.key] : now.filter((k) => k !== p.key),
                        )
                      }
                    />
                    <label
                      className="govuk-label govuk-checkboxes__label"
                      htmlFor={`merge-${p.key}`}
                    >
                      {p.name || t`No name given`}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="programme-merge-name">
              <Trans>Name for the partnership (optional)</Trans>
            </label>
            <input
              className="govuk-input govuk-!-width-two-thirds"
              id="programme-merge-name"
              type="text"
              maxLength={120}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              if (picked.length < 2) {
                setProblem(t`Choose two or more partnerships to put together`);
                return;
              }
              setProblem('');
              onMerge(picked, name.trim() || undefined);
              setPicked([]);
              setName('');
            }}
          >
            <Trans>Put the chosen partnerships together</Trans>
          </button>
        </div>
      </details>
      {onUndo && (
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onUndo}>
            <Trans>Undo the last change to the partnerships</Trans>
          </button>
        </div>
      )}
    </>
  );
}
