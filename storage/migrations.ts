import { defaultLocale } from '../locales/ids';
import { ITEM_VERSIONS, type ItemName } from './item-versions';

// The steps from one data version of an item to the next (the numbers are in storage/item-versions.ts).
// Run by the background's service when it reads data an older version wrote; nothing else migrates.
// A step only reshapes: it never drops what it does not know (the reader reports that, with a backup).

type Step = (previous: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export const MIGRATIONS: { readonly [name in ItemName]?: Readonly<Record<number, Step>> } = {
  settings: {
    /** v2 adds `locale`: English, as before the switch existed (whatever the browser's language). */
    2: (v1) => (isRecord(v1) ? { locale: defaultLocale, ...v1 } : v1),
  },
};

/** `value`, stored under version `from`, brought to this code's version of the item. */
export function migrate(name: ItemName, value: unknown, from: number): unknown {
  let current = value;
  for (let version = from + 1; version <= ITEM_VERSIONS[name]; version++) current = MIGRATIONS[name]?.[version]?.(current) ?? current;
  return current;
}
