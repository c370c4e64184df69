import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { storableUrl } from '../engine/url';
import { activeProfile } from '../storage/active-profile';
import { useTranslator } from '../components/locale-context';
import { PresenterSwitch } from '../components/presenter/PresenterSwitch';
import { usePresenterMode } from '../components/presenter/use-presenter-mode';
import { exposePracticeBridge, forwardedKeys } from './bridge';
import { createMemoryProfiles } from './memory-profiles';
import { practiceSteps, stepUrl, type PracticeStep, type PracticeVariant } from './practice-flow';
import { consoleAddress, hasReplica } from './replica-pages';
import { SampleClient } from './SampleClient';
import { sampleProfilesState } from './sample-profiles';
import { StepNav } from './StepNav';
import { useForwardPresenterKeys, useFramePage } from './use-frame';

const FIRST_STEP = practiceSteps[0]!;

/** A full page load in the frame: a new frame (new document, new guide), as on the real console. */
interface FrameLoad {
  url: string;
  n: number;
}

/** The practice console for trainers: replica pages with the guide, sample clients kept in memory. */
export function PracticeApp() {
  const t = useTranslator();
  const [store] = useState(() => createMemoryProfiles(sampleProfilesState()));
  const profiles = useSyncExternalStore(store.watch, store.current);
  const country = activeProfile(profiles)?.countryRegion;
  const [presenting, setPresenting] = usePresenterMode();
  const [load, setLoad] = useState<FrameLoad>(() => ({ url: stepUrl(FIRST_STEP, country), n: 0 }));
  const [address, setAddress] = useState(load.url);
  const [notice, setNotice] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const [currentPage, watchFrame] = useFramePage(frame);
  useForwardPresenterKeys(frame, presenting);

  const open = useCallback((url: string) => {
    setLoad((previous) => ({ url, n: previous.n + 1 }));
    setAddress(url);
  }, []);

  useEffect(
    () =>
      exposePracticeBridge({
        profiles: store,
        openUrl: (url) => (hasReplica(url) ? open(url) : setNotice(t('practice.not-in-practice', { url }))),
        urlChanged: setAddress,
        forwardedKeys,
      }),
    [store, open, t],
  );

  const openStep = (step: PracticeStep | PracticeVariant) => {
    setNotice('');
    open(stepUrl(step, country));
  };

  const reset = () => {
    const samples = sampleProfilesState();
    store.replace(samples);
    open(stepUrl(FIRST_STEP, activeProfile(samples)?.countryRegion));
    setNotice(t('practice.reset-done'));
  };

  return (
    <div className="practice">
      {/* Named landmarks: the replica page in the frame has its own header and main. */}
      <header className="practice-head" aria-label={t('practice.title')}>
        <div className="practice-title">
          <span className="brand">{t('panel.brand')}</span>
          <h1>{t('practice.title')}</h1>
          <p>{t('practice.subtitle')}</p>
        </div>
        <div className="practice-tools">
          <PresenterSwitch on={presenting} onChange={setPresenting} t={t} />
          <button type="button" className="practice-reset" onClick={reset}>
            {t('practice.reset')}
          </button>
        </div>
      </header>
      <div className="practice-notice" role="status">
        {notice}
      </div>
      <div className="practice-body">
        <div className="practice-side">
          {/* The sample client first: the choice that changes what the guide checks, in sight without scrolling. */}
          <SampleClient profiles={profiles} masked={presenting} onChoose={store.activate} t={t} />
          <StepNav currentPage={currentPage} onOpen={openStep} t={t} />
        </div>
        <main className="practice-main" aria-label={t('practice.frame')}>
          <p className="practice-address">
            <span>{t('practice.address')}</span> <code>{consoleAddress(storableUrl(address))}</code>
          </p>
          <iframe
            key={load.n}
            ref={frame}
            className="practice-frame"
            title={t('practice.frame')}
            src={`/practice.html?frame=${encodeURIComponent(load.url)}`}
            onLoad={watchFrame}
          />
        </main>
      </div>
    </div>
  );
}
