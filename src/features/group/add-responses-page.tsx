/**
 * Add responses: many files at once (chosen or dropped), pasted codes (one per line), and the
 * responses handed in on this device. Every input is read and validated before the session
 * changes, and none is dropped without a word: each is added, reported as already there, or
 * listed with the reason it was not added; inputs past the limit are named; a refused code stays
 * in the box; a refused hand-in stays waiting on this device. A removed respondent can be put
 * back with Undo.
 */
import { msg } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Suspense, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { MergeResult } from '../../domain/group/session';
import { paths } from '../../config/paths';
import { lazyPart, moduleLoader } from '../../lib/lazy-part';
import { useDocumentTitle } from '../../lib/use-document-title';
import {
  addHandedIn,
  addResponses,
  removeRespondent,
  undoRemove,
  type RemovedRespondent,
} from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { FileDropZone } from '../../ui/file-drop-zone';
import { NoSession } from './group-gate';
import { RespondentList } from './respondent-list';
import { saveErrorText } from './save-error-text';
import {
  MAX_FILES_AT_ONCE,
  codeLine,
  codesLeftOver,
  readCodes,
  readResponseFiles,
  type ReadInputs,
} from './read-responses';
import { translated } from '../../domain/said';

/** What the facilitator is told after adding: the merge, and any inputs past the limit. */
type AddReport = { result: MergeResult | null; notRead: string[]; failure?: string };

const SHOWN_NOT_READ = 100;

/** The camera scanner (and, later, its QR decoder): fetched only when scanning starts. */
const scannerCode = moduleLoader(() => import('../scan/camera-scanner'));
const CameraScanner = lazyPart(scannerCode, (m) => m.CameraScanner);
const CODES_ID = 'response-codes';

/** A message from the domain (a descriptor) or from a reader not yet converted (English). */
function say(i18n: I18n, message: string | ReturnType<typeof msg>): string {
  return typeof message === 'string' ? translated(i18n, message) : i18n._(message);
}

/** A file's name as it is, or "The code on line 3" in the language in use. */
function sourceText(i18n: I18n, source: string): string {
  const line = codeLine(source);
  return line === null ? source : i18n._(msg`The code on line ${line}`);
}

function Report({ report }: { report: AddReport }) {
  const { result, notRead, failure } = report;
  const { i18n } = useLingui();
  const most = MAX_FILES_AT_ONCE;
  if (!result)
    return (
      <div className="govuk-error-summary" role="alert" aria-labelledby="merge-title">
        <h2 className="govuk-error-summary__title" id="merge-title">
          <Trans>Nothing was added</Trans>
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {failure ?? (
              <Trans>There is no group session on this device to add responses to.</Trans>
            )}
          </p>
        </div>
      </div>
    );
  return (
    <div className="govuk-notification-banner" role="status" aria-labelledby="merge-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="merge-title">
          <Trans>What happened</Trans>
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          <Plural value={result.added.length} one="# response added." other="# responses added." />
        </p>
        {result.duplicates.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              <Trans>Already in the session, so not added again:</Trans>
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {result.duplicates.map((d, i) => (
                <li key={`${i}-${d.source}`}>{sourceText(i18n, d.source)}</li>
              ))}
            </ul>
          </>
        )}
        {result.rejected.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              <Trans>Could not be added:</Trans>
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {result.rejected.map((r, i) => (
                <li key={`${i}-${r.source}`}>
                  {sourceText(i18n, r.source)}: {say(i18n, r.message)}
                </li>
              ))}
            </ul>
          </>
        )}
        {notRead.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              <Trans>Not read, because you can add at most {most} at once.</Trans>{' '}
              <Plural value={notRead.length} one="Add this one again:" other="Add these # again:" />
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {notRead.slice(0, SHOWN_NOT_READ).map((name, i) => (
                <li key={`${i}-${name}`}>{sourceText(i18n, name)}</li>
              ))}
              {notRead.length > SHOWN_NOT_READ && (
                <li>
                  <Plural
                    value={notRead.length - SHOWN_NOT_READ}
                    one="and # more"
                    other="and # more"
                  />
                </li>
              )}
            </ul>
          </>
        )}
        {result.warnings.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {result.warnings.map((w, i) => (
              <li key={`${i}-${w.source}`}>
                {sourceText(i18n, w.source)}: {say(i18n, w.message)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function AddResponsesPage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const handedIn = useGroupStore((s) => s.handedIn);
  const saveError = useGroupStore((s) => s.saveError);
  const [report, setReport] = useState<AddReport | null>(null);
  const [codes, setCodes] = useState('');
  const [removed, setRemoved] = useState<RemovedRespondent | null>(null);
  const [scanner, setScanner] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const { t, i18n } = useLingui();
  useDocumentTitle(session ? t`Add responses` : null);
  if (!session) return <NoSession />;

  const merge = ({ incoming, notRead }: ReadInputs) => {
    const result = addResponses(incoming);
    setReport({ result, notRead });
    return result;
  };
  const fromFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = Array.from(list);
    try {
      merge(await readResponseFiles(bank, files));
    } catch {
      setReport({
        result: null,
        notRead: [],
        failure: t`The files could not be read. Choose them again.`,
      });
    }
  };

  return (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-l">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-l">
        <Trans>Add responses</Trans>
      </h1>
      {report && <Report report={report} />}
      {removed && (
        <div className="govuk-notification-banner" role="status" aria-labelledby="removed-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="removed-title">
              <Trans>Respondent removed</Trans>
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              <Trans>A response was taken out of the session.</Trans>
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => {
                undoRemove(removed);
                setRemoved(null);
              }}
            >
              <Trans>Undo: put the response back</Trans>
            </button>
          </div>
        </div>
      )}
      <p className="govuk-body" id="respondent-total">
        <Plural
          value={session.responses.length}
          one="The session has # response."
          other="The session has # responses."
        />
      </p>

      <h2 className="govuk-heading-m">
        <Trans>Scan QR codes with the camera</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          Each person shows the QR code on their hand-in page. This device’s camera reads it, and
          the response is checked and added. Nothing is sent anywhere.
        </Trans>
      </p>
      {scanner === 'open' ? (
        <Suspense fallback={null}>
          <CameraScanner
            bank={bank}
            codesId={CODES_ID}
            notSaved={saveError === null ? null : saveErrorText(i18n, saveError)}
          />
        </Suspense>
      ) : (
        <>
          {scanner === 'failed' && (
            <p className="govuk-error-message" role="alert">
              <Trans>The scanner could not be loaded. Check the connection and try again.</Trans>
            </p>
          )}
          <button
            type="button"
            className="govuk-button"
            onClick={() => {
              if (scanner === 'loading') return;
              setScanner('loading');
              scannerCode.load().then(
                () => setScanner('open'),
                () => setScanner('failed'),
              );
            }}
          >
            <Trans>Scan with camera</Trans>
          </button>
        </>
      )}

      <h2 className="govuk-heading-m">
        <Trans>From files</Trans>
      </h2>
      <FileDropZone onDrop={(dropped) => void fromFiles(dropped.files)}>
        <div className="govuk-form-group govuk-!-margin-bottom-0">
          <label className="govuk-label" htmlFor="response-files">
            <Trans>Choose response files, or drop them here</Trans>
          </label>
          <div className="govuk-hint" id="response-files-hint">
            <Trans>You can choose many at once. Each is checked before it is added.</Trans>
          </div>
          <input
            className="govuk-file-upload"
            id="response-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby="response-files-hint"
            onChange={(e) => {
              void fromFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
      </FileDropZone>

      <h2 className="govuk-heading-m">
        <Trans>From codes</Trans>
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={CODES_ID}>
          <Trans>Type or paste response codes, one on each line</Trans>
        </label>
        <textarea
          className="govuk-textarea app-code"
          id={CODES_ID}
          rows={4}
          value={codes}
          onChange={(e) => setCodes(e.target.value)}
          spellCheck={false}
        />
      </div>
      <button
        type="button"
        className="govuk-button"
        onClick={() => {
          const read = readCodes(bank, codes);
          const result = merge(read);
          // Codes that were not added stay in the box, to be corrected or added again.
          setCodes(codesLeftOver(read, result, read.notRead));
        }}
      >
        <Trans>Add these codes</Trans>
      </button>

      {handedIn.length > 0 && (
        <>
          <h2 className="govuk-heading-m">
            <Trans>Handed in on this device</Trans>
          </h2>
          <p className="govuk-body">
            <Plural
              value={handedIn.length}
              one="# person has handed in on this device."
              other="# people have handed in on this device."
            />
          </p>
          <button
            type="button"
            className="govuk-button"
            onClick={() => setReport({ result: addHandedIn(bank), notRead: [] })}
          >
            <Trans>Add the responses handed in on this device</Trans>
          </button>
        </>
      )}

      {session.responses.length > 0 && (
        <RespondentList
          bank={bank}
          session={session}
          onRemove={(id) => setRemoved(removeRespondent(id))}
        />
      )}
      <a className="govuk-button" href={paths.group('results')} role="button" draggable={false}>
        <Trans>See the group’s results</Trans>
      </a>
    </>
  );
}
