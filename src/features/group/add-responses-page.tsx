/**
 * Add responses: many files at once (chosen or dropped), pasted codes (one per line), and the
 * responses handed in on this device. Every input is read and validated before the session
 * changes, and none is dropped without a word: each is added, reported as already there, or
 * listed with the reason it was not added; inputs past the limit are named; a refused code stays
 * in the box; a refused hand-in stays waiting on this device. A removed respondent can be put
 * back with Undo.
 */
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { MergeResult } from '../../domain/group/session';
import { paths } from '../../config/paths';
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
import { NoSession } from './share-page';
import { RespondentList } from './respondent-list';
import {
  MAX_FILES_AT_ONCE,
  codesLeftOver,
  readCodes,
  readResponseFiles,
  type ReadInputs,
} from './read-responses';

/** What the facilitator is told after adding: the merge, and any inputs past the limit. */
type AddReport = { result: MergeResult | null; notRead: string[]; failure?: string };

const SHOWN_NOT_READ = 100;

function Report({ report }: { report: AddReport }) {
  const { result, notRead, failure } = report;
  if (!result)
    return (
      <div className="govuk-error-summary" role="alert" aria-labelledby="merge-title">
        <h2 className="govuk-error-summary__title" id="merge-title">
          Nothing was added
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {failure ?? 'There is no group session on this device to add responses to.'}
          </p>
        </div>
      </div>
    );
  return (
    <div className="govuk-notification-banner" role="status" aria-labelledby="merge-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="merge-title">
          What happened
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {result.added.length === 1
            ? '1 response added'
            : `${result.added.length} responses added`}
          .
        </p>
        {result.duplicates.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              Already in the session, so not added again:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {result.duplicates.map((d, i) => (
                <li key={`${i}-${d.source}`}>{d.source}</li>
              ))}
            </ul>
          </>
        )}
        {result.rejected.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">Could not be added:</p>
            <ul className="govuk-list govuk-list--bullet">
              {result.rejected.map((r, i) => (
                <li key={`${i}-${r.source}`}>
                  {r.source}: {r.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {notRead.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              Not read, because you can add at most {MAX_FILES_AT_ONCE} at once. Add{' '}
              {notRead.length === 1 ? 'this one' : `these ${notRead.length}`} again:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {notRead.slice(0, SHOWN_NOT_READ).map((name, i) => (
                <li key={`${i}-${name}`}>{name}</li>
              ))}
              {notRead.length > SHOWN_NOT_READ && (
                <li>and {notRead.length - SHOWN_NOT_READ} more</li>
              )}
            </ul>
          </>
        )}
        {result.warnings.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {result.warnings.map((w, i) => (
              <li key={`${i}-${w.source}`}>
                {w.source}: {w.message}
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
  const [report, setReport] = useState<AddReport | null>(null);
  const [codes, setCodes] = useState('');
  const [dragging, setDragging] = useState(false);
  const [removed, setRemoved] = useState<RemovedRespondent | null>(null);
  useDocumentTitle('Add responses');
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
        failure: 'The files could not be read. Choose them again.',
      });
    }
  };

  return (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-l">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-l">Add responses</h1>
      {report && <Report report={report} />}
      {removed && (
        <div className="govuk-notification-banner" role="status" aria-labelledby="removed-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="removed-title">
              Respondent removed
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              A response was taken out of the session.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => {
                undoRemove(removed);
                setRemoved(null);
              }}
            >
              Undo: put the response back
            </button>
          </div>
        </div>
      )}
      <p className="govuk-body" id="respondent-total">
        The session has{' '}
        {session.responses.length === 1 ? '1 response' : `${session.responses.length} responses`}.
      </p>

      <h2 className="govuk-heading-m">From files</h2>
      <div
        className={`app-drop-zone${dragging ? ' app-drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void fromFiles(e.dataTransfer.files);
        }}
      >
        <div className="govuk-form-group govuk-!-margin-bottom-0">
          <label className="govuk-label" htmlFor="response-files">
            Choose response files, or drop them here
          </label>
          <div className="govuk-hint" id="response-files-hint">
            You can choose many at once. Each is checked before it is added.
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
      </div>

      <h2 className="govuk-heading-m">From codes</h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="response-codes">
          Type or paste response codes, one on each line
        </label>
        <textarea
          className="govuk-textarea app-code"
          id="response-codes"
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
        Add these codes
      </button>

      {handedIn.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Handed in on this device</h2>
          <p className="govuk-body">
            {handedIn.length === 1 ? '1 person has' : `${handedIn.length} people have`} handed in on
            this device.
          </p>
          <button
            type="button"
            className="govuk-button"
            onClick={() => setReport({ result: addHandedIn(bank), notRead: [] })}
          >
            Add the responses handed in on this device
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
        See the group’s results
      </a>
    </>
  );
}
