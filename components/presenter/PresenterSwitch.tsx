import { useId } from 'react';
import type { Translate } from '../../locales';
import './presenter-switch.css';

export interface PresenterSwitchProps {
  on: boolean;
  onChange(on: boolean): void;
  t: Translate;
}

/** The presenter-mode switch of the popup and the practice console. */
export function PresenterSwitch({ on, onChange, t }: PresenterSwitchProps) {
  const id = useId();
  return (
    <div className="presenter-switch">
      <input id={id} type="checkbox" role="switch" checked={on} aria-describedby={`${id}-about`} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{t('practice.presenter-switch')}</label>
      <span id={`${id}-about`} className="presenter-switch-about">
        {t('practice.presenter-switch-about')}
      </span>
    </div>
  );
}
