import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { htmlLang, type Translate } from '../locales';
import { send } from '../storage/client';
import type { SyncView } from '../storage/team-config';
import { useTranslator } from './locale-context';

// Team sync's status line (docs/team-sync.md), in the options page and the popup: synced, syncing,
// offline since…, or refused with the reason, each with what to do. Opening a page that shows it asks
// the background for a round (sync.now), since a Manifest V3 background cannot hold a live feed.

/** A date and time in the reader's language. */
export function when(at: string | undefined, t: Translate): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleString(htmlLang[t.locale], { dateStyle: 'medium', timeStyle: 'short' });
}

/** The status in words; null when team sync is off (nothing to say). */
export function statusText(view: SyncView, t: Translate): string[] | null {
  const { config, status } = view;
  if (!config?.enabled || status.state === 'off') return null;
  const server = config.origin;
  const lines: string[] = [];
  switch (status.state) {
    case 'syncing':
      lines.push(t('team.status.syncing', { server }));
      break;
    case 'synced':
      lines.push(status.lastSynced ? t('team.status.synced', { server, time: when(status.lastSynced, t) }) : t('team.status.synced-never', { server }));
      break;
    case 'offline':
      lines.push(t(status.reason === 'server' ? 'team.status.offline-server' : 'team.status.offline-unreachable', { server, time: when(status.since, t) }));
      break;
    case 'refused':
      lines.push(t(`team.status.refused-${status.reason ?? 'password'}`, { server, database: config.database }));
      break;
  }
  if (status.refused.length > 0) {
    const list = status.refused
      .slice(0, 5)
      .map((r) => `${r.id} (${r.detail})`)
      .join('; ');
    lines.push(t('team.status.refused-docs', { count: status.refused.length, list }));
  }
  if (status.disputes.length > 0) lines.push(t('team.status.disputes', { count: status.disputes.length }));
  return lines;
}

/** The view, kept up to date while the page is open; a round is asked for when the page opens. */
export function useTeamSync(): { view: SyncView | null; setView: (view: SyncView) => void; refresh: () => void } {
  const [view, setView] = useState<SyncView | null>(null);
  const refresh = useCallback(() => {
    void send({ type: 'sync.get' }).then((reply) => reply.ok && setView(reply.view));
  }, []);
  useEffect(() => {
    void send({ type: 'sync.now' }).then((reply) => reply.ok && setView(reply.view));
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ('teamStatus' in changes || 'teamSync' in changes)) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [refresh]);
  return { view, setView, refresh };
}

/** The one-line status (more lines when documents were refused or fields are disputed). */
export function TeamStatusLine({ view }: { view: SyncView | null }) {
  const t = useTranslator();
  const lines = view && statusText(view, t);
  if (!view || !lines) return null;
  const problem = view.status.state === 'refused' || view.status.refused.length > 0;
  return (
    <div className={problem ? 'team-status team-problem' : 'team-status'} role="status" data-team-state={view.status.state}>
      <strong>{t('team.status.label')}: </strong>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
