import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { countriesIn, filterRows, noFilter, overviewRows, sortRows, type OverviewFilter, type OverviewRow, type OverviewSort } from '../../engine/overview';
import { documentRequest } from '../../engine/document-request';
import { clientSummary, formatDay } from '../../engine/progress';
import { checkMessages, translator } from '../../locales';
import { send } from '../../storage/client';
import { setStep, stepRecord } from '../../storage/progress';
import { badgeScopeOf, parseSettings, readSettings, settingsItem, type BadgeScope } from '../../storage/settings';
import { LanguageSelect } from '../LanguageSelect';
import { useClientBook } from '../use-client-book';
import { useTranslator } from '../locale-context';
import { BadgeScopeSetting } from './BadgeScopeSetting';
import { ExportActions } from './ExportActions';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable, type RowActions } from './OverviewTable';

// The agency overview: every client's step, next deadline and what is overdue, at a glance. Reads
// through the background like the popup; every write is a background message (no new permission).

/** Performance marks the benchmark reads (scripts/bench/overview.mjs). */
export const RENDER_MARK = 'mpg-overview-data';
export const RENDER_MEASURE = 'mpg-overview-render';
export const FRAME_MEASURE = 'mpg-overview-frame';
export const ALL_MEASURE = 'mpg-overview-all';

/**
 * Rows in the first paint: more than a screen. The rest follow in chunks, one task each, so a book
 * of hundreds of clients shows at once and the page answers input while the rest arrive.
 */
const FIRST_ROWS = 60;
const MORE_ROWS = 60;

interface Notice {
  text: string;
  kind: 'status' | 'alert';
  undo?: () => void;
  n: number;
}

export function OverviewApp() {
  const t = useTranslator();
  const [badgeScope, setBadgeScope] = useState<BadgeScope>('active');
  const [sort, setSort] = useState<OverviewSort>('deadline');
  const [filter, setFilter] = useState<OverviewFilter>(noFilter);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const measured = useRef(false);
  const allMeasured = useRef(false);
  const [limit, setLimit] = useState(FIRST_ROWS);

  const say = useCallback((text: string, kind: Notice['kind'] = 'status', undo?: () => void) => {
    setNotice((previous) => ({ text, kind, undo, n: (previous?.n ?? 0) + 1 }));
  }, []);
  const markLoaded = useCallback(() => {
    if (!measured.current) performance.mark(RENDER_MARK);
  }, []);
  const sayWriteError = useCallback((error: string) => say(t('popup.error', { error }), 'alert'), [say, t]);
  const { profiles, setProfiles, progress, now, write } = useClientBook({ onLoaded: markLoaded, onWriteError: sayWriteError });

  useEffect(() => {
    void readSettings().then((settings) => setBadgeScope(badgeScopeOf(settings)));
    return settingsItem.watch((value) => setBadgeScope(badgeScopeOf(parseSettings(value))));
  }, []);

  useEffect(() => {
    document.title = `${t('popup.brand')} · ${t('overview.title')}`;
  }, [t]);

  // Team sync (docs/team-sync.md): colleagues' changes are fetched when the overview opens.
  useEffect(() => {
    void send({ type: 'sync.now' });
  }, []);

  const rows = useMemo(() => (profiles ? overviewRows(profiles.profiles, progress.clients, now) : []), [profiles, progress, now]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const countries = useMemo(() => countriesIn(rows), [rows]);
  const needingAction = useMemo(() => rows.filter((row) => row.needsAction).length, [rows]);
  const mounted = useMemo(() => shown.slice(0, limit), [shown, limit]);
  const complete = mounted.length === shown.length;

  // The rest of a long book, a chunk per task (the limit only grows: sorting then moves rows, never rebuilds them).
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => startTransition(() => setLimit((n) => n + MORE_ROWS)));
    return () => clearTimeout(timer);
  }, [complete, limit]);

  // Data in → rows committed to the page: the render time the benchmark reports.
  useLayoutEffect(() => {
    if (!profiles || performance.getEntriesByName(RENDER_MARK).length === 0) return;
    // After the next frame's style and layout: a task queued from the frame callback runs after it.
    const afterFrame = (name: string) => requestAnimationFrame(() => setTimeout(() => performance.measure(name, RENDER_MARK)));
    if (!measured.current) {
      measured.current = true;
      performance.measure(RENDER_MEASURE, RENDER_MARK);
      afterFrame(FRAME_MEASURE);
    }
    if (complete && !allMeasured.current) {
      allMeasured.current = true;
      afterFrame(ALL_MEASURE);
    }
  }, [profiles, complete]);

  // Stable across renders (through a ref), so the memoised rows do not re-render for new closures.
  const latest = useRef({ profiles, progress, t, write, say });
  useLayoutEffect(() => {
    latest.current = { profiles, progress, t, write, say };
  });
  const actions = useMemo<RowActions>(
    () => ({
      activate(row) {
        const { t, write, say } = latest.current;
        setProfiles((state) => state && { ...state, activeId: row.id });
        void write({ type: 'profiles.activate', id: row.id }).then((r) => r.ok && say(t('popup.client.switched', { label: row.label })));
      },
      view(row) {
        void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?client=${encodeURIComponent(row.id)}`) });
      },
      markDone(row) {
        const { t, write, say } = latest.current;
        const step = row.current?.step;
        if (!step) return;
        const title = t(step.title);
        void write(
          { type: 'progress.mark', profileId: row.id, step: step.id, done: true },
          (state) => setStep(state, row.id, step.id, stepRecord(new Date().toISOString())).state,
        ).then((reply) => {
          if (!reply.ok) return;
          const previous = reply.previous;
          const undo = () =>
            void latest.current
              .write(
                { type: 'progress.restore', profileId: row.id, step: step.id, record: previous },
                (state) => setStep(state, row.id, step.id, previous).state,
              )
              .then((r) => r.ok && latest.current.say(latest.current.t('overview.notice.undone', { label: row.label, title })));
          say(t('overview.notice.done', { label: row.label, title }), 'status', undo);
        });
      },
      copySummary(row) {
        const { profiles, t, say } = latest.current;
        const profile = profiles?.profiles.find((p) => p.id === row.id);
        if (!profile) return;
        const text = clientSummary({
          label: profile.label,
          companyName: profile.companyName,
          path: row.path,
          views: row.views,
          deadlines: row.deadlines,
          now: Date.now(),
          t,
        });
        navigator.clipboard.writeText(text).then(
          () => say(t('overview.notice.copied', { label: row.label })),
          () => say(t('popup.summary.copy-failed'), 'alert'),
        );
      },
      toggleTimeline(row) {
        setExpandedId((id) => (id === row.id ? null : row.id));
      },
      copyRequest(row, language) {
        const { profiles, progress, t, say } = latest.current;
        const profile = profiles?.profiles.find((p) => p.id === row.id);
        if (!profile) return;
        const ready = progress.clients.find((c) => c.profileId === row.id)?.documents ?? [];
        const text = documentRequest({
          entityType: profile.entityType,
          ready,
          companyName: profile.companyName,
          t: translator(language),
          names: checkMessages[language],
        });
        if (!text) return say(t('popup.request.none'));
        navigator.clipboard.writeText(text).then(
          () => say(t('overview.notice.request-copied', { label: row.label })),
          () => say(t('popup.summary.copy-failed'), 'alert'),
        );
      },
      edit(row) {
        void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#edit=${encodeURIComponent(row.id)}`) });
      },
    }),
    [setProfiles],
  );

  // Clients are added and edited in the options page (one form, one place for its checks).
  const addClient = () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#new') });

  const chooseBadgeScope = (scope: BadgeScope) => {
    setBadgeScope(scope);
    void send({ type: 'settings.update', patch: { badgeScope: scope } }).then((reply) => {
      if (!reply.ok) say(t('popup.error', { error: String(reply.error) }), 'alert');
      else say(t(scope === 'all' ? 'overview.badge.saved-all' : 'overview.badge.saved-active'));
    });
  };

  return (
    <div className="overview">
      <header className="overview-head">
        <div>
          <span className="brand">{t('popup.brand')}</span>
          <h1>{t('overview.title')}</h1>
          <p className="help">{t('overview.about', { date: formatDay(now) })}</p>
        </div>
        <LanguageSelect />
      </header>

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

      {!profiles ? (
        <p className="muted">{t('popup.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">
          {t('popup.no-clients')}{' '}
          <button type="button" className="button" onClick={addClient}>
            {t('overview.action.add')}
          </button>
        </p>
      ) : (
        <main>
          {/* Export and the badge setting above the table, where a long book does not push them out of sight. */}
          <div className="overview-tools">
            <ExportActions rows={rows} now={now} t={t} onNotice={say} />
            <BadgeScopeSetting scope={badgeScope} t={t} onChoose={chooseBadgeScope} />
          </div>
          <section aria-labelledby="clients-heading">
            <div className="clients-head">
              <h2 id="clients-heading">{t('overview.clients.heading')}</h2>
              <button type="button" className="button" onClick={addClient}>
                {t('overview.action.add')}
              </button>
            </div>
            <OverviewFilters filter={filter} sort={sort} countries={countries} t={t} onFilter={setFilter} onSort={setSort} />
            <p className="count" aria-live="polite" data-testid="overview-count">
              {t('overview.clients.count', { shown: shown.length, total: rows.length, action: needingAction })}
            </p>
            {shown.length === 0 ? (
              <p className="empty">{t('overview.clients.no-match')}</p>
            ) : (
              <OverviewTable rows={mounted} activeId={profiles.activeId} expandedId={expandedId} sort={sort} t={t} actions={actions} />
            )}
          </section>
        </main>
      )}
    </div>
  );
}

export type { OverviewRow };
