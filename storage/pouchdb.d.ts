// PouchDB's modules ship no types; storage/team-sync.ts types the part it uses (Pouch).
declare module 'pouchdb-core' {
  const PouchDB: {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): typeof PouchDB;
  };
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
