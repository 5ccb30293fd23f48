import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { activateLanguage, startingLocale } from './app/language';
import { registerServiceWorker } from './app/register-service-worker';
import './styles/app.scss';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('Rally could not start: the page has no #root element.');
// The saved language first (issue 11): Welsh fetches its catalogue and bank texts before the
// first render, so the page never flashes English. English is already in this chunk. (A
// prerendered page in index.html is English: docs/i18n.md says when it may be shown.) Not a
// top-level await: that would stop the bundler sharing this chunk's code with lazy ones.
void activateLanguage(startingLocale()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

registerServiceWorker();
