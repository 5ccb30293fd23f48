/**
 * Add responses: many files at once (chosen or dropped), pasted codes (one per line), and the
 * responses handed in on this device. Every input is read and validated before the session
 * changes; duplicates and unreadable inputs are listed with the reason.
 */
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { IncomingResponse, MergeResult } from '../../domain/group/session';
import { decodeResponseCode } from '../../domain/response/response-code';
import { MAX_FILE_CHARS, parseResponseFile } from '../../domain/response/response-file';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { addResponses, removeRespondent, takeHandedIn } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { NoSession } from './share-page';
import { RespondentList } from './respondent-list';

export const MAX_FILES_AT_ONCE = 600;

export async function readResponseFiles(bank: Bank, files: File[]): Promise<IncomingResponse[]> {
  return Promise.all(
    files.slice(0, MAX_FILES_AT_ONCE).map(async (file): Promise<IncomingResponse> => {
      if (file.size > MAX_FILE_CHARS)
        return {
          source: file.name,
          result: { ok: false, message: 'The file is too large to be a Rally response file.' },
        };
      return { source: file.name, result: parseResponseFile(await file.text(), bank) };
    }),
  );
}

export function readCodes(bank: Bank, text: string): IncomingResponse[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, MAX_FILES_AT_ONCE)
    .map((line, i) => ({
      source: `Pasted code ${i + 1}`,
      result: decodeResponseCode(bank, line, new Date()),
    }));
}

function Report({ result }: { result: MergeResult }) {
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
              {result.duplicates.map((d) => (
                <li key={d.source + d.responseId}>{d.source}</li>
              ))}
            </ul>
          </>
        )}
        {result.rejected.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">Could not be added:</p>
            <ul className="govuk-list govuk-list--bullet">
              {result.rejected.map((r) => (
                <li key={r.source + r.message}>
                  {r.source}: {r.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {result.warnings.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {result.warnings.map((w) => (
              <li key={w.source + w.message}>
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
  const [result, setResult] = useState<MergeResult | null>(null);
  const [codes, setCodes] = useState('');
  const [dragging, setDragging] = useState(false);
  useDocumentTitle('Add responses');
  if (!session) return <NoSession />;

  const merge = (incoming: IncomingResponse[]) => setResult(addResponses(incoming));
  const fromFiles = async (list: FileList | null) => {
    if (list && list.length > 0) merge(await readResponseFiles(bank, Array.from(list)));
  };

  return (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-l">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-l">Add responses</h1>
      {result && <Report result={result} />}
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
          merge(readCodes(bank, codes));
          setCodes('');
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
            onClick={() =>
              merge(
                takeHandedIn().map((response, i) => ({
                  source: `Handed in on this device ${i + 1}`,
                  result: { ok: true, response },
                })),
              )
            }
          >
            Add the responses handed in on this device
          </button>
        </>
      )}

      {session.responses.length > 0 && (
        <RespondentList bank={bank} session={session} onRemove={removeRespondent} />
      )}
      <a className="govuk-button" href={paths.group('results')} role="button" draggable={false}>
        See the group’s results
      </a>
    </>
  );
}
