import type { AreaWord, UnitHead } from '../vocabulary/units.js';

/*
 * What the unit grammar (units.ts) reads a mention into. Apart from the grammar so that the modules
 * it calls for one part of a mention (area refs, posts in charge) can build one without importing it.
 */
export interface AreaRef {
  level: AreaWord['level'];
  types: readonly string[];
  name: string | null;
  nameSpan: [number, number] | null;
  plural: boolean;
  count: number | null;
  /** "cơ sở": the wards of the district. */
  grassroots: boolean;
  /** "từ Quận đến cơ sở": the district and everything below it. */
  range: boolean;
  /** The type words as printed ("quận", "huyện, thị xã, thành phố"), for names. */
  words: string[];
  /** A place name with no type word ("Báo Đà Nẵng"): its level is whatever the gazetteer finds. */
  bare?: boolean;
  /** "cấp huyện", "cấp xã": every unit of that level, named as printed. */
  levelWord?: string;
}

export interface UnitMention {
  head: UnitHead;
  tail: string | null;
  /** A committee's own place name as printed ("Hai Bà Trưng" in "Quận ủy Hai Bà Trưng"). */
  name: string | null;
  nameSpan: [number, number] | null;
  areas: AreaRef[];
  owner: UnitMention | null;
  /** An organ of several committees: "Ban Tuyên giáo các huyện ủy, thành ủy, thị ủy". */
  moreOwners: UnitMention[];
  plural: boolean;
  office: string | null;
  subward: string | null;
  /** Token indices [first, after last). */
  from: number;
  to: number;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /**
   * "Đảng ủy Công an Trung ương", "các đoàn thể chính trị - xã hội Trung ương": the national one. This and
   * the two fields after it are on every mention, so that all mentions share one shape.
   */
  central: boolean;
  /** "Giám đốc các Sở: Y tế, Tài chính": the names listed after a plural head, one unit each. */
  tails: string[] | null;
  /** "Chi bộ thôn Thành Lợi": the unit of one village, as printed from its head to the village's name. */
  village: string | null;
  /**
   * A task table's units cell the grammar reads no unit from ("Các công ty lâm nghiệp", "Ban đại diện cha mẹ học sinh"):
   * the column says it names who carries the row out, so the unit is the cell as printed (find/task-table.ts).
   */
  printed?: string;
}

/** A mention with no text behind it: a head named by a symbol's code or by context. */
export function syntheticMention(head: UnitHead): UnitMention {
  return { head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural: false, office: null, subward: null, from: 0, to: 0, start: 0, end: 0, central: false, tails: null, village: null };
}
