import { fold } from '../../model/keys.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { ARCHIVE_ITEM, KINH_GUI, NOI_NHAN, SAME_AS_ADDRESSEES } from '../vocabulary/recipients.js';
import { distribute, mayStartUnit, parseUnitAt, type UnitMention } from './units.js';

/**
 * Recipients (docs/domain.md §8.4): the Kính gửi addressees and the Nơi nhận list. An item may
 * name several units ("Đảng ủy – HĐND – UBND – UB MTTQ 11 phường") and wrap over lines; a
 * purpose in brackets ("(để báo cáo)", "(t/hiện)") belongs to its item. "Như kính gửi (...)"
 * points back to the addressees and gives them its purpose; "Lưu ..." (the archive copy) is
 * no recipient.
 */
export interface RecipientMention {
  /** The units one item names, not yet resolved (resolve/recipients.ts). */
  units: UnitMention[];
  list: 'kinhGui' | 'noiNhan';
  purpose: string | null;
}

interface Item {
  start: number;
  end: number;
}

function itemsOf(text: string, lines: readonly Line[], label: RegExp): Item[] {
  const items: Item[] = [];
  lines.forEach((l, k) => {
    let from = l.contentStart;
    if (k === 0) {
      const m = label.exec(l.folded);
      if (m) from = l.contentStart + m[0].length;
    }
    const content = text.slice(from, l.end);
    const lead = /^[\s]*[-–•+]?[\s]*/.exec(content)![0].length;
    const startsItem = k === 0 || /^[-–•+]/.test(content.trimStart());
    if (text.slice(from + lead, l.end).trim() === '') return;
    if (startsItem || items.length === 0) items.push({ start: from + lead, end: l.end });
    else items[items.length - 1]!.end = l.end;
  });
  return items;
}

function unitsOf(text: string, item: Item): UnitMention[] {
  const tokens = tokenize(text, item.start, item.end);
  const out: UnitMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text === '(') {
      while (i < tokens.length && tokens[i]!.text !== ')') i++;
      continue;
    }
    if (!mayStartUnit(tokens, i, tokens.length)) continue;
    const m = parseUnitAt(tokens, i);
    if (m) { out.push(m); i = m.to - 1; }
  }
  return distribute(tokens, out);
}

const PURPOSE = /\(([^()]{1,40})\)/u;

function readList(text: string, lines: readonly Line[], label: RegExp, list: RecipientMention['list'], out: RecipientMention[]): string | null {
  let backPurpose: string | null = null;
  for (const item of itemsOf(text, lines, label)) {
    const raw = text.slice(item.start, item.end);
    const f = fold(raw.trim());
    const purpose = PURPOSE.exec(raw)?.[1]?.trim() ?? null;
    if (ARCHIVE_ITEM.test(f)) continue;
    if (SAME_AS_ADDRESSEES.test(f)) { backPurpose = purpose; continue; }
    out.push({ units: unitsOf(text, item), list, purpose });
  }
  return backPurpose;
}

/** The items of the Kính gửi and Nơi nhận lists, in order; "Như kính gửi (x)" lends x to the addressees without one. */
export function findRecipients(text: string, kinhGui: readonly Line[], noiNhan: readonly Line[]): RecipientMention[] {
  const out: RecipientMention[] = [];
  if (kinhGui.length > 0) readList(text, kinhGui, KINH_GUI, 'kinhGui', out);
  if (noiNhan.length > 0) {
    const back = readList(text, noiNhan, NOI_NHAN, 'noiNhan', out);
    if (back) for (const r of out) if (r.list === 'kinhGui' && r.purpose === null) r.purpose = back;
  }
  return out;
}
