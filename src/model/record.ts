import { z } from 'zod';

/**
 * The DocumentRecord: what src/parse produces from one document and src/graph writes.
 * It is the contract between the stages; every type in the project that describes a
 * record is inferred from these schemas, never written twice.
 *
 * Spans are [start, end) offsets in UTF-16 code units into the text as given to
 * parseDocument (after decoding, before any normalisation), so `text.slice(...span)`
 * shows the evidence.
 */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const Level = z.enum(['central', 'province', 'district', 'ward', 'internal']);
export type Level = z.infer<typeof Level>;

export const Relation = z.enum(['implements', 'basis', 'cites']);
export type Relation = z.infer<typeof Relation>;

export const DocType = z.enum([
  'Chỉ thị', 'Công văn', 'Thông báo', 'Thông báo kết luận', 'Kế hoạch', 'Quyết định', 'Nghị quyết',
  'Báo cáo', 'Hướng dẫn', 'Chương trình', 'Tờ trình', 'Quy chế', 'Quy định', 'Giấy mời', 'Kết luận',
  'Nghị định', 'Thông tư', 'Luật', 'Công điện', 'Phương án', 'Đề án', 'Khác',
]);
export type DocType = z.infer<typeof DocType>;

/** An administrative area resolved against the gazetteer (codes of the statistics office). */
export const Area = z.object({
  province: z.string().nullable(),
  provinceCode: z.string().nullable(),
  district: z.string().nullable(),
  districtCode: z.string().nullable(),
  ward: z.string().nullable(),
  wardCode: z.string().nullable(),
  /**
   * '2025' when the codes are of the map after the 1 July 2025 reform (a commune or ward of it, a
   * merged province): codes were reused across the reform. Absent for the map before it.
   */
  map: z.literal('2025').optional(),
});
export type Area = z.infer<typeof Area>;

/**
 * An organisation as a document names it, resolved in the document's context.
 * `key` is canonical (see src/model/keys.ts); `surface` is the text as printed.
 * `resolvedBy` says how a name that was not literal got its area ("context:issuer",
 * "gazetteer:fuzzy" ...), null for a literal match: inferred merges can be reviewed.
 */
export const Organization = z.object({
  key: z.string(),
  name: z.string(),
  surface: z.string(),
  kind: z.string().nullable(),
  level: Level.nullable(),
  area: Area.nullable(),
  collective: z.boolean().default(false),
  resolvedBy: z.string().nullable().default(null),
  spans: z.array(Span).default([]),
  /** For an organ or a department: the organisation it belongs to ("Quận ủy Hai Bà Trưng" for its Văn phòng). */
  body: z.string().nullable().optional(),
  /** Key of that organisation (a PART_OF edge); null when the unit stands on its own. */
  partOf: z.string().nullable().optional(),
});
export type Organization = z.infer<typeof Organization>;

/** The issuer: `name` is who signs ("Ban Thường vụ Quận ủy Hai Bà Trưng"), `body` the organisation. */
export const Issuer = Organization.extend({
  body: z.string().nullable(),
});
export type Issuer = z.infer<typeof Issuer>;

export const Citation = z.object({
  /** `named`: a document cited by its name alone (a Law, a congress resolution), with no number; absent: numbered. */
  kind: z.enum(['numbered', 'named']).optional(),
  /** The name of a document cited without a number ("Luật Tổ chức chính quyền địa phương"). */
  name: z.string().optional(),
  number: z.string().nullable(),
  docType: DocType,
  issuedOn: z.iso.date().nullable(),
  issuer: Organization.nullable(),
  title: z.string().nullable(),
  relation: Relation,
  /** Number of the citing document when the citation is nested inside another one's title; null = this document. */
  citedBy: z.string().nullable(),
  /** The sentence that states the relation. */
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  spans: z.array(Span).min(1),
  /** Canonical key of the cited directive (src/model/keys.ts), computed as for an ingested one. */
  key: z.string().nullable().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Role = z.enum(['lead', 'support', 'assigned']);
export type Role = z.infer<typeof Role>;

export const AssignedUnit = Organization.extend({
  role: Role,
  /**
   * "X chỉ đạo Y …": Y does the task and X, another unit of the same task, is to direct it; Y's unit
   * carries X's key. Absent when the document assigns the unit itself (also when X is the issuer
   * speaking: "Đảng ủy chỉ đạo UBND xã …" in the Đảng ủy's own letter assigns the UBND).
   */
  directedBy: z.string().optional(),
});
export type AssignedUnit = z.infer<typeof AssignedUnit>;

export const Assignment = z.object({
  /** Stable within the document: `t1`, `t2` ... in reading order. */
  taskId: z.string(),
  clause: z.string(),
  units: z.array(AssignedUnit).min(1),
  text: z.string(),
  role: Role,
  deadline: z.iso.date().nullable().default(null),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  span: Span,
});
export type Assignment = z.infer<typeof Assignment>;

export const RecipientList = z.enum(['kinhGui', 'noiNhan']);
export const Recipient = Organization.extend({
  list: RecipientList,
  purpose: z.string().nullable(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Signer = z.object({
  name: z.string(),
  capacity: z.string().nullable(),
  position: z.string().nullable(),
  span: Span,
});
export type Signer = z.infer<typeof Signer>;

export const WarningCode = z.enum([
  'ISSUER_AREA_UNKNOWN', 'ISSUER_UNKNOWN', 'CITATION_ISSUER_UNKNOWN', 'DATE_UNREADABLE', 'NUMBER_MALFORMED',
  'NAME_MISSPELLED', 'LEGACY_ENCODING', 'UNIT_UNRESOLVED', 'NO_DATE', 'NO_NUMBER', 'AREA_CANDIDATES',
  'DISTRICT_AFTER_REFORM', 'OCR', 'OCR_REPAIRED', 'IDENTITY_FROM_TEXT', 'MAP_CHOSEN',
]);
export const ParseWarning = z.object({
  code: WarningCode,
  message: z.string(),
  span: Span.nullable(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

export const Family = z.enum(['party', 'state']);

/** How the text of a scanned document was read: the engine, its language model, the pages, the mean word confidence. */
export const OcrInfo = z.object({
  engine: z.string(),
  language: z.string(),
  /** 1-based numbers of the pages that were OCR'd (a PDF may mix text and scanned pages). */
  pages: z.array(z.number().int().positive()).min(1),
  /** Mean of Tesseract's word confidences over those pages, 0..1. */
  meanConfidence: z.number().min(0).max(1),
});
export type OcrInfo = z.infer<typeof OcrInfo>;

export const DocumentRecord = z.object({
  /** Canonical key of the directive node (src/model/keys.ts). */
  key: z.string(),
  source: z.object({
    path: z.string().nullable(),
    sha256: z.string().nullable(),
    encoding: z.string(),
    /** Present when the text was read by OCR. */
    ocr: OcrInfo.optional(),
  }),
  family: Family.nullable(),
  number: z.string().nullable(),
  docType: DocType,
  issuer: Issuer.nullable(),
  issuedOn: z.iso.date().nullable(),
  meetingOn: z.iso.date().nullable(),
  place: z.string().nullable(),
  title: z.string().nullable(),
  recipients: z.array(Recipient),
  signer: Signer.nullable(),
  citations: z.array(Citation),
  assignments: z.array(Assignment),
  warnings: z.array(ParseWarning),
  /** Spans of the scalar fields above: `spans.number`, `spans.issuedOn` ... */
  spans: z.record(z.string(), z.array(Span)),
  /**
   * The text every span indexes into. The ingest pipeline attaches it so the graph keeps it with the
   * directive (evidence can then be shown in context wherever the graph travels); parseDocument leaves
   * it out, so that `directive-graph parse` prints records, not whole documents.
   */
  text: z.string().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;
