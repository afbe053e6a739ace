// The feedback feature's tables (migration 0007_feedback), assembled into `Database` in db/schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeedbackTables {}
