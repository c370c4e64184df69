import { useId, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '../../locales';
import { PresenterSwitch } from '../presenter/PresenterSwitch';
import { usePresenterMode } from '../presenter/use-presenter-mode';
import './trainer-tools.css';

/** The popup's corner for trainers: open the practice console, switch presenter mode on or off. */
export function TrainerTools({ t }: { t: Translate }) {
  const id = useId();
  const [presenting, setPresenting] = usePresenterMode();
  const openPractice = (event: MouseEvent) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  };
  return (
    <section className="trainer-tools" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('practice.trainers')}</h2>
      <p>
        <a href="/practice.html" target="_blank" rel="noreferrer" onClick={openPractice}>
          {t('practice.open')}
        </a>{' '}
        <span className="trainer-tools-about">{t('practice.open-about')}</span>
      </p>
      <PresenterSwitch on={presenting} onChange={setPresenting} t={t} />
    </section>
  );
}
