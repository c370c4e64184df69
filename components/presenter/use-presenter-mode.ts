import { useCallback, useEffect, useState } from 'react';
import { send } from '../../storage/client';
import { parseSettings, readSettings, settingsItem } from '../../storage/settings';

/**
 * The presenter-mode setting, live: every console tab, the practice console and the popup follow
 * one stored value (written by the background, like every setting).
 */
export function usePresenterMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let live = true;
    void readSettings().then((settings) => live && setOn(settings.presenter));
    const unwatch = settingsItem.watch((value) => setOn(parseSettings(value).presenter));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const change = useCallback((next: boolean) => {
    setOn(next);
    void send({ type: 'settings.update', patch: { presenter: next } }).then((reply) => {
      if (!reply.ok) void readSettings().then((settings) => setOn(settings.presenter));
    });
  }, []);
  return [on, change];
}
