import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import { originPattern, serverOrigin, type SyncView } from '../../storage/team-config';
import type { FieldName } from '../../storage/team-docs';
import { useTranslator } from '../locale-context';
import { TeamStatusLine, useTeamSync, when } from '../team-status';

// Team sync's settings, status and open disputes (docs/team-sync.md). Turning it on asks the browser
// for the one origin of the agency's CouchDB first (in the click's user gesture); the password is sent
// to the background once and never shown again.

function shown(value: unknown, empty: string): string {
  if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return empty;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function TeamSyncSection() {
  const { view, setView } = useTeamSync();
  // The form starts from the stored settings (never the password), so it waits for them.
  return view ? <TeamSyncForm view={view} setView={setView} /> : null;
}

function TeamSyncForm({ view, setView }: { view: SyncView; setView: (view: SyncView) => void }) {
  const t = useTranslator();
  const id = useId();
  const [url, setUrl] = useState(view.config?.origin ?? '');
  const [database, setDatabase] = useState(view.config?.database ?? '');
  const [user, setUser] = useState(view.config?.user ?? '');
  const [password, setPassword] = useState('');
  const [staff, setStaff] = useState(view.config?.staff ?? '');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const on = view.config?.enabled === true;

  const turnOn = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const origin = serverOrigin(url);
    // Asked in the click's gesture, before anything awaits the background: the browser shows its prompt.
    if (origin.ok) {
      const granted = await browser.permissions.request({ origins: [originPattern(origin.origin)] }).catch(() => false);
      if (!granted) return setNotice({ kind: 'alert', text: t('team.permission-denied', { server: origin.origin }) });
    }
    setBusy(true);
    const reply = await send({ type: 'sync.configure', enabled: true, url, database, user, password, staff });
    setBusy(false);
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error });
    setPassword('');
    setView(reply.view);
    setNotice({ kind: 'status', text: t('team.saved-on') });
  };

  const turnOff = async () => {
    setBusy(true);
    const reply = await send({ type: 'sync.configure', enabled: false, url, database, user, password: '', staff });
    setBusy(false);
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error });
    setView(reply.view);
    setNotice({ kind: 'status', text: t('team.saved-off') });
  };

  const syncNow = async () => {
    const reply = await send({ type: 'sync.now' });
    if (reply.ok) setView(reply.view);
  };

  const choose = async (profileId: string, field: FieldName, index: number, label: string) => {
    const reply = await send({ type: 'sync.choose', profileId, field, index });
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error });
    setView(reply.view);
    setNotice({ kind: 'status', text: t('team.disputes.chosen', { label }) });
  };

  const disputes = view.status.disputes ?? [];

  return (
    <section className="card team-sync" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('team.heading')}</h2>
      <p className="hint">{t('team.intro')}</p>
      <TeamStatusLine view={view} />
      {notice && (
        <p className={notice.kind === 'alert' ? 'notice error-notice' : 'notice'} role={notice.kind}>
          {notice.text}
        </p>
      )}
      {on && view.config && <p>{t('team.on', { server: view.config.origin, database: view.config.database, staff: view.config.staff })}</p>}
      <form onSubmit={(event) => void turnOn(event)} className="team-form">
        <p className="field">
          <label htmlFor={`${id}-url`}>{t('team.url')}</label>
          <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} aria-describedby={`${id}-url-hint`} required />
          <span id={`${id}-url-hint`} className="hint">
            {t('team.url-hint')}
          </span>
        </p>
        <p className="field">
          <label htmlFor={`${id}-db`}>{t('team.database')}</label>
          <input id={`${id}-db`} value={database} onChange={(e) => setDatabase(e.currentTarget.value)} required />
        </p>
        <p className="field">
          <label htmlFor={`${id}-user`}>{t('team.user')}</label>
          <input id={`${id}-user`} value={user} autoComplete="off" onChange={(e) => setUser(e.currentTarget.value)} required />
        </p>
        <p className="field">
          <label htmlFor={`${id}-password`}>{t('team.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            aria-describedby={`${id}-password-note`}
          />
          <span id={`${id}-password-note`} className="hint">
            {view.config?.hasPassword ? `${t('team.password-kept')} ` : ''}
            {t('team.credentials-note')}
          </span>
        </p>
        <p className="field">
          <label htmlFor={`${id}-staff`}>{t('team.staff')}</label>
          <input id={`${id}-staff`} value={staff} maxLength={60} onChange={(e) => setStaff(e.currentTarget.value)} required />
        </p>
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {on ? t('team.update') : t('team.turn-on')}
          </button>
          {on && (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => void syncNow()}>
                {t('team.sync-now')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void turnOff()}>
                {t('team.turn-off')}
              </button>
            </>
          )}
        </p>
      </form>
      {disputes.length > 0 && (
        <div className="team-disputes">
          <h3>{t('team.disputes.heading')}</h3>
          <p className="hint">{t('team.disputes.intro')}</p>
          <ul>
            {disputes.map((d) => (
              <li key={`${d.profileId}-${d.field}`} data-dispute={`${d.profileId}:${d.field}`}>
                <p>{t('team.disputes.item', { label: d.label, field: t(`team.field.${d.field}`) })}</p>
                <ul>
                  {d.values.map((v, index) => (
                    <li key={`${v.at}-${v.by}`}>
                      {t('team.disputes.value', { value: shown(v.value, t('team.disputes.empty-value')), by: v.by, time: when(v.at, t) })}{' '}
                      <button type="button" className="button small" onClick={() => void choose(d.profileId, d.field, index, d.label)}>
                        {t('team.disputes.choose')}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
