import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Translate } from '../../locales';
import type { Profile } from '../../storage/profiles';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Profiles whose label, company or country contain every word of the query (any case). */
export function matchProfiles(profiles: readonly Profile[], query: string): Profile[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return profiles
    .filter((p) => {
      const text = `${p.label}\n${p.companyName}\n${p.countryRegion}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

export interface ClientSwitcherProps {
  profiles: readonly Profile[];
  active: Profile | null;
  t: Translate;
  onActivate(profile: Profile): void;
}

/** The active client, and a searchable list to switch to another one (agencies keep many). */
export function ClientSwitcher({ profiles, active, t, onActivate }: ClientSwitcherProps) {
  const [open, setOpen] = useState(active === null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => matchProfiles(profiles, deferred), [profiles, deferred]);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const searchId = useId();

  const close = () => {
    setOpen(false);
    setQuery('');
    toggleRef.current?.focus();
  };
  const choose = (profile: Profile) => {
    onActivate(profile);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && active) {
      event.preventDefault();
      close();
    }
  };

  return (
    <section className="client" aria-label={t('popup.client.heading')} onKeyDown={onKeyDown}>
      <div className="client-head">
        <div className="client-name">
          {active ? (
            <>
              <strong className="client-label">{active.label}</strong>
              <span className={active.companyName ? 'client-company' : 'client-company missing'}>{active.companyName || t('popup.client.no-company')}</span>
            </>
          ) : (
            <span>{t('popup.no-active')}</span>
          )}
        </div>
        {profiles.length > 1 && active && (
          <button
            ref={toggleRef}
            type="button"
            className="button small"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => (open ? close() : setOpen(true))}
          >
            {open ? t('popup.client.close') : t('popup.client.change')}
          </button>
        )}
      </div>
      {open && (
        <div className="client-picker" id={listId}>
          <label htmlFor={searchId} className="visually-hidden">
            {t('popup.client.search')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('popup.client.search-placeholder')}
            autoFocus
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              // The typed query, not the deferred one the list may still show.
              const first = event.key === 'Enter' ? matchProfiles(profiles, query)[0] : undefined;
              if (!first) return;
              // Without this the key's keypress lands on the toggle button that now has focus and reopens the list.
              event.preventDefault();
              choose(first);
            }}
          />
          {shown.length === 0 ? (
            <p className="muted">{t('popup.client.no-match', { query })}</p>
          ) : (
            <ul className="client-list">
              {shown.map((profile) => (
                <li key={profile.id}>
                  <button type="button" className="client-option" aria-current={profile.id === active?.id ? 'true' : undefined} onClick={() => choose(profile)}>
                    <span className="client-label">{profile.label}</span>
                    {profile.id === active?.id && <span className="tag">{t('popup.client.active')}</span>}
                    <span className="client-company">{profile.companyName || t('popup.client.no-company')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
