// PouchDB in Node for the team-sync tests and benchmark: the in-memory adapter, HTTP and replication.
// Plugged once per process (a plugin defines its properties once per class), shared by every user.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const NodePouch = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));
