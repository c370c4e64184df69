import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { fetchProfiles, send } from '../../storage/client';
import type { ProfileDraft } from '../../storage/messages';
import type { Profile, ProfilesState } from '../../storage/profiles';
import { LanguageSelect } from '../LanguageSelect';
import { useTranslator } from '../locale-context';
import { BackupsSection, parseBackups, type BackupSummary } from './BackupsSection';
import { ConfirmDialog } from './ConfirmDialog';
import { DiagnosticsSetting } from './DiagnosticsSetting';
import { NotificationsSetting } from './NotificationsSetting';
import { ExchangeSection } from './ExchangeSection';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import { TeamSyncSection } from './TeamSyncSection';

const BACKUPS_ID = 'backups';

type Area = 'clients' | 'exchange' | 'backups';
interface NoticeState {
  area: Area;
  kind: 'status' | 'alert';
  text: string;
  /** Re-renders the same text as a fresh announcement. */
  n: number;
}
type Editing = { kind: 'new'; n: number } | { kind: 'edit'; profile: Profile } | null;

async function loadAll(): Promise<{ view: Awaited<ReturnType<typeof fetchProfiles>>; backups: BackupSummary[] | null }> {
  const [view, reply] = await Promise.all([fetchProfiles(), send({ type: 'backups.list' })]);
  return { view, backups: reply.ok ? parseBackups(reply.backups) : null };
}

/** The options page: client profiles, export/import and backups. Every write goes through the background. */
export function OptionsApp() {
  const t = useTranslator();
  const [state, setState] = useState<ProfilesState | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [backups, setBackups] = useState<BackupSummary[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [pendingDelete, setPendingDelete] = useState<Profile | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const fetchSeq = useRef(0);
  const opened = useRef(false);
  const focusNext = useRef<string | null>(null);

  const say = useCallback((area: Area, kind: 'status' | 'alert', text: string) => {
    setNotice((previous) => ({ area, kind, text, n: (previous?.n ?? 0) + 1 }));
  }, []);
  const refresh = useCallback(() => {
    const seq = ++fetchSeq.current;
    void loadAll().then(({ view, backups: list }) => {
      if (seq !== fetchSeq.current) return; // a newer refresh is on its way
      // The background did not answer: say so, and keep what is on screen (it is not "no profiles").
      if (view.error) return say('clients', 'alert', t('options.action-failed', { error: view.error.detail }));
      setState(view.state);
      // options.html#new and #edit=<id> (the agency overview's "Add a client" and "Edit client"): open
      // that form once the profiles are in, then forget the address so a reload does not reopen it.
      if (!opened.current && view.state) {
        opened.current = true;
        const hash = location.hash.slice(1);
        const profile = hash.startsWith('edit=') ? view.state.profiles.find((p) => p.id === decodeURIComponent(hash.slice(5))) : undefined;
        if (hash === 'new') setEditing({ kind: 'new', n: Date.now() });
        else if (profile) setEditing({ kind: 'edit', profile });
        if (hash) history.replaceState(null, '', location.pathname + location.search);
      }
      // Problems are reported once (the background repairs and backs up); keep them until dismissed.
      if (view.problems.length > 0) setProblems(view.problems);
      if (list) setBackups(list);
    });
  }, [say, t]);

  useEffect(() => {
    // Initial load, then live updates from other tabs, the popup and content scripts.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, unknown>, area: string) => {
      // Settings too: problems and backup reasons come back in the language chosen.
      if (area !== 'local' || !('profiles' in changes || 'backups' in changes || 'settings' in changes)) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 30);
    };
    browser.storage.onChanged.addListener(listener);
    refresh();
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  }, [refresh]);

  useEffect(() => {
    document.title = `${t('options.brand')} · ${t('options.title')}`;
  }, [t]);

  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  });

  const sayExchange = useCallback((kind: 'status' | 'alert', text: string) => say('exchange', kind, text), [say]);
  const sayBackups = useCallback((kind: 'status' | 'alert', text: string) => say('backups', kind, text), [say]);

  const applyState = (next: unknown) => {
    if (next && typeof next === 'object' && Array.isArray((next as ProfilesState).profiles)) setState(next as ProfilesState);
  };

  /** A new form: the last save's "Saved …" belongs to another client, so it goes. */
  const startEditing = (next: Editing) => {
    setNotice((previous) => (previous?.area === 'clients' ? null : previous));
    setEditing(next);
  };

  const closeForm = (focusId: string) => {
    focusNext.current = focusId;
    setEditing(null);
  };

  const save = async (draft: ProfileDraft, base?: ProfileDraft): Promise<string | null> => {
    const reply = await send({ type: 'profiles.save', profile: draft, base });
    if (!reply.ok) return reply.error;
    applyState(reply.state);
    const saved = reply.profile;
    say('clients', 'status', t('options.saved', { label: saved.label }));
    closeForm(`edit-${saved.id}`);
    return null;
  };

  const activate = async (profile: Profile) => {
    setBusy(true);
    const reply = await send({ type: 'profiles.activate', id: profile.id });
    setBusy(false);
    if (!reply.ok) return say('clients', 'alert', t('options.action-failed', { error: reply.error }));
    applyState(reply.state);
    focusNext.current = `edit-${profile.id}`;
    say('clients', 'status', t('options.activated', { label: profile.label }));
  };

  const remove = async (profile: Profile) => {
    setBusy(true);
    const reply = await send({ type: 'profiles.delete', id: profile.id });
    setBusy(false);
    setPendingDelete(null);
    if (!reply.ok) return say('clients', 'alert', t('options.action-failed', { error: reply.error }));
    applyState(reply.state);
    if (editing?.kind === 'edit' && editing.profile.id === profile.id) setEditing(null);
    focusNext.current = 'clients-heading';
    say('clients', 'status', t('options.deleted', { label: profile.label }));
  };

  const noticeFor = (area: Area) =>
    notice?.area === area ? (
      <p key={notice.n} className={notice.kind === 'alert' ? 'notice error-notice' : 'notice'} role={notice.kind}>
        {notice.text}
      </p>
    ) : null;

  const profiles = state?.profiles ?? [];
  const selectedId = editing?.kind === 'edit' ? editing.profile.id : null;

  return (
    <div className="options">
      <header className="page-head">
        <LanguageSelect />
        <span className="brand">{t('options.brand')}</span>
        <h1>{t('options.title')}</h1>
        <p className="intro">{t('options.intro')}</p>
        <p className="privacy">{t('options.privacy')}</p>
      </header>

      {problems.length > 0 && (
        <div className="warning banner" role="alert">
          <p className="banner-title">{t('options.problems.title')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${index}-${problem}`}>{problem}</li>
            ))}
          </ul>
          <p>
            {t('options.problems.body')}{' '}
            <a
              href={`#${BACKUPS_ID}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(BACKUPS_ID);
                target?.scrollIntoView({ block: 'start' });
                target?.focus();
              }}
            >
              {t('options.problems.link')}
            </a>
            .
          </p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setProblems([]);
              void send({ type: 'problems.dismiss' });
            }}
          >
            {t('options.problems.dismiss')}
          </button>
        </div>
      )}

      <section className="card" aria-labelledby="clients-heading">
        <h2 id="clients-heading" tabIndex={-1}>
          {t('options.list.heading')}
        </h2>
        {noticeFor('clients')}
        {state === null ? (
          <p className="muted" role="status">
            {t('options.loading')}
          </p>
        ) : (
          <div className="clients">
            <ProfileList
              profiles={profiles}
              activeId={state.activeId}
              selectedId={selectedId}
              busy={busy}
              onNew={() => startEditing(editing?.kind === 'new' ? editing : { kind: 'new', n: Date.now() })}
              onEdit={(profile) => startEditing({ kind: 'edit', profile })}
              onActivate={(profile) => void activate(profile)}
              onDelete={(profile) => setPendingDelete(profile)}
            />
            <div className="editor">
              {editing ? (
                <ProfileForm
                  key={editing.kind === 'new' ? `new-${editing.n}` : `edit-${editing.profile.id}`}
                  initial={editing.kind === 'edit' ? editing.profile : null}
                  profiles={profiles}
                  onSave={save}
                  onCancel={() => closeForm(editing.kind === 'edit' ? `edit-${editing.profile.id}` : 'clients-heading')}
                />
              ) : (
                <p className="placeholder">{t('options.form.placeholder')}</p>
              )}
            </div>
          </div>
        )}
      </section>

      <ExchangeSection profileCount={profiles.length} notice={noticeFor('exchange')} onState={applyState} onNotice={sayExchange} />

      <BackupsSection
        id={BACKUPS_ID}
        backups={backups}
        notice={noticeFor('backups')}
        onRestored={(next) => {
          applyState(next);
          setEditing(null);
        }}
        onNotice={sayBackups}
      />

      <NotificationsSetting />

      <TeamSyncSection />

      <DiagnosticsSetting />

      {pendingDelete && (
        <ConfirmDialog
          title={t('options.delete.title')}
          confirmLabel={t('options.delete.confirm')}
          cancelLabel={t('options.cancel')}
          danger
          busy={busy}
          onConfirm={() => void remove(pendingDelete)}
          onCancel={() => setPendingDelete(null)}
        >
          <p>{t('options.delete.body', { label: pendingDelete.label })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
