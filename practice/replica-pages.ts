import { replicaForUrl } from '../replicas/replicas.mjs';

// The replica console pages, bundled from the same files the tests serve (one source of truth):
// replicas/replicas.mjs says which page stands for which console URL. Each page is its own
// chunk, loaded when it is first shown.

const pages = import.meta.glob<string>('../replicas/pages/*.html', { query: '?raw', import: 'default' });

/** The replica HTML for a console URL, or null when no replica stands for it. */
export async function replicaHtml(url: string): Promise<string | null> {
  let replica;
  try {
    replica = replicaForUrl(url);
  } catch {
    return null; // not a URL at all
  }
  const load = replica ? pages[`../replicas/${replica.file}`] : undefined;
  return load ? load() : null;
}

/** Whether the practice console can show the page a link points to. */
export function hasReplica(url: string): boolean {
  try {
    return replicaForUrl(url) !== null;
  } catch {
    return false;
  }
}

/**
 * The address as the console would show it: without the `replica` parameter, which only tells the
 * replicas apart (replicas/replicas.mjs) and is no part of any console URL.
 */
export function consoleAddress(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete('replica');
    return parsed.toString();
  } catch {
    return url;
  }
}
