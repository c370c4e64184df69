import { useState, type ReactNode } from 'react';
import type { Locale } from '../../locales';
import { send } from '../../storage/client';
import type { ProfilesState } from '../../storage/profiles';
import { useTranslator } from '../locale-context';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText } from './ExchangeSection';

export interface BackupSummary {
  id: string;
  at: string;
  reason: string;
  /** What the backup holds, when the background says (profiles when absent). */
  kind?: 'profiles' | 'progress' | 'settings';
}

/**
 * The local date and time as 2025-01-14 09:05:03, in every UI language (dates are YYYY-MM-DD
 * everywhere: popup, options, summaries, overlay); the raw value when it is not a date.
 */
export function formatDate(iso: string, _locale: Locale = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Keeps only well-formed summaries from the background's reply. */
export function parseBackups(raw: unknown): BackupSummary[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const { id, at, reason, kind } = entry as Record<string, unknown>;
    if (typeof id !== 'string') return [];
    const summary: BackupSummary = { id, at: typeof at === 'string' ? at : '', reason: typeof reason === 'string' ? reason : '' };
    if (kind === 'profiles' || kind === 'progress' || kind === 'settings') summary.kind = kind;
    return [summary];
  });
}

/** mp-console-guide-backup-<kind>-<date>-<id>.json: names the backup it holds. */
export function backupFileName(backup: Pick<BackupSummary, 'id' | 'at' | 'kind'>): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(backup.at)?.[0] ?? 'undated';
  const id = backup.id.replace(/[^\w-]/g, '').slice(-12);
  return `mp-console-guide-backup-${backup.kind ?? 'profiles'}-${date}-${id}.json`;
}

export interface BackupsSectionProps {
  id: string;
  backups: readonly BackupSummary[];
  notice?: ReactNode;
  onRestored(state: ProfilesState, problems: string[]): void;
  onNotice(kind: 'status' | 'alert', text: string): void;
}

export function BackupsSection({ id, backups, notice, onRestored, onNotice }: BackupsSectionProps) {
  const t = useTranslator();
  const [pending, setPending] = useState<BackupSummary | null>(null);
  const [busy, setBusy] = useState(false);

  /** The backup exactly as it was kept, as a JSON file: whatever this version can or cannot read of it. */
  const download = async (backup: BackupSummary) => {
    const reply = await send({ type: 'backups.export', id: backup.id });
    if (!reply.ok) return onNotice('alert', t('options.action-failed', { error: reply.error }));
    const fileName = backupFileName(backup);
    downloadText(reply.json, fileName);
    onNotice('status', t('storage.backups.downloaded', { file: fileName }));
  };

  const restore = async (backup: BackupSummary) => {
    setBusy(true);
    const reply = await send({ type: 'backups.restore', id: backup.id });
    setBusy(false);
    setPending(null);
    if (!reply.ok) return onNotice('alert', t('options.action-failed', { error: reply.error }));
    const problems = reply.problems;
    // A progress backup replies with `progress`, not `state`: the profiles are unchanged.
    if (reply.state) onRestored(reply.state, problems);
    const date = formatDate(backup.at, t.locale);
    onNotice(
      problems.length > 0 ? 'alert' : 'status',
      problems.length > 0 ? t('options.backups.restored-problems', { date, problems: problems.join(' ') }) : t('options.backups.restored', { date }),
    );
  };

  return (
    <section className="card" id={id} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{t('options.backups.heading')}</h2>
      <p className="muted">{t('options.backups.intro')}</p>
      {backups.length === 0 ? (
        <p className="empty">{t('options.backups.empty')}</p>
      ) : (
        <table className="backups">
          <thead>
            <tr>
              <th scope="col">{t('options.backups.date')}</th>
              <th scope="col">{t('options.backups.reason')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('options.backups.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id} data-backup-id={backup.id}>
                <td>
                  <time id={`when-${backup.id}`} dateTime={backup.at}>
                    {formatDate(backup.at, t.locale)}
                  </time>
                </td>
                <td>
                  {backup.kind && <span className={`tag kind-${backup.kind}`}>{t(`options.backups.kind.${backup.kind}`)}</span>} {backup.reason}
                </td>
                <td className="actions">
                  <button type="button" className="button small" aria-describedby={`when-${backup.id}`} disabled={busy} onClick={() => setPending(backup)}>
                    {t('options.backups.restore')}
                  </button>{' '}
                  <button type="button" className="button small" aria-describedby={`when-${backup.id}`} onClick={() => void download(backup)}>
                    {t('storage.backups.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice}
      {pending && (
        <ConfirmDialog
          title={t('options.backups.restore-title')}
          confirmLabel={t('options.backups.restore-confirm')}
          cancelLabel={t('options.cancel')}
          busy={busy}
          onConfirm={() => void restore(pending)}
          onCancel={() => setPending(null)}
        >
          <p>
            {t(pending.kind === 'progress' || pending.kind === 'settings' ? `options.backups.restore-body-${pending.kind}` : 'options.backups.restore-body', {
              date: formatDate(pending.at, t.locale),
              reason: pending.reason,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
