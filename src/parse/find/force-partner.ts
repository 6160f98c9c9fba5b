import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';

const WITH = phraseSet(['phối hợp với', 'phối hợp cùng']);
const FORCES = phraseSet(['lực lượng', 'dân quân', 'đoàn viên', 'hội viên', 'cán bộ, chiến sĩ']);

/**
 * "Ban CHQS phường huy động lực lượng dân quân phối hợp với Xí nghiệp Cây xanh … cưa, dọn cây đổ": the subject sends
 * its own force to work with a partner, so the partner supports the subject's task though no comma sets "phối hợp
 * với" apart. Where the partner's units start when such a phrase opens at k (a force named in the few words before
 * it, after `from`), else null.
 */
export function forcePartnerAt(tokens: readonly Token[], from: number, k: number): number | null {
  if (tokens[k]?.norm !== 'phối') return null;
  const w = WITH.match(tokens, k);
  if (!w) return null;
  for (let j = Math.max(from, k - 8); j < k; j++) if (FORCES.has(tokens, j, k)) return w.end;
  return null;
}
