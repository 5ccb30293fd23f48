/**
 * The hand-in QR code: the whole response as one code, or a short sequence of codes shown one
 * at a time (a person holds up their phone and moves on when the facilitator's screen has
 * counted the code). What the codes carry is said in words, and what the person wrote can be
 * left out, which changes the codes at once. The format is src/domain/response/qr-payload.ts.
 */
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { MAX_QR_PARTS, encodeResponseQr, hasFreeText } from '../../domain/response/qr-payload';
import type { ResponseEnvelope } from '../../domain/response/response-schema';
import { QrImage } from '../../lib/qr/qr-image';

/** From this many codes on, the page says that leaving out writing or a file is quicker. */
const MANY_CODES = 5;

export function ResponseQr({ bank, envelope }: { bank: Bank; envelope: ResponseEnvelope }) {
  const { t } = useLingui();
  const checkboxId = useId();
  const [leaveOut, setLeaveOut] = useState(false);
  const [shown, setShown] = useState(0);
  const written = hasFreeText(bank, envelope);
  const includeText = written && !leaveOut;
  // The envelope is rebuilt on every render; its JSON says when the response itself changed.
  const key = JSON.stringify(envelope);
  const texts = useMemo(
    () => encodeResponseQr(bank, JSON.parse(key) as ResponseEnvelope, { includeText }),
    [bank, key, includeText],
  );
  const total = texts.length;
  const tooMany = total > MAX_QR_PARTS;
  const index = Math.min(shown, total - 1);
  const number = index + 1;

  return (
    <div id="response-qr">
      <h2 className="govuk-heading-m">
        <Trans>Show a QR code to the facilitator’s camera</Trans>
      </h2>
      <p className="govuk-body" id="qr-carries">
        {includeText ? (
          <Trans>
            The code holds your answers, your choices about you (such as your sector and role) and
            what you wrote: your comments, your written answers and any actions you planned.
          </Trans>
        ) : written ? (
          <Trans>
            The code holds your answers and your choices about you (such as your sector and role),
            but nothing you wrote.
          </Trans>
        ) : (
          <Trans>
            The code holds your answers and your choices about you (such as your sector and role).
            You have not written any comments.
          </Trans>
        )}
      </p>
      {written && (
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={checkboxId}
                type="checkbox"
                checked={leaveOut}
                aria-describedby={`${checkboxId}-hint`}
                onChange={(e) => {
                  setLeaveOut(e.target.checked);
                  setShown(0);
                }}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={checkboxId}>
                <Trans>Leave out what I wrote</Trans>
              </label>
              <div id={`${checkboxId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                <Trans>
                  Your comments, written answers, partnership name, place and action plan are then
                  not in the code. The facilitator still gets your answers.
                </Trans>
              </div>
            </div>
          </div>
        </div>
      )}

      {tooMany ? (
        <div className="govuk-inset-text" id="qr-too-long">
          <Trans>
            What you wrote is too long to fit in QR codes. Leave it out of the code, or send a file
            instead.
          </Trans>
        </div>
      ) : (
        <>
          <p className="govuk-body">
            <Trans>
              Hold your screen up to the facilitator’s camera, about 30 centimetres away, and keep
              it still until their screen counts it.
            </Trans>
          </p>
          {total > 1 && (
            <p className="govuk-body" id="qr-sequence-help">
              <Plural
                value={total}
                one="Your answers take # code."
                other="Your answers take # codes. Show them one after the other, moving on when the facilitator’s screen counts each one. The order does not matter."
              />
            </p>
          )}
          {total >= MANY_CODES && includeText && (
            <div className="govuk-inset-text">
              <Trans>
                That is a lot of codes. It is quicker to leave out what you wrote, or to send a
                file.
              </Trans>
            </div>
          )}
          <div className="app-qr-sequence">
            {total > 1 && (
              <p
                className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-2"
                id="qr-position"
                aria-live="polite"
              >
                <Trans>
                  Code {number} of {total}
                </Trans>
              </p>
            )}
            <QrImage
              text={texts[index]!}
              alt={
                total > 1
                  ? t`QR code ${number} of ${total} of your answers`
                  : t`QR code of your answers`
              }
              width={320}
            />
            {total > 1 && (
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setShown((index - 1 + total) % total)}
                >
                  <Trans>Previous code</Trans>
                </button>
                <button
                  type="button"
                  className="govuk-button"
                  onClick={() => setShown((index + 1) % total)}
                >
                  <Trans>Next code</Trans>
                </button>
              </div>
            )}
          </div>
        </>
      )}
    </div>
  );
}
