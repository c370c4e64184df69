import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { openDeadlines } from '../../engine/deadlines';
import { clientSummary, currentStep, formatDay, formatMinute, resolvePath, stepViews, suggestPath, type StepView } from '../../engine/progress';
import { documentChecklists, type ChecklistItem } from '../../rules/documents';
import type { PathId } from '../../rules/flows';
import { activeProfile } from '../../storage/active-profile';
import type { Profile } from '../../storage/profiles';
import { clientProgress, setDocument, setPath, setStep, stepRecord, type ProgressState } from '../../storage/progress';
import { LanguageSelect } from '../LanguageSelect';
import { useClientBook } from '../use-client-book';
import { useTranslator } from '../locale-context';
import { ClientSwitcher } from './ClientSwitcher';
import { DateSettings, dateSettings } from './DateSettings';
import { DeadlineList } from './DeadlineList';
import { DocumentChecklist } from './DocumentChecklist';
import { MiitAccess } from './MiitAccess';
import { TeamStatusLine, useTeamSync } from '../team-status';
import { AppIdQuestion } from './AppIdQuestion';
import { NextAction } from './NextAction';
import { NotesEditor } from './NotesEditor';
import { PageShape } from './PageShape';
import { PathPicker } from './PathPicker';
import { StepList } from './StepList';

/** The filing stages at which the MIIT SMS page matters (rules/flows.ts). */
const MIIT_STAGES = new Set(['filing-platform-review', 'filing-sms']);
import { SummaryActions } from './SummaryActions';
import { TrainerTools } from './TrainerTools';
import { DocumentRequest } from './DocumentRequest';
import { Fold } from './Fold';

interface Notice {
  text: string;
  kind: 'status' | 'alert';
  undo?: () => void;
  /** Makes a repeated text a fresh announcement. */
  n: number;
}

/** Required documents ticked ready (the checklist's count). */
function readyCount(items: readonly ChecklistItem[], ready: readonly string[]): number {
  return items.filter((item) => !item.when && ready.includes(item.kind)).length;
}

/** A file name from the client label: letters, digits, dots and dashes only. */
function summaryFileName(label: string, now: number): string {
  const slug =
    label
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'client';
  return `${slug}-progress-${formatDay(now)}.md`;
}

/** The toolbar popup: each client's way from registration to a live, paid store. Writes go through the background. */
export function PopupApp() {
  const t = useTranslator();
  // Team sync (docs/team-sync.md): a round when the popup opens, and its status line.
  const { view: teamView } = useTeamSync();
  const [notice, setNotice] = useState<Notice | null>(null);
  // popup.html?client=<id>: the agency overview's "Open in popup" shows that client without making it active.
  const [viewId, setViewId] = useState(() => new URLSearchParams(location.search).get('client'));
  const say = useCallback((text: string, kind: Notice['kind'] = 'status', undo?: () => void) => {
    setNotice((previous) => ({ text, kind, undo, n: (previous?.n ?? 0) + 1 }));
  }, []);
  const sayWriteError = useCallback((error: string) => say(t('popup.error', { error }), 'alert'), [say, t]);
  // Live: console tabs report progress while the popup is open.
  const { profiles, setProfiles, progress, problems, now, write } = useClientBook({ onWriteError: sayWriteError });

  useEffect(() => {
    document.title = `${t('popup.brand')} · ${t('popup.title')}`;
  }, [t]);

  const viewed = viewId ? (profiles?.profiles.find((p) => p.id === viewId) ?? null) : null;
  const profile = profiles ? (viewed ?? activeProfile(profiles)) : null;
  const client = profile ? clientProgress(progress, profile.id) : null;
  const path = profile && client ? resolvePath(client.path, profile) : null;
  const views = path && client ? stepViews(path, client.steps, now) : [];
  const deadlines = path && client ? openDeadlines(path, client.steps, now) : [];

  const mark = (owner: Profile, view: StepView, done: boolean) => {
    const title = t(view.step.title);
    const optimistic = (state: ProgressState) => setStep(state, owner.id, view.step.id, done ? stepRecord(new Date().toISOString()) : null).state;
    void write({ type: 'progress.mark', profileId: owner.id, step: view.step.id, done }, optimistic).then((reply) => {
      if (!reply.ok) return;
      const previous = reply.previous;
      const undo = () =>
        void write(
          { type: 'progress.restore', profileId: owner.id, step: view.step.id, record: previous },
          (state) => setStep(state, owner.id, view.step.id, previous).state,
        ).then((r) => r.ok && say(t('popup.steps.undone')));
      say(t(done ? 'popup.steps.ticked' : 'popup.steps.unticked', { title }), 'status', undo);
    });
  };

  /** A date typed by hand (registration, expiry): replaces the recorded one, with undo. */
  const setDate = (owner: Profile, stepId: string, at: string) => {
    const record = stepRecord(at);
    void write({ type: 'progress.restore', profileId: owner.id, step: stepId, record }, (state) => setStep(state, owner.id, stepId, record).state).then(
      (reply) => {
        if (!reply.ok) return;
        const previous = reply.previous;
        const undo = () =>
          void write(
            { type: 'progress.restore', profileId: owner.id, step: stepId, record: previous },
            (state) => setStep(state, owner.id, stepId, previous).state,
          ).then((r) => r.ok && say(t('popup.steps.undone')));
        // A time typed with the date (MIIT's SMS) is said back with it.
        const timed = path && dateSettings(path).some((setting) => setting.stepId === stepId && setting.withTime);
        say(t('popup.dates.saved', { what: t(`popup.dates.${stepId}.label`), date: (timed ? formatMinute : formatDay)(Date.parse(at)) }), 'status', undo);
      },
    );
  };

  const openOptions = (event: MouseEvent) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  // The checklist matters until the documents are in; personal accounts have none (rules/documents.ts).
  const verification = views.find((view) => view.step.id === 'verify-documents');
  const documents = profile && profile.entityType !== 'personal' ? documentChecklists[profile.entityType] : null;
  const showDocuments = documents && verification && verification.status !== 'done' && verification.status !== 'passed';

  return (
    <div className="popup">
      <header className="popup-head">
        <div>
          <span className="brand">{t('popup.brand')}</span>
          <h1>{t('popup.title')}</h1>
        </div>
        <div className="head-tools">
          <LanguageSelect />
          <span className="head-links">
            <a href="/overview.html" target="_blank" rel="noreferrer">
              {t('overview.open')}
            </a>
            <a href="/options.html" target="_blank" rel="noreferrer" onClick={openOptions}>
              {t('popup.options')}
            </a>
          </span>
        </div>
      </header>

      <TeamStatusLine view={teamView} />

      {/* One live region, always present, so every change is announced. */}
      <div className={notice?.kind === 'alert' ? 'notice error-notice' : 'notice'} role="status" hidden={!notice}>
        {notice && (
          <span key={notice.n}>
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" className="link-button" onClick={notice.undo}>
                {t('popup.steps.undo')}
              </button>
            )}
          </span>
        )}
      </div>
      {problems && <p className="notice error-notice">{t('popup.problems')}</p>}

      {!profiles ? (
        <p className="muted">{t('popup.loading')}</p>
      ) : profiles.profiles.length === 0 ? (
        <p className="empty">{t('popup.no-clients')}</p>
      ) : (
        <>
          <ClientSwitcher
            profiles={profiles.profiles}
            active={profile}
            t={t}
            onActivate={(chosen) => {
              setViewId(null);
              setProfiles((state) => state && { ...state, activeId: chosen.id });
              void write({ type: 'profiles.activate', id: chosen.id }).then((r) => r.ok && say(t('popup.client.switched', { label: chosen.label })));
            }}
          />
          {viewed && viewed.id !== profiles.activeId && <p className="notice">{t('overview.popup.viewing', { label: viewed.label })}</p>}
          {profile && client && path && (
            <div key={profile.id}>
              <PathPicker
                path={path}
                suggested={suggestPath(profile)}
                t={t}
                onChoose={(id: PathId) => void write({ type: 'progress.path', profileId: profile.id, path: id }, (state) => setPath(state, profile.id, id))}
              />
              {client.appIdSeen && profile.appId !== '' && (
                <AppIdQuestion
                  stored={profile.appId}
                  seen={client.appIdSeen.appId}
                  t={t}
                  onChoose={(use) =>
                    void write({ type: 'appid.resolve', profileId: profile.id, appId: client.appIdSeen!.appId, use }).then(
                      (r) => r.ok && say(t(use === 'console' ? 'popup.appid.used' : 'popup.appid.kept')),
                    )
                  }
                />
              )}
              <NextAction current={currentStep(views)} t={t} />
              {MIIT_STAGES.has(currentStep(views)?.step.id ?? '') && <MiitAccess t={t} />}
              <DeadlineList deadlines={deadlines} t={t} />
              {/* The steps as a vertical timeline, deadlines under their step; the rest one click away (Fold). */}
              <StepList views={views} deadlines={deadlines} t={t} onMark={(view, done) => mark(profile, view, done)} />
              {showDocuments && (
                <Fold
                  id="documents"
                  title={t('popup.documents.heading')}
                  state={t('popup.documents.count', { ready: readyCount(documents, client.documents), total: documents.filter((item) => !item.when).length })}
                >
                  <DocumentChecklist
                    items={documents}
                    ready={client.documents}
                    t={t}
                    onToggle={(document, ready) =>
                      void write({ type: 'progress.document', profileId: profile.id, document, ready }, (state) =>
                        setDocument(state, profile.id, document, ready),
                      )
                    }
                  />
                  <DocumentRequest entityType={profile.entityType} companyName={profile.companyName} ready={client.documents} t={t} onNotice={say} />
                </Fold>
              )}
              {dateSettings(path).length > 0 && (
                <Fold id="dates" title={t('popup.dates.heading')}>
                  <DateSettings path={path} records={client.steps} now={now} t={t} onSet={(stepId, at) => setDate(profile, stepId, at)} />
                </Fold>
              )}
              <NotesEditor
                key={profile.notes}
                notes={profile.notes}
                t={t}
                onSave={(notes) => void write({ type: 'profiles.notes', id: profile.id, notes }).then((r) => r.ok && say(t('popup.notes.saved')))}
              />
              <Fold id="summary" title={t('popup.summary.heading')}>
                <SummaryActions
                  hasNotes={profile.notes.trim() !== ''}
                  fileName={summaryFileName(profile.label, now)}
                  t={t}
                  onNotice={say}
                  build={(includeNotes) =>
                    clientSummary({
                      label: profile.label,
                      companyName: profile.companyName,
                      notes: includeNotes ? profile.notes : undefined,
                      path,
                      views,
                      deadlines,
                      now: Date.now(),
                      t,
                    })
                  }
                />
              </Fold>
            </div>
          )}
        </>
      )}
      <PageShape t={t} />
      <Fold id="trainers" title={t('practice.trainers')}>
        <TrainerTools t={t} />
      </Fold>
    </div>
  );
}
