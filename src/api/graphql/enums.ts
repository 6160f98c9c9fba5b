import { QueryError } from '../../errors.js';
import { DocType } from '../../model/record.js';
import { fold } from '../../model/keys.js';

/**
 * GraphQL enum names <-> the values the graph stores (docs/graph-model.md): levels, statuses and
 * roles are lower case in Neo4j, recipient lists camel case. A stored value outside the enum comes
 * back as null rather than failing the whole response.
 */
const LEVELS = ['central', 'province', 'district', 'ward', 'internal'] as const;

export function levelIn(gql: string | null | undefined): string | null {
  return gql ? gql.toLowerCase() : null;
}

function upperIf(value: string | null | undefined, allowed: readonly string[]): string | null {
  if (!value) return null;
  return allowed.includes(value) ? value.toUpperCase() : null;
}

export const levelOut = (v: string | null | undefined) => upperIf(v, LEVELS);
export const statusOut = (v: string | null | undefined) => upperIf(v, ['ingested', 'referenced']) ?? 'REFERENCED';
export const familyOut = (v: string | null | undefined) => upperIf(v, ['party', 'state']);
export const roleOut = (v: string | null | undefined) => upperIf(v, ['lead', 'support', 'assigned']) ?? 'ASSIGNED';

export function listOut(v: string | null | undefined): string | null {
  if (v === 'kinhGui') return 'KINH_GUI';
  if (v === 'noiNhan') return 'NOI_NHAN';
  return null;
}

const ROLE_ORDER: Record<string, number> = { lead: 0, support: 1, assigned: 2 };
export function roleRank(role: string | null | undefined): number {
  return ROLE_ORDER[role ?? ''] ?? 3;
}

/** A document type as a user types it ("chi thi", "Chỉ thị") to the stored name; unknown is BAD_USER_INPUT. */
export function docTypeIn(input: string | null | undefined): string | null {
  if (!input) return null;
  const wanted = fold(input.trim());
  const found = DocType.options.find((t) => fold(t) === wanted);
  if (!found) {
    throw new QueryError('DG_BAD_INPUT', `docType "${input}" is not a document type; use one of: ${DocType.options.join(', ')}`, {
      details: { argument: 'docType' },
    });
  }
  return found;
}
