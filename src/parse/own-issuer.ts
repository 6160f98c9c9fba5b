import { archiveIssuer } from './find/archive-issuer.js';
import { bareCapacity } from './find/bare-capacity.js';
import type { ClosingStatement, TextIdentity } from './find/identity.js';
import type { DocNumber } from './find/number.js';
import { ownIssuerCandidates, type OwnCandidate } from './find/own-issuer-candidates.js';
import { chooseOwnIssuer } from './find/own-issuer-score.js';
import { capacityLinesOf, preferSigned, signedIssuer, type SignedSource } from './find/signature-issuer.js';
import type { UnitMention } from './find/units.js';
import type { Layout } from './layout.js';
import { codeBody, headNamed } from './resolve/codes.js';
import { syntheticMention } from './find/unit-mention.js';

/** Where a headless document's issuer was read, when not from its body's own sentence (null). */
export type OwnSource = SignedSource | 'recipients' | 'evidence';

/**
 * The own issuer of a document without a number line: the chain's answer (the body's sentence, else
 * the signature, else the archive copy of the Nơi nhận), weighed against every other body the text
 * offers as its own (find/own-issuer-candidates.ts, find/own-issuer-score.ts). `closingStatement` is the
 * text's "Trên đây là … của X", read once by the find stage (find/closing-identity.ts).
 */
export function ownIssuer(t: string, layout: Layout, told: TextIdentity | null, num: DocNumber | null, closingStatement: ClosingStatement | null): { mention: UnitMention | null; source: OwnSource | null } {
  const signed = signedIssuer(t, capacityLinesOf(layout), layout.lines);
  const preferred = preferSigned(told?.issuer ?? null, signed);
  // Nothing names it but the archive copy of the Nơi nhận ("- Lưu: VT, VP UBND huyện Can Lộc").
  const archived = archiveIssuer(t, layout.noiNhan);
  const current: { mention: UnitMention | null; source: OwnSource | null } = preferred.mention || !archived ? preferred : { mention: archived, source: 'recipients' };
  const known: OwnCandidate[] = [];
  if (current.mention) known.push({ mention: current.mention, evidence: current.source === 'recipients' ? 'archive' : current.source === 'organ-owner' ? 'organ-owner' : current.source ? 'signature' : 'chain' });
  if (signed && signed.mention !== current.mention) known.push({ mention: signed.mention, evidence: signed.source === 'organ-owner' ? 'organ-owner' : 'signature' });
  if (archived && archived !== current.mention) known.push({ mention: archived, evidence: 'archive' });
  // "TM. ỦY BAN NHÂN DÂN" alone: its level from the superior the Nơi nhận reports to, its place the completion's.
  // Only where nothing else answers: a level guessed from a superior is no witness against the chain.
  const bare = signed || current.mention ? null : bareCapacity(t, capacityLinesOf(layout), layout.noiNhan);
  if (bare) known.push({ mention: bare, evidence: 'signature' });
  const closing = closingStatement?.issuer;
  if (closing) known.push({ mention: closing, evidence: 'closing' });
  const bodyFrom = layout.lines[layout.bodyStart]?.start ?? 0;
  const bodyTo = layout.lines[layout.bodyEnd]?.start ?? t.length;
  const candidates = ownIssuerCandidates(t, bodyFrom, bodyTo, known);
  const code = codeBody(num);
  const head = code ? headNamed(code.committee) : null;
  const choice = chooseOwnIssuer(t, current.mention, candidates, head ? syntheticMention(head) : null);
  return { mention: choice.mention, source: choice.overridden ? 'evidence' : current.source };
}
