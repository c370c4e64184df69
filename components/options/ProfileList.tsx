import { when } from '../team-status';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Locale } from '../../locales';
import { regionByCode } from '../../rules/regions';
import type { Profile } from '../../storage/profiles';
import { useTranslator } from '../locale-context';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Everything the search box matches for one profile, lower-cased once per profile (not per keystroke). */
export function searchText(profile: Profile): string {
  const region = regionByCode(profile.countryRegion);
  return [
    profile.label,
    profile.companyName,
    profile.countryRegion,
    region?.en ?? '',
    ...(region?.zh ?? []),
    profile.officialAccountEmail,
    ...profile.emails.map((e) => e.address),
  ]
    .join('\n')
    .toLowerCase();
}

export interface Indexed {
  profile: Profile;
  text: string;
}

/** Profiles sorted by label, each with its search text. */
export function indexProfiles(profiles: readonly Profile[]): Indexed[] {
  return profiles.map((profile) => ({ profile, text: searchText(profile) })).sort((a, b) => collator.compare(a.profile.label, b.profile.label));
}

/** Case-insensitive; every whitespace-separated word of the query must occur somewhere. */
export function filterIndexed(indexed: readonly Indexed[], query: string): Indexed[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...indexed];
  return indexed.filter((entry) => words.every((word) => entry.text.includes(word)));
}

/** The region's name in the UI language (the console's own Chinese name for 简体中文), else the code. */
export function countryName(code: string, locale: Locale = 'en'): string {
  if (!code) return '';
  const region = regionByCode(code);
  return (locale === 'zh_CN' ? region?.zh[0] : region?.en) ?? code;
}

export interface ProfileListProps {
  profiles: readonly Profile[];
  activeId: string | null;
  selectedId: string | null;
  busy: boolean;
  onNew(): void;
  onEdit(profile: Profile): void;
  onActivate(profile: Profile): void;
  onDelete(profile: Profile): void;
}

export function ProfileList({ profiles, activeId, selectedId, busy, onNew, onEdit, onActivate, onDelete }: ProfileListProps) {
  const t = useTranslator();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const indexed = useMemo(() => indexProfiles(profiles), [profiles]);
  const shown = useMemo(() => filterIndexed(indexed, deferredQuery), [indexed, deferredQuery]);
  const searchId = useId();
  const countId = useId();
  const active = profiles.find((p) => p.id === activeId);

  const count =
    shown.length === profiles.length
      ? profiles.length === 1
        ? t('options.list.count-one')
        : t('options.list.count-all', { total: profiles.length })
      : t('options.list.count', { shown: shown.length, total: profiles.length });

  return (
    <div className="list-pane">
      <div className="list-tools">
        <div className="search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('options.list.search')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('options.list.search-placeholder')}
            aria-describedby={countId}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <button type="button" className="button primary" onClick={onNew}>
          {t('options.list.new')}
        </button>
      </div>
      <p className="list-summary">
        <span id={countId} role="status">
          {count}
        </span>
        <span className="active-note">{active ? t('options.list.active-note', { label: active.label }) : t('options.list.none-active')}</span>
      </p>
      {profiles.length === 0 ? (
        <p className="empty">{t('options.list.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('options.list.no-match', { query: deferredQuery.trim() })}</p>
      ) : (
        <ul className="profile-list" aria-label={t('options.list.heading')}>
          {shown.map(({ profile }) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              active={profile.id === activeId}
              selected={profile.id === selectedId}
              busy={busy}
              onEdit={onEdit}
              onActivate={onActivate}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface RowProps {
  profile: Profile;
  active: boolean;
  selected: boolean;
  busy: boolean;
  onEdit(profile: Profile): void;
  onActivate(profile: Profile): void;
  onDelete(profile: Profile): void;
}

function ProfileRow({ profile, active, selected, busy, onEdit, onActivate, onDelete }: RowProps) {
  const t = useTranslator();
  const nameId = `row-name-${profile.id}`;
  const meta = [countryName(profile.countryRegion, t.locale), t(`options.form.entity.${profile.entityType}`)];
  if (profile.emails.length > 0) meta.push(t('options.list.emails', { count: profile.emails.length }));
  const classes = ['profile-row'];
  if (active) classes.push('active');
  if (selected) classes.push('selected');
  return (
    <li className={classes.join(' ')} data-profile-id={profile.id} aria-current={selected ? 'true' : undefined}>
      <div className="row-main">
        <div className="row-title">
          <span id={nameId} className="row-label">
            {profile.label}
          </span>
          {active && <span className="badge">{t('options.list.active')}</span>}
        </div>
        <div className={profile.companyName ? 'row-company' : 'row-company missing'}>{profile.companyName || t('options.list.no-company')}</div>
        <div className="row-meta">{meta.filter(Boolean).join(' · ')}</div>
        {profile.updatedBy && <div className="row-changed">{t('team.changed-by', { by: profile.updatedBy, time: when(profile.updatedAt, t) })}</div>}
      </div>
      <div className="row-actions">
        <button type="button" id={`edit-${profile.id}`} className="button small" aria-describedby={nameId} onClick={() => onEdit(profile)}>
          {t('options.list.edit')}
        </button>
        {!active && (
          <button type="button" className="button small" aria-describedby={nameId} disabled={busy} onClick={() => onActivate(profile)}>
            {t('options.list.make-active')}
          </button>
        )}
        <button type="button" className="button small danger-outline" aria-describedby={nameId} disabled={busy} onClick={() => onDelete(profile)}>
          {t('options.list.delete')}
        </button>
      </div>
    </li>
  );
}
