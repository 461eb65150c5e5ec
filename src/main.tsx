import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './app/styles/theme.css';
import './app/styles/layout.css';
import './lessons/styles/article.css';
import './app/styles/language.css';
import { App } from './app/App';
import { startLocale } from './app/locale-route';
import { RootBoundary } from './app/ErrorBoundaries';
import { switchLocale } from './i18n/locale-store';
import { LANGUAGE_TAGS } from './i18n/locales';
// Registers the course index of each language as something a language needs before it shows.
import './lessons/catalog';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the reader's language (its words are a lazy chunk
// unless it is English), so nothing shows in the wrong language first.
const locale = startLocale();
document.documentElement.lang = LANGUAGE_TAGS[locale];
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <RootBoundary>
        <App />
      </RootBoundary>
    </StrictMode>,
  );
switchLocale(locale).then(render, (error: unknown) => {
  // Its chunk could not load (offline before the offline copy was installed): English, which is bundled.
  console.error(`The ${locale} language could not be loaded`, error);
  render();
});
