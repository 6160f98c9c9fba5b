import { Transform } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { QueryError } from '../errors.js';
import { tokenMatches } from './graphql/resolvers.js';

/**
 * Bodies are refused by size before they are read. Measured with `npm run load` (issue 13):
 * a client posting 3.9 MB bodies under the old 4 MB limit cost the server 21 ms of CPU each (read,
 * decode, JSON.parse with prototype-poisoning scans), and a normal query's p50 went from 67 ms to
 * 2.4 s while it ran. A read query is a few kilobytes: only a request carrying the API token (the
 * ingest mutation, whole documents) may send up to `bodyLimit`; any other gets `anonymousBodyLimit`.
 *
 * - Content-Length over the limit: refused in onRequest, before a byte of the body is read.
 * - No Content-Length (chunked): counted as it streams in, refused at the limit.
 * - A refusal whose body was not read closes the connection, so that Node does not read and
 *   discard the rest of it to keep the socket alive.
 */
export interface BodyGuardOptions {
  /** Bytes a request without the API token may send. */
  anonymousBodyLimit: number;
  /** Bytes a request with the API token may send (fastify's own bodyLimit enforces it too). */
  bodyLimit: number;
  apiToken: string | undefined;
}

function tooLarge(max: number, got: number | undefined, limit: 'bodyLimit' | 'anonymousBodyLimit'): QueryError {
  const why = limit === 'anonymousBodyLimit' ? ' for a request without the API token (anonymousBodyLimit)' : ' (bodyLimit)';
  return Object.assign(
    new QueryError('DG_LIMIT_EXCEEDED', `request body${got === undefined ? '' : ` of ${got} bytes`} is over the limit of ${max} bytes${why}`, {
      details: { limit, max, ...(got === undefined ? {} : { got }) },
    }),
    { statusCode: 413 },
  );
}

export async function registerBodyGuard(app: FastifyInstance, opts: BodyGuardOptions): Promise<void> {
  const limitOf = (request: FastifyRequest): { max: number; limit: 'bodyLimit' | 'anonymousBodyLimit' } => {
    const m = opts.apiToken ? /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '') : null;
    return m && tokenMatches(m[1]!.trim(), opts.apiToken!)
      ? { max: opts.bodyLimit, limit: 'bodyLimit' }
      : { max: opts.anonymousBodyLimit, limit: 'anonymousBodyLimit' };
  };

  app.addHook('onRequest', async (request) => {
    const declared = request.headers['content-length'];
    if (declared === undefined) return;
    const { max, limit } = limitOf(request);
    const got = Number(declared);
    if (got > max) throw tooLarge(max, got, limit);
  });

  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.headers['content-length'] !== undefined) return payload;
    const { max, limit } = limitOf(request);
    let seen = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        seen += chunk.length;
        if (seen > max) next(tooLarge(max, undefined, limit));
        else next(null, chunk);
      },
    });
    payload.on('error', (err) => counted.destroy(err));
    return payload.pipe(counted);
  });

  app.addHook('onSend', async (request, reply) => {
    if (!request.raw.complete) reply.header('connection', 'close');
  });
}
