import type { Kysely } from 'kysely';

// Filled in by the feature that owns it (issue 6).
export async function up(_db: Kysely<any>): Promise<void> {}
