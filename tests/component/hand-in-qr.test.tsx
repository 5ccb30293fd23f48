/**
 * The hand-in page's QR code (issue 13): what it says the code carries, leaving out what the
 * person wrote, and a response too long for one code shown as a sequence with "Code 2 of 3",
 * moved through with the keyboard. That the image really scans is proved in
 * tests/unit/group/qr-scan-roundtrip.test.ts (a real encoder and decoder).
 */
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { answerItem, setComment } from '../../src/state/assessment-actions';
import { renderApp, resetStores } from '../helpers/app';

/** Text that compresses badly, so that it takes several codes. */
function longText(length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789';
  let s = 7;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += letters[(s >>> 16) % letters.length];
  }
  return out;
}

const qrImage = (name: string | RegExp) => screen.findByRole('img', { name });

beforeEach(() => {
  resetStores();
  answerItem('gov-agreed-purpose', 4);
  answerItem('sector', 'nhs-health');
});

describe('the hand-in QR code', () => {
  it('says the code holds the comments, and leaving them out changes the code and the words', async () => {
    setComment('culture', 'We share a lot more than we did.');
    const { user } = await renderApp('#/hand-in');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Show a QR code to the facilitator’s camera' }),
    ).toBeVisible();
    expect(document.getElementById('qr-carries')).toHaveTextContent(
      'The code holds your answers, your choices about you (such as your sector and role) and what you wrote: your comments, your written answers and any actions you planned.',
    );
    const withText = (await qrImage('QR code of your answers')).getAttribute('src');
    expect(withText).toMatch(/^data:image\/png;base64,/);
    // One code: no sequence, no buttons to move through it.
    expect(screen.queryByText(/Code \d of \d/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next code' })).toBeNull();

    const leaveOut = screen.getByRole('checkbox', { name: 'Leave out what I wrote' });
    expect(leaveOut).not.toBeChecked();
    await user.click(leaveOut);
    expect(leaveOut).toBeChecked();
    expect(document.getElementById('qr-carries')).toHaveTextContent(
      'The code holds your answers and your choices about you (such as your sector and role), but nothing you wrote.',
    );
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'QR code of your answers' })).not.toHaveAttribute(
        'src',
        withText!,
      ),
    );
    // The typed code and the file are still offered, as before.
    expect(document.getElementById('response-code')).toHaveTextContent(
      /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/,
    );
    expect(screen.getByRole('button', { name: 'Download your answers file' })).toBeVisible();
  });

  it('offers no choice when nothing was written, and says so', async () => {
    await renderApp('#/hand-in');
    expect(document.getElementById('qr-carries')).toHaveTextContent(
      'The code holds your answers and your choices about you (such as your sector and role). You have not written any comments.',
    );
    expect(screen.queryByRole('checkbox')).toBeNull();
    await qrImage('QR code of your answers');
  });

  it('shows a long response as a sequence, one code at a time, moved through with the keyboard', async () => {
    setComment('culture', longText(2000));
    const { user } = await renderApp('#/hand-in');
    const help = document.getElementById('qr-sequence-help')!;
    const total = Number(/take (\d+) codes/.exec(help.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    expect(help).toHaveTextContent(
      `Your answers take ${total} codes. Show them one after the other, moving on when the facilitator’s screen counts each one. The order does not matter.`,
    );
    expect(document.getElementById('qr-position')).toHaveTextContent(`Code 1 of ${total}`);
    const first = (await qrImage(`QR code 1 of ${total} of your answers`)).getAttribute('src');

    // Tab to "Next code" and press Enter, as a keyboard user would.
    const next = screen.getByRole('button', { name: 'Next code' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(document.getElementById('qr-position')).toHaveTextContent(`Code 2 of ${total}`);
    const second = await qrImage(`QR code 2 of ${total} of your answers`);
    await waitFor(() => expect(second.getAttribute('src')).not.toBe(first));
    expect(next).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Previous code' }));
    expect(document.getElementById('qr-position')).toHaveTextContent(`Code 1 of ${total}`);
    // Back from the first goes round to the last.
    await user.click(screen.getByRole('button', { name: 'Previous code' }));
    expect(document.getElementById('qr-position')).toHaveTextContent(`Code ${total} of ${total}`);

    // Leaving the writing out brings it back to one code.
    await user.click(screen.getByRole('checkbox', { name: 'Leave out what I wrote' }));
    expect(document.getElementById('qr-position')).toBeNull();
    await qrImage('QR code of your answers');
  });

  it('speaks Welsh', async () => {
    setComment('culture', longText(2000));
    await switchLanguage('cy');
    await renderApp('#/hand-in');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Dangos cod QR i gamera’r hwylusydd' }),
    ).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'Gadael allan yr hyn a ysgrifennais' }),
    ).toBeVisible();
    expect(document.getElementById('qr-position')).toHaveTextContent(/^Cod 1 o \d+$/);
    expect(screen.getByRole('button', { name: 'Cod nesaf' })).toBeVisible();
    await qrImage(/^Cod QR 1 o \d+ o’ch atebion$/);
  });
});
