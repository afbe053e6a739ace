/** The one application error: a status the client may see and a code for logs and tests. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422 | 429,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export const notFound = (what = 'not_found') => new AppError(404, what);
export const badRequest = (what = 'bad_request') => new AppError(400, what);
