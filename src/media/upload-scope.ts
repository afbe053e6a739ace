import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import { allows, PUBLIC } from '../staff/roles.js';
import { MEDIA_LIMITS } from './media.service.js';

// Image upload forms (the media library, a doctor's photo, images dropped into the editor) share
// one way of reading multipart bodies: the multipart parser exists only in the child scope the
// upload routes are registered in, and the permission is checked before the body is read.

export interface ParsedUpload {
  file?: { bytes: Buffer; filename: string };
  problem?: 'too_large' | 'bad_form';
}
const parsedUploads = new WeakMap<FastifyRequest, ParsedUpload>();

/** The file part of the request's upload form, as read before the handler ran. */
export function uploadOf(req: FastifyRequest): ParsedUpload {
  return parsedUploads.get(req) ?? {};
}

/**
 * Reads a multipart upload into memory: the named text fields (at most one value each; a repeated
 * or non-text field is dropped) and the one file, cut off at MEDIA_LIMITS.maxBytes by the parser.
 * The rest of an over-long file is read and thrown away, so the browser gets the answer page.
 */
async function readUpload(req: FastifyRequest, allowed: ReadonlySet<string>): Promise<{ fields: Record<string, string>; parsed: ParsedUpload }> {
  const fields: Record<string, string> = {};
  const repeated = new Set<string>();
  const parsed: ParsedUpload = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || parsed.file || parsed.problem) {
          for await (const _ of part.file);
          continue;
        }
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        if (part.file.truncated) parsed.problem = 'too_large';
        // A file input left empty still sends a part, with no name and no bytes.
        else if (chunks.length || part.filename) parsed.file = { bytes: Buffer.concat(chunks), filename: part.filename };
      } else if (allowed.has(part.fieldname)) {
        if (part.fieldname in fields || typeof part.value !== 'string') repeated.add(part.fieldname);
        else fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    // Parser limits (more files, fields or parts than a form has) or a malformed body.
    req.log.info({ err }, 'media upload refused by the multipart parser');
    parsed.problem ??= 'bad_form';
  }
  for (const name of repeated) delete fields[name];
  return { fields, parsed };
}

/**
 * Registers `routes` in a child scope that parses multipart bodies: text fields named in `fields`
 * (besides `_csrf`) become req.body, so the staff scope's CSRF check reads them as it does every
 * urlencoded form; the file is read with uploadOf(req).
 */
export function uploadScope(app: FastifyInstance, fields: readonly string[], routes: (scope: FastifyInstance) => void): void {
  const allowed = new Set(['_csrf', ...fields]);
  void app.register(async (scope) => {
    await scope.register(multipart, {
      // Over-long files are cut off and flagged (file.truncated) rather than thrown, so the form's
      // other fields, the CSRF token among them, are still read and the page can say what happened.
      throwFileSizeLimit: false,
      limits: { fileSize: MEDIA_LIMITS.maxBytes, files: 1, fields: Math.max(8, allowed.size + 4), fieldSize: 4096, fieldNameSize: 100, parts: Math.max(10, allowed.size + 6), headerPairs: 20 },
    });

    // Refuse before reading the body: no one without the permission gets a 10 MB upload buffered.
    scope.addHook('onRequest', async (req) => {
      const permission = req.routeOptions.config.permission;
      if (permission === PUBLIC) return;
      if (!req.staff) throw new AppError(403, 'not_signed_in');
      if (!permission || !allows(req.staff.roles, permission)) throw new AppError(403, 'forbidden');
    });

    // Parse the multipart body before the staff scope's preHandler (which checks CSRF).
    scope.addHook('preValidation', async (req) => {
      if (!req.isMultipart()) return;
      const { fields: values, parsed } = await readUpload(req, allowed);
      req.body = values;
      parsedUploads.set(req, parsed);
    });

    routes(scope);
  });
}
