import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, preloadFor } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { finishTakeOver, prerenderedContainer } from './app/take-over';
import { parseRoute } from './config/paths';
import './styles/app.scss';
import './app/prerendered.css';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
const route = parseRoute(window.location.hash);
// Everything this page needs is requested now, at once.
const ready = preloadFor(route);
const prerendered = prerenderedContainer(route);

if (prerendered) {
  // The page on screen is this route's, drawn at build time: React takes it over as it is.
  finishTakeOver(prerendered);
  hydrateRoot(prerendered, app);
} else {
  // Draw the page once its code is in, in one go, in place of whatever was on screen.
  void ready.then(() => {
    const root = document.getElementById('root');
    if (!root) throw new Error('Rally could not start: the page has no #root element.');
    flushSync(() => createRoot(root).render(app));
    finishTakeOver(root);
  });
}

registerServiceWorker();
