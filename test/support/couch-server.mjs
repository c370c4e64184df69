// A CouchDB-compatible server for the team-sync tests and benchmark: express-pouchdb (PouchDB's own
// implementation of CouchDB's HTTP API) on the in-memory adapter, on a free port of 127.0.0.1, behind a
// small gate that plays CouchDB's users and `_security` members: a wrong name or password gets CouchDB's
// 401 `unauthorized`, a user who is not a member of the database CouchDB's 403 `forbidden`. Nothing is
// installed globally; everything comes from `npm ci`. Stopped and started again on the same port, the
// data stays (it is in this process's memory), as a CouchDB restarted after an outage would keep it.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { NodePouch } from './pouch-node.mjs';

const require = createRequire(import.meta.url);

/**
 * @param {{ users?: Record<string, string>, members?: string[], port?: number }} [options]
 *   users: name → password; members: who may use the database (every user by default).
 */
export async function startCouch(options = {}) {
  const PouchDB = NodePouch;
  // A fresh name prefix per server: two servers in one process share no database.
  const prefix = `couch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}-`;
  const Scoped = PouchDB.defaults({ adapter: 'memory', prefix });
  const expressPouch = require('express-pouchdb');
  const app = expressPouch(Scoped, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const users = options.users ?? { staff: 'secret' };
  const members = options.members ?? Object.keys(users);
  let broken = false;
  /** Requests still answered before the server goes away in the middle of a round (null: no limit). */
  let remaining = null;
  const handler = (req, res) => {
    if (remaining !== null) {
      if (remaining <= 0) {
        req.socket.destroy();
        return;
      }
      remaining -= 1;
    }
    if (broken) {
      // A proxy in front of a stopped CouchDB.
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'bad_gateway' }));
      return;
    }
    const header = req.headers.authorization ?? '';
    const [name, password] = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8').split(/:(.*)/s) : [];
    if (!name || users[name] !== password) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
      return;
    }
    if (!members.includes(name)) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'forbidden', reason: 'You are not allowed to access this db.' }));
      return;
    }
    app(req, res);
  };
  let server = createServer(handler);
  const sockets = new Set();
  const track = (s) => s.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  track(server);
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = server.address().port;
  const origin = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return {
    origin,
    port,
    /** A PouchDB client of a database on this server, as a user (for the tests to read and write it). */
    db(name, user = Object.keys(users)[0]) {
      return new PouchDB(`${origin}/${name}`, { adapter: 'http', auth: { username: user, password: users[user] } });
    },
    /** Stops answering: the port is closed (connections refused), as when CouchDB is down. */
    stop: close,
    /** Answers again on the same port with the same data. */
    async start() {
      server = createServer(handler);
      track(server);
      await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close,
    setBroken(value) {
      broken = value;
    },
    /** Answers `count` more requests, then drops every connection (null: answers all again). */
    failAfter(count) {
      remaining = count;
    },
  };
}
