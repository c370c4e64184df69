import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { send } from '../../storage/client';
import { exportProfiles, MAX_IMPORT_BYTES } from '../../storage/exchange';
import type { ProfilesState } from '../../storage/profiles';
import { useTranslator } from '../locale-context';
import { ConfirmDialog } from './ConfirmDialog';

/** mp-console-guide-profiles-YYYY-MM-DD.json, in local time. */
export function exportFileName(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mp-console-guide-profiles-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Saves text as a file through a Blob URL and <a download>: no network involved. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface PendingImport {
  text: string;
  conflicts: string[];
  count: number;
  /** Existing labels the file would change (a case- or width-only match): asked, never silent. */
  renames: { from: string; to: string }[];
}

export interface ExchangeSectionProps {
  profileCount: number;
  /** This section's latest notice (status or alert), shown under its controls. */
  notice?: ReactNode;
  onState(state: ProfilesState): void;
  onNotice(kind: 'status' | 'alert', text: string): void;
}

export function ExchangeSection({ profileCount, notice, onState, onNotice }: ExchangeSectionProps) {
  const t = useTranslator();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [keepLabels, setKeepLabels] = useState(true);
  const fileId = useId();
  const helpId = useId();

  const exportAll = async () => {
    setBusy(true);
    const reply = await send({ type: 'profiles.get' });
    setBusy(false);
    if (!reply.ok) return onNotice('alert', t('options.action-failed', { error: reply.error }));
    const state = reply.state;
    if (state.profiles.length === 0) return onNotice('status', t('options.exchange.export-empty'));
    const fileName = exportFileName();
    downloadText(exportProfiles(state.profiles), fileName);
    onNotice('status', t('options.exchange.exported', { count: state.profiles.length, file: fileName }));
  };

  const submit = async (text: string, confirmOverwrite: boolean, keep = false) => {
    setBusy(true);
    const reply = await send({ type: 'profiles.import', text, confirmOverwrite, keepLabels: keep });
    setBusy(false);
    setPending(null);
    if (reply.ok) {
      onState(reply.state);
      onNotice('status', t('options.exchange.imported', { count: reply.imported, replaced: reply.replaced }));
    } else if (reply.error === 'confirm-overwrite' && !confirmOverwrite) {
      const conflicts = reply.conflicts ?? [];
      setKeepLabels(true);
      setPending({ text, conflicts, count: reply.count ?? 0, renames: reply.renames ?? [] });
    } else {
      onNotice('alert', t('options.exchange.failed', { error: reply.error }));
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        onNotice('alert', t('options.exchange.too-large', { size: (file.size / 1024 / 1024).toFixed(1) }));
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        onNotice('alert', t('options.exchange.read-failed', { error: String(error) }));
        return;
      }
      await submit(text, false);
    } finally {
      // The same file can be chosen again (e.g. after fixing it).
      input.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby={`${fileId}-heading`}>
      <h2 id={`${fileId}-heading`}>{t('options.exchange.heading')}</h2>
      <p className="muted">{t('options.exchange.intro')}</p>
      <div className="exchange">
        <div>
          <button type="button" className="button" onClick={exportAll} disabled={busy || profileCount === 0}>
            {t('options.exchange.export')}
          </button>
          {profileCount === 0 && <p className="help">{t('options.exchange.export-empty')}</p>}
        </div>
        <div className="field">
          <label htmlFor={fileId}>{t('options.exchange.import')}</label>
          <p id={helpId} className="help">
            {t('options.exchange.import-help')}
          </p>
          <input id={fileId} type="file" accept=".json,application/json" aria-describedby={helpId} disabled={busy} onChange={onFile} />
          {busy && <p className="muted">{t('options.exchange.importing')}</p>}
        </div>
      </div>
      {notice}
      {pending && (
        <ConfirmDialog
          title={t('options.exchange.confirm-title')}
          confirmLabel={t('options.exchange.confirm')}
          cancelLabel={t('options.cancel')}
          danger
          busy={busy}
          onConfirm={() => void submit(pending.text, true, pending.renames.length > 0 && keepLabels)}
          onCancel={() => {
            setPending(null);
            onNotice('status', t('options.exchange.cancelled'));
          }}
        >
          <p>{t('options.exchange.confirm-body', { count: pending.count })}</p>
          <ul className="conflicts">
            {pending.conflicts.map((label, index) => (
              <li key={`${index}-${label}`}>{label}</li>
            ))}
          </ul>
          {pending.renames.length > 0 && (
            <fieldset className="renames">
              <legend>{t('options.exchange.renames')}</legend>
              <ul className="conflicts">
                {pending.renames.map(({ from, to }, index) => (
                  <li key={`${index}-${from}`}>{t('options.exchange.rename', { from, to })}</li>
                ))}
              </ul>
              <p className="check">
                <input id={`${fileId}-keep`} type="radio" name={`${fileId}-labels`} checked={keepLabels} onChange={() => setKeepLabels(true)} />
                <label htmlFor={`${fileId}-keep`}>{t('options.exchange.keep-labels')}</label>
              </p>
              <p className="check">
                <input id={`${fileId}-rename`} type="radio" name={`${fileId}-labels`} checked={!keepLabels} onChange={() => setKeepLabels(false)} />
                <label htmlFor={`${fileId}-rename`}>{t('options.exchange.use-file-labels')}</label>
              </p>
            </fieldset>
          )}
          <p>{t('options.exchange.confirm-backup')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
