import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';

/** Writes the request line of a page answered by the front cache. */
export type AccessLine = (reqId: string, method: string, url: string, ms: number) => void;

// msgPrefixSym is there at run time but missing from pino's type declarations.
const S = pino.symbols as typeof pino.symbols & { msgPrefixSym: symbol };
const FIELDS = ['reqId', 'method', 'url', 'status', 'ms'];

/**
 * The front cache's request line, built as a string when the logger is pino with the settings
 * this app uses — the same JSON pino would write, at a quarter of the cost of `log.info(…)`, which
 * was a tenth of a cached page's CPU (docs/decisions/0008). A logger with anything that could
 * change the line (a mixin, a log formatter or hook, a serializer or redaction of these fields,
 * another message key or clock) gets the plain `log.info` call instead.
 */
export function accessLine(log: FastifyBaseLogger): AccessLine {
  const plain: AccessLine = (reqId, method, url, ms) => log.info({ reqId, method, url, status: 200, ms }, 'request');
  const l = log as unknown as Record<symbol, unknown> & { levelVal?: number };
  const stream = l[S.streamSym] as { write: (line: string) => void } | undefined;
  const formatters = l[S.formattersSym] as { level?: (label: string, n: number) => object; log?: unknown } | undefined;
  const serializers = (l[S.serializersSym] ?? {}) as Record<string, unknown>;
  const hooks = l[S.hooksSym] as { logMethod?: unknown; streamWrite?: unknown } | undefined;
  const chindings = l[S.chindingsSym];
  const knownShape =
    typeof stream?.write === 'function' &&
    typeof chindings === 'string' &&
    typeof l.levelVal === 'number' &&
    l[S.messageKeySym] === 'msg' &&
    l[S.timeSym] === pino.stdTimeFunctions.epochTime &&
    l[S.mixinSym] === undefined &&
    l[S.msgPrefixSym] === undefined &&
    l[S.nestedKeySym] == null &&
    Reflect.ownKeys((l[S.stringifiersSym] ?? {}) as object).length === 0 &&
    formatters?.log === undefined &&
    JSON.stringify(formatters?.level?.('info', 30)) === '{"level":30}' &&
    hooks?.logMethod === undefined &&
    hooks?.streamWrite === undefined &&
    !FIELDS.some((f) => f in serializers);
  if (!knownShape) return plain;
  return (reqId, method, url, ms) => {
    // Read each time: the level may be changed while the server runs.
    if ((l.levelVal as number) > 30) return;
    stream!.write(
      `{"level":30,"time":${Date.now()}${chindings},"reqId":${JSON.stringify(reqId)},"method":${JSON.stringify(method)},"url":${JSON.stringify(url)},"status":200,"ms":${ms},"msg":"request"}\n`,
    );
  };
}
