import { useId, useState } from 'react';
import type { Translate } from '../../locales';

export interface NotesEditorProps {
  notes: string;
  t: Translate;
  onSave(notes: string): void;
}

/** The client's notes, saved through the background. Mount with key={profile id} so a switch resets the draft. */
export function NotesEditor({ notes, t, onSave }: NotesEditorProps) {
  const [draft, setDraft] = useState(notes);
  const id = useId();
  const helpId = useId();
  return (
    <details className="notes fold">
      <summary>{t('popup.notes.heading')}</summary>
      <label htmlFor={id}>{t('popup.notes.label')}</label>
      <p className="help" id={helpId}>
        {t('popup.notes.help')}
      </p>
      <textarea id={id} rows={4} maxLength={20_000} value={draft} aria-describedby={helpId} onChange={(event) => setDraft(event.currentTarget.value)} />
      <button type="button" className="button" disabled={draft === notes} onClick={() => onSave(draft)}>
        {t('popup.notes.save')}
      </button>
    </details>
  );
}
