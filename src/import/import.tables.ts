import type { Generated } from 'kysely';

// The import and redirect tables (migration 0015_import_redirects), assembled into `Database` in db/schema.ts.

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'skipped_edited' | 'failed';

export interface ImportBatchTable {
  id: Generated<number>;
  /** 'site' | 'wxr' | 'dir' | 'dedecms' */
  source_kind: string;
  source: string;
  status: 'running' | 'done' | 'interrupted';
  total: Generated<number>;
  done: Generated<number>;
  /** Outcome → count, for the report and the queue's header. */
  counts_json: string;
  started_at: string;
  finished_at: string | null;
}

export interface ImportItemTable {
  id: Generated<number>;
  /** The newest batch that saw this source. */
  batch_id: number;
  kind: 'article' | 'doctor';
  source_url: string;
  /** The path on the old site that must keep answering (redirect), when there was one. */
  old_path: string | null;
  /** Hash of what was extracted: the same source read again with the same hash is a no-op. */
  content_hash: string;
  title: string;
  article_id: number | null;
  doctor_id: number | null;
  /** The revision the import wrote: a head revision other than this one means someone edited it. */
  imported_revision_id: number | null;
  outcome: ImportOutcome;
  errors: Generated<number>;
  warnings: Generated<number>;
  /** Compliance findings of the imported text, by field (never applied to the text). */
  findings_json: string;
  /** Per-page problems: failed image downloads, extractor fallbacks. */
  problems_json: string;
  updated_at: string;
}

export interface RedirectTable {
  id: Generated<number>;
  old_path: string;
  /** Follows the article: 301 to its page once published, "moved" 404 until then. */
  article_id: number | null;
  /** Or a fixed path on this site, entered by staff. */
  target_path: string | null;
  origin: 'import' | 'staff';
  created_at: string;
  updated_at: string;
}

export interface ImportTables {
  import_batch: ImportBatchTable;
  import_item: ImportItemTable;
  redirect: RedirectTable;
}
