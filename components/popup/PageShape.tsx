import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabMessage, TabReply } from '../../storage/tab-messages';
import type { Translate } from '../../locales';

// "Copy page shape" from the popup (issue 20, item 4): asks the guide in the active tab for the page's
// shape (content/features/page-shape.ts, already masked), shows exactly that JSON, and copies it on request.

async function askTab<M extends TabMessage>(message: M): Promise<TabReply<M> | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return (await browser.tabs.sendMessage(tab.id, message)) as TabReply<M>;
}

export function PageShape({ t }: { t: Translate }) {
  const [preview, setPreview] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'unavailable' | 'copied' | 'failed'>('idle');
  const open = async () => {
    const reply = await askTab({ type: 'page-shape.get' }).catch(() => undefined);
    setPreview(reply?.json ?? null);
    setStatus(reply ? 'idle' : 'unavailable');
  };
  const copy = async () => {
    if (preview === null) return;
    setStatus(
      await navigator.clipboard.writeText(preview).then(
        () => 'copied' as const,
        () => 'failed' as const,
      ),
    );
  };
  return (
    <section className="page-shape" aria-labelledby="page-shape-title">
      <h2 id="page-shape-title">{t('popup.shape.title')}</h2>
      <p>{t('popup.shape.explain')}</p>
      {preview === null ? (
        <button type="button" onClick={() => void open()}>
          {t('popup.shape.open')}
        </button>
      ) : (
        <>
          <pre className="shape-preview" tabIndex={0} aria-label={t('popup.shape.preview-label')}>
            {preview}
          </pre>
          <button type="button" onClick={() => void copy()}>
            {t(status === 'copied' ? 'popup.shape.copied' : status === 'failed' ? 'popup.shape.failed' : 'popup.shape.copy')}
          </button>{' '}
          <button type="button" onClick={() => (setPreview(null), setStatus('idle'))}>
            {t('popup.shape.close')}
          </button>
        </>
      )}
      {status === 'unavailable' && <p className="muted">{t('popup.shape.unavailable')}</p>}
    </section>
  );
}
