import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { Pouch, PouchFactory } from './team-sync';

// PouchDB for the background only (never the content script): its core, the IndexedDB adapter for
// the local database, the HTTP adapter for the agency's CouchDB and replication. The modular build
// leaves out map/reduce, whose views evaluate functions from strings (no Function constructor ships).

const Pouch = PouchDB.plugin(idb).plugin(http).plugin(replication);

export const browserPouch: PouchFactory = (name, options) => new Pouch(name, options) as Pouch;
