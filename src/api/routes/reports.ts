import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isDirectiveGraphError, type ErrorCode } from '../../errors.js';
import type { ReadRunner } from '../../graph/read/runner.js';
import { READ_LIMITS } from '../../graph/read/limits.js';
import { coverageReport, derivedTasksReport } from '../../report/fetch.js';
import { html } from '../../report/render/html-escape.js';
import { CONTENT_TYPES, FORMATS, renderCoverage, renderDerivedTasks, type ReportFormat } from '../../report/render/index.js';

/**
 * /reports/derived-tasks and /reports/coverage: the reports of `directive-graph report` over HTTP,
 * from the same src/report functions. The explorer links to
 * `/reports/derived-tasks?order=<key>&level=ward&format=html`. A wrong order answers 404 (with near
 * matches) or 400 (ambiguous, with the candidates), in the format asked for when it is HTML, else
 * as JSON `{ code, message, details }`.
 */
const Common = z.object({
  order: z.string().trim().min(1, 'order is required: a number (17/CT-UBND) or a key (doc:...)'),
  issuer: z.string().trim().min(1).optional(),
  maxDepth: z.coerce.number().int().min(1).max(READ_LIMITS.maxDepth).default(10),
  format: z.enum(FORMATS).default('html'),
});
const DerivedQuery = Common.extend({ level: z.enum(['ward', 'district', 'all']).default('ward') });

const STATUS: Partial<Record<ErrorCode, number>> = {
  DG_NOT_FOUND: 404, DG_AMBIGUOUS: 400, DG_BAD_INPUT: 400, DG_LIMIT_EXCEEDED: 400, DG_DB_UNAVAILABLE: 503,
};

/** No script, nothing fetched: the report page may only style itself and show inline SVG. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function fileName(kind: string, order: string, format: ReportFormat): string {
  const slug = order.replace(/^doc:/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'order';
  return `${kind}-${slug}.${format}`;
}

function send(reply: FastifyReply, kind: string, order: string, format: ReportFormat, body: string) {
  reply.header('content-type', CONTENT_TYPES[format]);
  if (format === 'html') reply.header('content-security-policy', CSP);
  else reply.header('content-disposition', `${format === 'csv' ? 'attachment' : 'inline'}; filename="${fileName(kind, order, format)}"`);
  return reply.send(body);
}

function fail(reply: FastifyReply, format: string | undefined, status: number, code: string, message: string, details?: Record<string, unknown>) {
  reply.code(status);
  if (format === 'html') {
    const near = Array.isArray(details?.nearMatches) ? details.nearMatches as { key: string; number: string | null; issuer: string | null }[] : [];
    const candidates = Array.isArray(details?.candidates) ? details.candidates as { key: string; number: string | null; issuer: string | null }[] : [];
    const list = [...near, ...candidates];
    reply.header('content-type', CONTENT_TYPES.html).header('content-security-policy', CSP);
    return reply.send(html`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Report: ${code}</title></head><body>
<h1>No report</h1><p>${message}</p>${list.length > 0 ? html`<ul>${list.map((d) => html`<li>${d.number ?? '(no number)'} · ${d.issuer ?? ''} · <code>${d.key}</code></li>`)}</ul>` : ''}
</body></html>`.value);
  }
  return reply.send({ code, message, ...(details ? { details } : {}) });
}

export async function reportRoutes(app: FastifyInstance, opts: { runner: ReadRunner }): Promise<void> {
  async function handle(kind: 'derived-tasks' | 'coverage', query: unknown, reply: FastifyReply) {
    const raw = (query ?? {}) as Record<string, unknown>;
    const asked = typeof raw.format === 'string' ? raw.format : 'html';
    const parsed = (kind === 'coverage' ? Common : DerivedQuery).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(reply, asked, 400, 'BAD_USER_INPUT', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
    }
    const q = parsed.data;
    try {
      const request = { order: q.order, issuer: q.issuer ?? null, maxDepth: q.maxDepth };
      const body = kind === 'coverage'
        ? renderCoverage(await coverageReport(opts.runner, request), q.format)
        : renderDerivedTasks(await derivedTasksReport(opts.runner, { ...request, level: (q as z.infer<typeof DerivedQuery>).level }), q.format);
      return send(reply, kind, q.order, q.format, body);
    } catch (err) {
      const status = isDirectiveGraphError(err) ? STATUS[err.code] : undefined;
      if (!isDirectiveGraphError(err) || status === undefined) throw err;
      if (status >= 500) app.log.warn({ code: err.code }, err.message);
      return fail(reply, q.format, status, err.code, err.message, err.details);
    }
  }

  app.get('/reports/derived-tasks', async (request, reply) => handle('derived-tasks', request.query, reply));
  app.get('/reports/coverage', async (request, reply) => handle('coverage', request.query, reply));
}
