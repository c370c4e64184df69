import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '../../locales';
import { hasMiitAccess, MIIT_PERMISSIONS } from '../../storage/miit';

/** Offers the guide on beian.miit.gov.cn once a mainland client reaches the MIIT SMS stage. */
export function MiitAccess({ t }: { t: Translate }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasMiitAccess().then(setGranted);
  }, []);
  if (granted === null) return null;
  const toggle = async () => {
    // Must run in the click's user gesture: the browser asks the user.
    if (granted) await browser.permissions.remove(MIIT_PERMISSIONS);
    else await browser.permissions.request(MIIT_PERMISSIONS);
    setGranted(await hasMiitAccess()); // the background follows permissions.onAdded/onRemoved and (un)registers the guide
  };
  return (
    <section className="miit" aria-labelledby="miit-title">
      <h2 id="miit-title">{t('popup.miit.title')}</h2>
      <p>{t(granted ? 'popup.miit.enabled' : 'popup.miit.explain')}</p>
      <button type="button" onClick={() => void toggle()}>
        {t(granted ? 'popup.miit.disable' : 'popup.miit.enable')}
      </button>
    </section>
  );
}
