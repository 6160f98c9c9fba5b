import { parseDocument } from '../../src/parse/index.js';

/**
 * Small documents that give a finder its context: a district Party committee (Quận ủy Hai Bà
 * Trưng, Hà Nội), a ward one (Đảng ủy phường Hòa Minh, quận Liên Chiểu, Đà Nẵng) and a State
 * province (UBND tỉnh Quảng Ninh). The body under test is put after the header.
 */
export const districtDoc = (body: string) => `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
*
Số 12-CV/QU

Hà Nội, ngày 02 tháng 8 năm 2021

V/v thử nghiệm

${body}
`;

export const wardDoc = (body: string) => `ĐẢNG BỘ QUẬN LIÊN CHIỂU
ĐẢNG ỦY PHƯỜNG HÒA MINH
*
Số 5-CV/ĐU

Hòa Minh, ngày 02 tháng 8 năm 2021

V/v thử nghiệm

${body}
`;

export const provinceDoc = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
-------
Số: 25/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Quảng Ninh, ngày 05 tháng 3 năm 2021

CHỈ THỊ
Về việc tăng cường công tác phòng, chống dịch Covid-19

${body}
`;

export const parse = (text: string) => parseDocument(text);

/** A document's citations as [number or name, relation], in the order the parser gives them. */
export const citedRelations = (text: string) => parseDocument(text).citations.map((c) => [c.number ?? c.name, c.relation]);

/** The same with each cited issuer's name, sorted by number or name (order-free comparisons). */
export const citedWithIssuers = (text: string) =>
  parseDocument(text).citations.map((c) => [c.number ?? c.name, c.relation, c.issuer?.name ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** A document's own identity as a reader checks it: number, type, date and the issuer's name. */
export const ownIdentity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null };
};

/** A document's citations by number or name, in the order the parser gives them. */
export const citedNumbers = (text: string) => parseDocument(text).citations.map((c) => c.number ?? c.name);

/** A news report as a paper prints it: headline, dateline, paragraphs, the reporter's byline. */
export const newsArticle = (byline: string) => (headline: string, dateline: string, ...paragraphs: string[]) => `${headline}

${dateline}

${paragraphs.join('\n\n')}

${byline}
`;

/** The units of the first task of a body "Thường trực yêu cầu:\n\n1. <subject> <rest>". */
export function subjectUnits(doc: (b: string) => string, subject: string, rest = 'tăng cường kiểm tra, giám sát.') {
  const r = parse(doc(`Thường trực yêu cầu thực hiện các nội dung sau:\n\n1. ${subject} ${rest}`));
  return (r.assignments[0]?.units ?? []).map((u) => ({ name: u.name, key: u.key, level: u.level, collective: u.collective }));
}

/** A document's header as printed, for the round tests that set their documents in other provinces and bodies. */
export interface Header {
  /** The issuer's lines: the body above, then the issuer, joined by a newline. */
  issuer: string;
  number: string;
  placeDate: string;
  kind: string;
  title: string;
  /** The heading the body sits under, when the tasks are in a section of the document. */
  section?: string;
  /** The rule under the issuer: `-------` in State documents, `*` in many Party ones. */
  rule?: string;
}

/** The section of a plan that hands out its tasks. */
export const PLAN_SECTION = 'III. TỔ CHỨC THỰC HIỆN';

/** A document with the given header whose body is put after it. */
export const headed =
  ({ issuer, number, placeDate, kind, title, section, rule = '-------' }: Header) =>
  (body: string) =>
    `${issuer}\n${rule}\nSố: ${number}\n${placeDate}\n\n${kind}\n${title}\n\n${section === undefined ? '' : `${section}\n`}${body}\n`;
