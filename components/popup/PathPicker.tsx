import { useId } from 'react';
import type { Translate } from '../../locales';
import { flowPaths, type FlowPath, type PathId } from '../../rules/flows';
import { pathIdSchema } from '../../rules/flows.schema';

export interface PathPickerProps {
  path: FlowPath;
  suggested: PathId;
  t: Translate;
  onChoose(path: PathId): void;
}

/** Which way this client goes; the suggestion comes from the profile (country, verified Official Account). */
export function PathPicker({ path, suggested, t, onChoose }: PathPickerProps) {
  const id = useId();
  const aboutId = useId();
  return (
    <div className="path">
      <label htmlFor={id}>{t('popup.path.label')}</label>
      <select
        id={id}
        value={path.id}
        aria-describedby={aboutId}
        onChange={(event) => {
          const chosen = pathIdSchema.safeParse(event.currentTarget.value);
          if (chosen.success) onChoose(chosen.data);
        }}
      >
        {flowPaths.map((option) => (
          <option key={option.id} value={option.id}>
            {option.id === suggested ? t('popup.path.suggested', { name: t(option.name) }) : t(option.name)}
          </option>
        ))}
      </select>
      <p className="help" id={aboutId}>
        {t(path.about)}
      </p>
    </div>
  );
}
