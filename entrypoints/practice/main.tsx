import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale-context';
import { startPracticeFrame } from '../../practice/frame';
import { PracticeApp } from '../../practice/PracticeApp';
import '../../practice/practice.css';
import { readSettings } from '../../storage/settings';

// One page, two roles: the shell (practice.html), and inside it the frame that becomes a replica
// console page (practice.html?frame=<console URL>), so the guide runs in the frame's own document.
const frameUrl = new URLSearchParams(location.search).get('frame');
const root = document.getElementById('root');
if (frameUrl !== null) {
  void startPracticeFrame(frameUrl);
} else if (root) {
  // The stored language first, so the page never flashes in English before switching.
  void readSettings().then(({ locale }) =>
    createRoot(root).render(
      <StrictMode>
        <LocaleProvider initial={locale}>
          <PracticeApp />
        </LocaleProvider>
      </StrictMode>,
    ),
  );
}
