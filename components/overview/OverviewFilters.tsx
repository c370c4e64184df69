import { useId } from 'react';
import { overviewSorts, type OverviewFilter, type OverviewSort } from '../../engine/overview';
import type { Translate } from '../../locales';
import { pathIds, type PathId } from '../../rules/flows';
import { flowPathById } from '../../rules/flows';

export interface OverviewFiltersProps {
  filter: OverviewFilter;
  sort: OverviewSort;
  countries: readonly string[];
  t: Translate;
  onFilter(filter: OverviewFilter): void;
  onSort(sort: OverviewSort): void;
}

/** Sort and filter controls, each with a visible label. */
export function OverviewFilters({ filter, sort, countries, t, onFilter, onSort }: OverviewFiltersProps) {
  const id = useId();
  const set = (patch: Partial<OverviewFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="filters" role="search" aria-label={t('overview.filters.label')}>
      <p className="field">
        <label htmlFor={`${id}-text`}>{t('overview.filters.text')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder={t('overview.filters.text-placeholder')}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
      </p>
      <p className="field">
        <label htmlFor={`${id}-country`}>{t('overview.filters.country')}</label>
        <select id={`${id}-country`} value={filter.country} onChange={(e) => set({ country: e.currentTarget.value })}>
          <option value="">{t('overview.filters.any')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor={`${id}-path`}>{t('overview.filters.path')}</label>
        <select id={`${id}-path`} value={filter.path} onChange={(e) => set({ path: e.currentTarget.value as PathId | '' })}>
          <option value="">{t('overview.filters.any')}</option>
          {pathIds.map((path) => (
            <option key={path} value={path}>
              {t(flowPathById(path).name)}
            </option>
          ))}
        </select>
      </p>
      <p className="field check">
        <input id={`${id}-action`} type="checkbox" checked={filter.needsAction} onChange={(e) => set({ needsAction: e.currentTarget.checked })} />
        <label htmlFor={`${id}-action`}>{t('overview.filters.needs-action')}</label>
      </p>
      <p className="field">
        <label htmlFor={`${id}-sort`}>{t('overview.sort.by')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => onSort(e.currentTarget.value as OverviewSort)}>
          {overviewSorts.map((key) => (
            <option key={key} value={key}>
              {t(`overview.sort.${key}`)}
            </option>
          ))}
        </select>
      </p>
    </div>
  );
}
