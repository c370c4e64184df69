import { useId, useState } from 'react';
import type { Translate } from '../../locales';

export interface SummaryActionsProps {
  /** Builds the Markdown summary; notes only when asked for. */
  build(includeNotes: boolean): string;
  fileName: string;
  hasNotes: boolean;
  t: Translate;
  onNotice(text: string): void;
}

/** Copy or save the client summary. Notes stay out unless "Include notes" is ticked (they are free text). */
export function SummaryActions({ build, fileName, hasNotes, t, onNotice }: SummaryActionsProps) {
  const [includeNotes, setIncludeNotes] = useState(false);
  const notesId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(build(includeNotes));
      onNotice(t('popup.summary.copied'));
    } catch {
      onNotice(t('popup.summary.copy-failed'));
    }
  };
  const save = () => {
    const url = URL.createObjectURL(new Blob([build(includeNotes)], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    onNotice(t('popup.summary.saved', { file: fileName }));
  };

  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('popup.summary.heading')}</h2>
      <p className="help">{t('popup.summary.about')}</p>
      {hasNotes && (
        <p className="check">
          <input id={notesId} type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.currentTarget.checked)} />
          <label htmlFor={notesId}>{t('popup.summary.include-notes')}</label>
        </p>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void copy()}>
          {t('popup.summary.copy')}
        </button>
        <button type="button" className="button" onClick={save}>
          {t('popup.summary.save')}
        </button>
      </div>
    </section>
  );
}
