import { lookup, type Place } from '../gazetteer.js';
import { isAllCaps } from '../text.js';
import { MASTHEAD_DASHES, MASTHEAD_SEPARATORS, PRESS_NAME_WORDS } from '../vocabulary/page-chrome.js';

/** The most words a province's name has, its dash counted ("Bà Rịa - Vũng Tàu"). */
const NAME_WORDS = 5;

const PRESS_OPENS = new RegExp(`^(?:${PRESS_NAME_WORDS.join('|')})[ ]`, 'u');

/** How far into the page the lead's dateline is looked for: masthead, headline and date come first. */
const DATELINE_REACH = 1200;
/**
 * A lead paragraph opening on its dateline: "(Quảng Trị) - …", "Đông Hà (Quảng Trị) – …", "HÀ TĨNH - …". The place
 * in the bracket, else the capitals before the dash.
 */
const DATELINE_PLACE = /^[ \t]*(?:(?:\p{Lu}[\p{L}\p{M}]*[ ]){0,3}\(([^()\n]{2,30})\)|((?:\p{Lu}+[ ]){0,3}\p{Lu}+))[ ]{0,2}[-–—][ ]/gmu;

/**
 * The province a news page's masthead names: "BÌNH PHƯỚC ONLINE | Chính trị", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA
 * LAI", "Báo Đồng Nai | Xã hội". The page's first line, up to its first separator, in capitals or opening on a
 * paper's word; the longest run of its words that is one province's name. A provincial paper reports its own
 * province, so an issuer the article writes with its level word only ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy") and
 * places nowhere else sits there; it is read after every place the article itself gives (resolve/context.ts).
 */
export function mastheadProvince(text: string): Place | null {
  const first = /^[ \t]*(\S[^\n]*)/mu.exec(text.slice(0, 400))?.[1];
  if (!first) return null;
  let segment = first;
  for (const sep of MASTHEAD_SEPARATORS) {
    const at = segment.indexOf(sep);
    if (at > 0) segment = segment.slice(0, at);
  }
  for (const dash of MASTHEAD_DASHES) {
    const at = segment.indexOf(dash);
    if (at > 0 && !isAllCaps(segment)) segment = segment.slice(0, at);
  }
  segment = segment.trim();
  if (!isAllCaps(segment) && !PRESS_OPENS.test(segment)) return null;
  const words = segment.split(/[ ,]+/u).filter((w) => w !== '');
  for (let n = Math.min(NAME_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const r = lookup(words.slice(i, i + n).join(' '), 'province');
      if (r.exact && r.places.length === 1) return r.places[0]!;
    }
  }
  return null;
}

/**
 * The province a news report's dateline names, at the head of a lead paragraph: "(Quảng Trị) - UBND tỉnh vừa ban hành
 * …", "HÀ TĨNH - …". The reporter writes where the news is from, as a provincial paper's masthead does; an agency tag
 * ("(QTO) -", "(Baohatinh.vn) -") names no province and gives none.
 */
export function datelineProvince(text: string): Place | null {
  for (const m of text.slice(0, DATELINE_REACH).matchAll(DATELINE_PLACE)) {
    const name = (m[1] ?? m[2])!.trim();
    const r = lookup(name, 'province');
    if (r.exact && r.places.length === 1) return r.places[0]!;
  }
  return null;
}
