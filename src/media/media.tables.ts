// The shared media store's tables (migration 0016_media_store).

export interface MediaBlobTable {
  /** sha256 of the content, 64 lowercase hex digits: the blob's name, its ETag and its cache file name. */
  hash: string;
  mime: string;
  size: number;
  /** Bytes per chunk (the last chunk may be shorter); a reader finds the chunk of any offset from it. */
  chunk_size: number;
  created_at: string;
}

export interface MediaBlobChunkTable {
  hash: string;
  seq: number;
  data: Buffer;
}

export interface MediaFileTable {
  /** The public path below /uploads/, e.g. `media/3f…-960.webp` or `doctors/lin-qingyuan.svg`. */
  path: string;
  hash: string;
  created_at: string;
  updated_at: string;
}

export interface MediaStoreTables {
  media_blob: MediaBlobTable;
  media_blob_chunk: MediaBlobChunkTable;
  media_file: MediaFileTable;
}
