// The data-rights feature's tables (migration 0008_privacy), assembled into `Database` in db/schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PrivacyTables {}
