import { readFixture } from './serve.mjs';
import type { Replica } from '../../replicas/replicas.mjs';

/** Parses HTML into a fresh document (happy-dom in unit tests). */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A replica as the console shows it once rendered: the runtime's first step (or the named one)
 * copied into #app, exactly as replicas/replica/runtime.js does after its delay.
 */
export function renderedReplica(replica: Replica, step?: string): Document {
  const doc = parseDocument(readFixture(replica.file));
  const start = step ?? doc.body.getAttribute('data-replica-start');
  const template = (
    start ? doc.querySelector(`template[data-replica-step="${start}"]`) : doc.querySelector('template[data-replica-step]')
  ) as HTMLTemplateElement | null;
  const app = doc.getElementById('app');
  if (template && app) app.replaceChildren(template.content.cloneNode(true));
  return doc;
}
