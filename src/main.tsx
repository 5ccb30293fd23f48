import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, deferSessionBanner, preloadFor, wantSessionBannerIfSaved } from './app/app';
import { activateLanguage, startingLocale, switchLanguage } from './app/language';
import { registerServiceWorker } from './app/register-service-worker';
import {
  finishTakeOver,
  keepLanguageChoices,
  prerenderedContainer,
  startTakeOver,
  takeChosenLanguage,
} from './app/take-over';
import { parseRoute } from './config/paths';
import { painted } from './lib/after-paint';
import { nextTask } from './lib/next-task';
import './styles/app.scss';
import './app/prerendered.css';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const route = parseRoute(window.location.hash);
const prerendered = prerenderedContainer(route);

/** Switches to a language chosen on the toggle before the app could act on it. */
function switchToChosenLanguage() {
  const chosen = takeChosenLanguage();
  if (chosen) void switchLanguage(chosen);
}

if (prerendered) {
  // The page on screen is this route's, drawn at build time in English, which the early script
  // shows only when no other language is chosen (src/app/boot/boot.ts); React takes it over as it is,
  // once it has been painted, in small steps that leave the page free to respond.
  finishTakeOver(prerendered);
  const stopKeeping = keepLanguageChoices();
  deferSessionBanner();
  void painted().then(async () => {
    void preloadFor(route);
    await nextTask();
    startTakeOver(prerendered);
    startTransition(() => {
      hydrateRoot(
        prerendered,
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
    // React listens from here on (it replays a click that comes before it has taken the page
    // over); a language chosen before is switched to once it has (src/app/take-over.ts).
    stopKeeping();
    switchToChosenLanguage();
    // Nothing is saved, so no session has been joined before the participant moves on. (Any
    // change to the shell before React has taken over every part of the page would make it
    // draw those parts again.)
    window.addEventListener('hashchange', wantSessionBannerIfSaved);
  });
} else {
  // A participant who joins a session during this visit moves on from the join page.
  window.addEventListener('hashchange', wantSessionBannerIfSaved);
  // Fetch everything the page needs at once (with the saved language's messages and bank
  // texts, so the page never flashes English), then draw it in place of whatever was on
  // screen, in one go (the old page stays until the new one is there).
  void Promise.all([preloadFor(route), activateLanguage(startingLocale())]).then(() => {
    const root = document.getElementById('root');
    if (!root) throw new Error('Rally could not start: the page has no #root element.');
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App
            onReady={() => {
              finishTakeOver(root);
              switchToChosenLanguage();
            }}
          />
        </StrictMode>,
      );
    });
  });
}

registerServiceWorker();
