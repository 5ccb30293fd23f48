/**
 * The hand-over from the prerendered page to the app (src/app/take-over.ts): a language chosen
 * before the app listens is kept, not lost; and the wait for React to take over every part of
 * the page ends when each part has reported, or after the limit.
 * tests/browser/language-early.spec.ts checks both in Chromium with the built app.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHOSEN_LANGUAGE_ATTRIBUTE, keepLanguageChoice } from '../../src/config/prerendered';
import {
  TAKE_OVER_LIMIT_MS,
  partTakenOver,
  startTakeOver,
  takeChosenLanguage,
  takenOver,
} from '../../src/app/take-over';

const html = document.documentElement;

afterEach(() => {
  document.body.innerHTML = '';
  html.removeAttribute(CHOSEN_LANGUAGE_ATTRIBUTE);
  vi.useRealTimers();
});

/** Clicks `target` with `keepLanguageChoice` listening; says whether the default was prevented. */
function click(target: Element): boolean {
  const keep = (event: MouseEvent) => keepLanguageChoice(event, html);
  document.addEventListener('click', keep);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  document.removeEventListener('click', keep);
  return event.defaultPrevented;
}

describe('a language chosen before the app listens', () => {
  it('is kept from a click anywhere inside the language link, and taken once', () => {
    document.body.innerHTML =
      '<a href="#/" hreflang="cy" lang="cy">Cymraeg<span class="govuk-visually-hidden">: Newid</span></a>';
    expect(click(document.querySelector('span')!)).toBe(true);
    expect(takeChosenLanguage()).toBe('cy');
    expect(takeChosenLanguage()).toBeNull();
  });

  it('leaves every other link alone', () => {
    document.body.innerHTML = '<a href="#/about">How this assessment works</a>';
    expect(click(document.querySelector('a')!)).toBe(false);
    expect(takeChosenLanguage()).toBeNull();
  });

  it('the last of several clicks wins', () => {
    document.body.innerHTML =
      '<a href="#/" hreflang="cy">Cymraeg</a><a href="#/" hreflang="en">English</a>';
    const [welsh, english] = document.querySelectorAll('a');
    click(welsh!);
    click(english!);
    expect(takeChosenLanguage()).toBe('en');
  });

  it('is ignored when it names a language Rally does not offer', () => {
    document.body.innerHTML = '<a href="#/" hreflang="fr">Français</a>';
    click(document.querySelector('a')!);
    expect(takeChosenLanguage()).toBeNull();
  });
});

/** Whether `promise` has settled, after the microtasks queued so far have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('waiting for React to take over the prerendered page', () => {
  const page = (parts: number) => {
    const container = document.createElement('div');
    container.innerHTML =
      '<h1>Start</h1>' + '<!--$--><p>part</p><!--/$-->'.repeat(parts) + '<!-- a comment -->';
    return container;
  };

  it('ends when every boundary in the HTML has reported, not before', async () => {
    startTakeOver(page(3));
    const whole = takenOver();
    partTakenOver();
    partTakenOver();
    expect(await settled(whole)).toBe(false);
    partTakenOver();
    expect(await settled(whole)).toBe(true);
  });

  it('does not wait at all for a page with no boundaries', async () => {
    startTakeOver(page(0));
    expect(await settled(takenOver())).toBe(true);
  });

  it('ends after the limit even if a part never reports', async () => {
    vi.useFakeTimers();
    startTakeOver(page(2));
    const whole = takenOver();
    partTakenOver();
    vi.advanceTimersByTime(TAKE_OVER_LIMIT_MS - 1);
    expect(await settled(whole)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(whole)).toBe(true);
  });
});
