import type { RecipientMention } from '../find/recipients.js';
import type { DocContext, ResolvedOrg } from '../types.js';
import { resolveUnits } from './orgs.js';

/**
 * Recipients resolved: each item's units become organisations; an organisation named twice in
 * one list is one recipient, with the purpose of the item that named it first.
 */
export interface RecipientDraft {
  org: ResolvedOrg;
  list: 'kinhGui' | 'noiNhan';
  purpose: string | null;
}

export function resolveRecipients(items: readonly RecipientMention[], ctx: DocContext): RecipientDraft[] {
  const out: RecipientDraft[] = [];
  const seen = { kinhGui: new Set<string>(), noiNhan: new Set<string>() };
  for (const item of items) {
    for (const org of resolveUnits(item.units, ctx)) {
      if (seen[item.list].has(org.key)) continue;
      seen[item.list].add(org.key);
      out.push({ org, list: item.list, purpose: item.purpose });
    }
  }
  return out;
}
