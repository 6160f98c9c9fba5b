import { orgKey } from '../../model/keys.js';
import type { FullMention } from '../find/citations.js';
import { CENTRAL_COMMITTEES, MASS_CENTRAL_BODIES, MASS_CENTRAL_ORGANS, MASS_CENTRAL_SHORT_FORMS } from '../vocabulary/issuer-codes.js';
import type { ResolvedOrg } from './orgs.js';
import { squash } from '../text.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

const words = (s: string) => s.replace(/ /g, WRAPPED_GAP);
const ORGANS = MASS_CENTRAL_ORGANS.map(words).join('|');
const BODIES = MASS_CENTRAL_BODIES.map((b) => `${b.word}(?:${WRAPPED_GAP}(?:${b.fullNames.map(words).join('|')}))?`).join('|');
const COMMITTEES = CENTRAL_COMMITTEES.map((b) => `${words(b.word)}${WRAPPED_GAP}Trung${WRAPPED_GAP}ương${WRAPPED_GAP}(?:${b.fullNames.map(words).join('|')})`).join('|');
/** Only a date may stand between the number and "của": the issuer phrase of this very mention. */
const AFTER = new RegExp(
  String.raw`^(?:[ \t\n]*,?[ \t\n]*ngày[ \t\n]{1,2}[0-9]{1,2}(?:[/.-][0-9]{1,2}[/.-][0-9]{4}|${WRAPPED_GAP}tháng${WRAPPED_GAP}[0-9]{1,2}${WRAPPED_GAP}năm${WRAPPED_GAP}[0-9]{4}))?[ \t\n]*,?[ \t\n]*của${WRAPPED_GAP}((?:${ORGANS})${WRAPPED_GAP}Trung${WRAPPED_GAP}ương${WRAPPED_GAP}(?:${BODIES})|(?:(?:${ORGANS})${WRAPPED_GAP})?(?:${COMMITTEES}))(?![\p{L}])`, 'u');

/**
 * "Kế hoạch số 412-KH/TWĐTN-PTTN … của Ban Bí thư Trung ương Đoàn", "Kế hoạch số 45/KH-ĐCT … của Đoàn
 * Chủ tịch Trung ương Hội": an organ of a mass organisation's central body. The unit grammar reads the
 * Party's "Ban Bí thư Trung ương" and leaves "Đoàn" over, or reads nothing; the words printed name the
 * issuer, a central body of its own. So does "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", the
 * Front's central committee (CENTRAL_COMMITTEES).
 */
export function massCentralIssuer(text: string, m: FullMention): ResolvedOrg | null {
  const from = m.numberEnd;
  const window = text.slice(from, from + 200);
  if (!window.includes('Trung')) return null;
  const hit = AFTER.exec(window);
  if (!hit) return null;
  const start = from + hit.index + hit[0].length - hit[1]!.length;
  const name = MASS_CENTRAL_SHORT_FORMS.reduce((n, [short, full]) => n.replace(` ${short} `, ` ${full} `), squash(hit[1]!));
  // "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam": the body is named from its own word on.
  const committee = CENTRAL_COMMITTEES.find((c) => name.includes(`${c.word} Trung ương`));
  const body = name.slice(committee ? name.indexOf(`${committee.word} Trung ương`) : name.indexOf('Trung ương'));
  return {
    key: orgKey(body, null), name, surface: name, kind: 'mass-organization', level: 'central', area: null,
    collective: false, resolvedBy: null, spans: [[start, start + hit[1]!.length]], body, partOf: null,
  };
}
