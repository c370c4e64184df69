// Where the entity is registered, as far as the page and the profile tell.
import type { CheckInput } from './types';
import { normalizeCountry } from './text';

export type RegionMode = 'mainland' | 'overseas' | 'unknown';

/**
 * The page's own overseas flag wins; otherwise the country/region chosen on the page; otherwise
 * the profile's country/region. 'CN' is mainland China; every other code (HK, MO, TW included) is
 * overseas, as on the console.
 */
export function regionMode(input: CheckInput): RegionMode {
  if (input.overseas === true) return 'overseas';
  if (input.overseas === false) return 'mainland';
  const country = effectiveCountry(input);
  if (!country) return 'unknown';
  return country === 'CN' ? 'mainland' : 'overseas';
}

/** The country/region chosen on the page, else the profile's, upper-cased. */
export function effectiveCountry(input: CheckInput): string | undefined {
  return normalizeCountry(input.countryRegion) ?? normalizeCountry(input.profile?.countryRegion);
}
