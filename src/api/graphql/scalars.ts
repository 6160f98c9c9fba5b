import type { ValueNode } from 'graphql';
import { QueryError } from '../../errors.js';

/** The Date scalar: ISO calendar dates in and out; a malformed one is BAD_USER_INPUT naming it. */
function parseDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new QueryError('DG_BAD_INPUT', `${JSON.stringify(value)} is not a date; write it as YYYY-MM-DD, e.g. 2021-07-23`);
}

export const DateScalar = {
  serialize: (value: unknown) => (value === null || value === undefined ? null : String(value).slice(0, 10)),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === 'StringValue' ? ast.value : (ast as { value?: unknown }).value),
};
