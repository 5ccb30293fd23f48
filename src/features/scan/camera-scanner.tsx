/**
 * "Scan with camera" on the add-responses page: the camera reads each person's QR code, and
 * each response goes through the same checks and merge as a file or a typed code
 * (`addResponses`), so nothing is added until it is valid and a response already in the
 * session is not added twice. The page shows and announces what each code did, with a running
 * count; a sound is optional. The camera is let go when scanning stops, when the page is left
 * and when the tab is hidden.
 *
 * Loaded only when the facilitator starts scanning (src/features/group/add-responses-page.tsx);
 * jsQR, where the browser cannot read QR codes itself, is fetched later still
 * (src/lib/qr-decode/). Nothing shown here says anything about the person who handed in.
 */
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { IncomingResponse } from '../../domain/group/session';
import { createScanReader, type Assembler, type ScanReader } from '../../domain/scan/scan-reader';
import { translated } from '../../domain/said';
import { createQrDecoder, type QrDecoder } from '../../lib/qr-decode/qr-decode';
import { moduleLoader } from '../../lib/lazy-part';
import { addResponses } from '../../state/group-actions';
import { createBeeper, type Beeper } from './beep';
import { cameraProblem, openCamera, releaseCamera, type CameraProblem } from './camera';
import { readFrames } from './frame-loop';
import { WarningText } from '../../ui/warning-text';

type Status =
  | { kind: 'starting' }
  | { kind: 'scanning' }
  | { kind: 'stopped' }
  /** Stopped because the tab was hidden. */
  | { kind: 'hidden' }
  | { kind: 'problem'; problem: CameraProblem };

/** The last thing a code did, said on screen and to screen readers. */
type Last =
  | { kind: 'added' }
  | { kind: 'part'; received: number; total: number }
  | { kind: 'duplicate' }
  | { kind: 'refused'; message: string };

/** A code that was read but did not add a response, kept in a list on the page. */
type Note = { id: number; kind: 'duplicate' | 'refused' | 'warning'; message: string };

const SHOWN_NOTES = 20;

const decoder = moduleLoader<QrDecoder>(() => createQrDecoder());

export type CameraScannerProps = {
  bank: Bank;
  /** Makes the assembler of QR payloads for one scanning run (tests may pass their own). */
  assembler?: (bank: Bank) => Assembler;
  /** The id of the typed-codes box, where a facilitator without a camera can go instead. */
  codesId: string;
  /**
   * Why the session is not being saved on this device (for example, its storage is full), in
   * the language in use; null while it is saved. Responses still go into the session in this
   * page, and the scanner says they are not saved.
   */
  notSaved?: string | null;
};

function ProblemMessage({ problem, codesId }: { problem: CameraProblem; codesId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problem]);
  const titles: Record<CameraProblem, ReactNode> = {
    denied: <Trans>Rally is not allowed to use the camera</Trans>,
    none: <Trans>No camera was found</Trans>,
    busy: <Trans>The camera is being used by another program</Trans>,
    insecure: <Trans>This page cannot use the camera</Trans>,
    other: <Trans>The camera could not be started</Trans>,
  };
  const advice: Record<CameraProblem, ReactNode> = {
    denied: (
      <Trans>
        The browser blocked the camera for this page. To scan, allow the camera in the browser’s
        settings for this site, then select ‘Scan with camera’ again.
      </Trans>
    ),
    none: (
      <Trans>
        This device has no camera the browser can use. Connect a camera and select ‘Scan with
        camera’ again, or use another device.
      </Trans>
    ),
    busy: (
      <Trans>
        Close the other program, such as a video call, then select ‘Scan with camera’ again.
      </Trans>
    ),
    insecure: (
      <Trans>
        Browsers only let a page use the camera when it is opened from a secure (https) address or
        from this device. Open Rally from its https address to scan.
      </Trans>
    ),
    other: <Trans>Select ‘Scan with camera’ to try again.</Trans>,
  };
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="camera-problem-title"
    >
      <h3 className="govuk-error-summary__title" id="camera-problem-title">
        {titles[problem]}
      </h3>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{advice[problem]}</p>
        <ul className="govuk-list govuk-error-summary__list">
          <li>
            <a
              href={`#${codesId}`}
              onClick={(event) => {
                // The id of a field, not a route: move focus there without leaving the page.
                event.preventDefault();
                const field = document.getElementById(codesId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              <Trans>Type the response codes from people’s hand-in pages instead</Trans>
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** What the last code did, in words. */
function LastRead({ last, saved }: { last: Last; saved: boolean }) {
  switch (last.kind) {
    case 'added':
      return saved ? (
        <Trans>Response added.</Trans>
      ) : (
        <Trans>Response added to the session in this page, but not saved on this device.</Trans>
      );
    case 'part': {
      const { received, total } = last;
      return (
        <Trans>
          Part {received} of {total} read. Show the other parts too.
        </Trans>
      );
    }
    case 'duplicate':
      return <Trans>This response is already in the session, so it was not added again.</Trans>;
    case 'refused': {
      const reason = last.message;
      return <Trans>Not added: {reason}</Trans>;
    }
  }
}

export function CameraScanner({ bank, assembler, codesId, notSaved = null }: CameraScannerProps) {
  const { i18n } = useLingui();
  const [status, setStatus] = useState<Status>({ kind: 'starting' });
  const [count, setCount] = useState(0);
  const [last, setLast] = useState<Last | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [sound, setSound] = useState(false);
  const videoRef = useRef<HTMLVideoElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const stopLoopRef = useRef<(() => void) | null>(null);
  /** Which start is current: a start overtaken by a stop lets its camera go at once. */
  const runRef = useRef(0);
  const readerRef = useRef<ScanReader | null>(null);
  const beeperRef = useRef<Beeper | null>(null);
  const noteId = useRef(0);

  const release = useCallback(() => {
    runRef.current += 1;
    stopLoopRef.current?.();
    stopLoopRef.current = null;
    releaseCamera(streamRef.current);
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
  }, []);

  const note = useCallback((kind: Note['kind'], message: string) => {
    noteId.current += 1;
    const id = noteId.current;
    setNotes((list) => [{ id, kind, message }, ...list].slice(0, SHOWN_NOTES));
  }, []);

  const merge = useCallback(
    (incoming: IncomingResponse) => {
      const result = addResponses([incoming]);
      if (!result) {
        const message = i18n._(msg`There is no group session on this device to add responses to.`);
        setLast({ kind: 'refused', message });
        note('refused', message);
        return;
      }
      for (const w of result.warnings) note('warning', translated(i18n, w.message));
      if (result.added.length > 0) {
        setCount((n) => n + result.added.length);
        setLast({ kind: 'added' });
        beeperRef.current?.beep();
      } else if (result.duplicates.length > 0) {
        setLast({ kind: 'duplicate' });
        note('duplicate', i18n._(msg`Already in the session, so not added again.`));
      }
      for (const r of result.rejected) {
        const message =
          typeof r.message === 'string' ? translated(i18n, r.message) : i18n._(r.message);
        setLast({ kind: 'refused', message });
        note('refused', message);
      }
    },
    [i18n, note],
  );

  const onTexts = useCallback(
    (texts: string[], at: number) => {
      const reader = readerRef.current;
      if (!reader) return;
      for (const text of texts) {
        const step = reader.read(text, at);
        if (step.kind === 'part')
          setLast({ kind: 'part', received: step.received, total: step.total });
        else if (step.kind === 'incoming') merge(step.incoming);
      }
    },
    [merge],
  );

  /** Opens the camera and reads its frames (the status is already 'starting'). */
  const begin = useCallback(async () => {
    release();
    const run = runRef.current;
    readerRef.current ??= createScanReader(bank, assembler?.(bank));
    let stream: MediaStream;
    let reading: QrDecoder;
    try {
      [stream, reading] = await Promise.all([openCamera(), decoder.load()]);
    } catch (error) {
      if (run === runRef.current) setStatus({ kind: 'problem', problem: cameraProblem(error) });
      return;
    }
    const video = videoRef.current;
    if (run !== runRef.current || !video) {
      releaseCamera(stream);
      return;
    }
    streamRef.current = stream;
    video.srcObject = stream;
    try {
      await video.play();
    } catch {
      // Muted, inline video may always play; if it does not, frames still arrive.
    }
    if (run !== runRef.current) return;
    stopLoopRef.current = readFrames(video, reading, onTexts);
    setStatus({ kind: 'scanning' });
  }, [assembler, bank, onTexts, release]);

  const start = () => {
    setStatus({ kind: 'starting' });
    void begin();
  };

  const stop = useCallback(() => {
    release();
    setStatus({ kind: 'stopped' });
  }, [release]);

  // Start on opening (the facilitator has just asked to scan); let the camera go on leaving.
  useEffect(() => {
    void begin();
    return release;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the scanner opens
  }, []);

  // A hidden tab keeps no camera: the light goes off, and scanning starts again on request.
  useEffect(() => {
    const hide = () => {
      if (document.visibilityState !== 'hidden' || streamRef.current === null) return;
      release();
      setStatus({ kind: 'hidden' });
    };
    const leave = () => {
      release();
      setStatus({ kind: 'stopped' });
    };
    document.addEventListener('visibilitychange', hide);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', hide);
      window.removeEventListener('pagehide', leave);
    };
  }, [release]);

  useEffect(() => {
    if (status.kind === 'scanning') buttonRef.current?.focus();
  }, [status.kind]);

  useEffect(() => () => beeperRef.current?.close(), []);

  const scanning = status.kind === 'scanning' || status.kind === 'starting';

  return (
    <div className="app-scanner">
      {status.kind === 'problem' && <ProblemMessage problem={status.problem} codesId={codesId} />}
      {status.kind === 'hidden' && (
        <div className="govuk-inset-text">
          <Trans>
            Scanning stopped and the camera was turned off while this page was hidden. Select ‘Scan
            with camera’ to carry on.
          </Trans>
        </div>
      )}
      <div className="app-scanner__view" hidden={!scanning}>
        <video ref={videoRef} className="app-scanner__video" muted playsInline aria-hidden="true" />
        <p className="govuk-body govuk-!-margin-top-2" id="scanner-hint">
          {status.kind === 'starting' ? (
            <Trans>Starting the camera…</Trans>
          ) : (
            <Trans>
              Ask each person to hold their QR code up to the camera until it is read. A code in
              several parts can be shown in any order.
            </Trans>
          )}
        </p>
      </div>

      <div className="app-scanner__status" role="status" aria-live="polite" aria-atomic="true">
        <p className="govuk-heading-m govuk-!-margin-bottom-1" id="scanned-count">
          <Plural
            value={count}
            one="# response added by camera"
            other="# responses added by camera"
          />
        </p>
        {last && (
          <p className="govuk-body" id="scanned-last">
            <LastRead last={last} saved={notSaved === null} />
          </p>
        )}
      </div>
      {notSaved !== null && (
        <WarningText id="scan-not-saved">
          {notSaved}{' '}
          <Trans>
            The responses you scan are kept in this page only. Download the session file from the
            message at the top of the page before you close it, so that none is lost.
          </Trans>
        </WarningText>
      )}

      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="scan-sound"
              type="checkbox"
              checked={sound}
              onChange={(e) => {
                const on = e.target.checked;
                setSound(on);
                beeperRef.current?.close();
                beeperRef.current = on ? createBeeper() : null;
              }}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="scan-sound">
              <Trans>Play a sound when a response is added</Trans>
            </label>
          </div>
        </div>
      </div>

      {scanning ? (
        <button
          ref={buttonRef}
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-describedby="scanner-hint"
          onClick={stop}
        >
          <Trans>Stop scanning</Trans>
        </button>
      ) : (
        <button type="button" className="govuk-button" onClick={start}>
          <Trans>Scan with camera</Trans>
        </button>
      )}

      {notes.length > 0 && (
        <>
          <h3 className="govuk-heading-s">
            <Trans>Notes on the codes read</Trans>
          </h3>
          <ul className="govuk-list govuk-list--bullet" id="scan-notes">
            {notes.map((n) => (
              <li key={n.id}>{n.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
