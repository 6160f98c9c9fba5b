import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { QueryError } from '../errors.js';

/**
 * The HTTP hardening of the API, through fastify's maintained plugins: security headers with a
 * content-security policy (@fastify/helmet), CORS closed unless origins are listed (@fastify/cors),
 * and a request rate per client (@fastify/rate-limit).
 */
export interface SecurityOptions {
  /** Requests per client (IP, or X-Forwarded-For with TRUST_PROXY) per window; false: no limit. */
  rateLimit: { max: number; timeWindowMs: number } | false;
  /** Origins a browser may call the API from; empty: no cross-origin access. */
  corsOrigins: string[];
}

export const DEFAULT_SECURITY: SecurityOptions = { rateLimit: false, corsOrigins: [] };

/**
 * What the pages this server serves need, and nothing more: scripts and styles from its own origin
 * only (a Vite build emits files, no inline script), fonts and images also as data:/blob: URLs
 * (bundled icons, canvas exports), requests to its own /graphql only, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Probes of a load balancer or orchestrator are never rate limited. */
const UNLIMITED = new Set(['/health', '/ready']);

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    // The explorer, GraphiQL and the reports are served from this origin: one strict policy covers them.
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });

  // origin: false sends no CORS header at all: browsers then refuse every cross-origin call.
  await app.register(cors, {
    origin: opts.corsOrigins.length > 0 ? opts.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization'],
    maxAge: 600,
  });

  if (opts.rateLimit) {
    const { max, timeWindowMs } = opts.rateLimit;
    await app.register(rateLimit, {
      max,
      timeWindow: timeWindowMs,
      allowList: (request) => UNLIMITED.has(request.url.split('?')[0]!),
      // Thrown as a project error: /graphql answers it like every other refusal (429, code
      // RATE_LIMITED); other routes use its statusCode.
      errorResponseBuilder: (_request, context) => Object.assign(
        new QueryError('DG_RATE_LIMITED', `rate limit: more than ${context.max} requests in ${context.after}; retry in ${Math.ceil(context.ttl / 1000)} s (RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS)`, {
          details: { limit: 'rateLimit', max: context.max, retryAfterMs: context.ttl },
        }),
        { statusCode: 429 },
      ),
    });
  }
}
