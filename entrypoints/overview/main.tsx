import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale-context';
import { OverviewApp } from '../../components/overview/OverviewApp';
import '../../components/overview/overview.css';
import { readSettings } from '../../storage/settings';

const root = document.getElementById('root');
if (root) {
  // The stored language first, so the page never flashes in English before switching.
  void readSettings().then(({ locale }) =>
    createRoot(root).render(
      <StrictMode>
        <LocaleProvider initial={locale}>
          <OverviewApp />
        </LocaleProvider>
      </StrictMode>,
    ),
  );
}
