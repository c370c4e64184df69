import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import { hasNoticePermission, NOTICE_PERMISSIONS } from '../../storage/notices';
import { parseSettings, readSettings } from '../../storage/settings';
import { useTranslator } from '../locale-context';

/**
 * Deadline notifications (off by default): turning them on asks the browser for the `notifications`
 * permission (optional in the manifest, docs/privacy.md) and stores the setting only once it is
 * granted; turning them off gives the permission back. Shown on only while both hold.
 */
export function NotificationsSetting() {
  const t = useTranslator();
  const id = useId();
  const [on, setOn] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    const read = async () => {
      const [settings, granted] = await Promise.all([readSettings(), hasNoticePermission()]);
      setOn(settings.notifications === true && granted);
    };
    void read();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'settings' in changes)
        void hasNoticePermission().then((granted) => setOn(parseSettings(changes.settings?.newValue).notifications === true && granted));
    };
    const onPermissions = () => void read();
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, []);

  const turn = async (next: boolean) => {
    setDenied(false);
    if (next) {
      // First, in the click's user gesture: the browser asks the user.
      const granted = await browser.permissions.request(NOTICE_PERMISSIONS).catch(() => false);
      if (!granted) return setDenied(true);
      setOn(true);
      await send({ type: 'settings.update', patch: { notifications: true } });
    } else {
      setOn(false);
      await send({ type: 'settings.update', patch: { notifications: false } });
      await browser.permissions.remove(NOTICE_PERMISSIONS).catch(() => false);
    }
  };

  return (
    <section className="notifications-setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options.notifications.heading')}</h2>
      <p className="check">
        <input id={`${id}-switch`} type="checkbox" checked={on} aria-describedby={`${id}-hint`} onChange={(event) => void turn(event.currentTarget.checked)} />
        <label htmlFor={`${id}-switch`}>{t('options.notifications.label')}</label>
      </p>
      <p id={`${id}-hint`} className="hint">
        {t('options.notifications.hint')}
      </p>
      {denied && (
        <p className="notice error-notice" role="alert">
          {t('options.notifications.denied')}
        </p>
      )}
    </section>
  );
}
