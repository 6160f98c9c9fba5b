import type { CoverageReport, DerivedTasksReport, DocRef } from '../../src/report/schema.js';

/**
 * Report documents for tests that need no database: a small tree written for the test (a city
 * order, a district letter that carries it out, a ward task), with any field overridable so a test
 * can put a hostile string where a title or a task text goes.
 */
export function doc(over: Partial<DocRef> = {}): DocRef {
  return {
    key: 'doc:25/CT-UBND|org:ubnd@p01|2022', number: '25/CT-UBND', docType: 'Chỉ thị',
    title: 'Về tăng cường phòng, chống dịch sốt xuất huyết trên địa bàn Thành phố', issuedOn: '2022-09-05', meetingOn: null,
    status: 'referenced', level: 'province',
    issuer: { key: 'org:ubnd@p01', name: 'UBND Thành phố Hà Nội', level: 'province', area: 'Hà Nội' }, issuedBy: 'UBND Thành phố Hà Nội',
    ...over,
  };
}

export const DISTRICT_DOC = doc({
  key: 'doc:412-CV/QU|org:quan-uy@d009|2022', number: '412-CV/QU', docType: 'Công văn', title: 'V/v thực hiện Chỉ thị số 25/CT-UBND',
  issuedOn: '2022-09-09', status: 'ingested', level: 'district',
  issuer: { key: 'org:quan-uy@d009', name: 'Quận ủy Thanh Xuân', level: 'district', area: 'Thanh Xuân, Hà Nội' }, issuedBy: 'Ban Thường vụ Quận ủy Thanh Xuân',
});

export function derivedReport(over: { title?: string; text?: string; unit?: string } = {}): DerivedTasksReport {
  const order = doc(over.title !== undefined ? { title: over.title } : {});
  return {
    report: 'derived-tasks', generatedAt: '2026-12-04T10:00:00.000Z',
    parameters: { order: '25/CT-UBND', issuer: null, maxDepth: 10, level: 'ward' },
    order,
    summary: { documents: 1, tasks: 1, units: 1, byLevel: [{ level: 'district', documents: 1, tasks: 0, earliest: '2022-09-09', latest: '2022-09-09', lagDaysEarliest: 4, lagDaysLatest: 4 }] },
    tree: {
      nodes: [
        { directive: order, depth: 0, parent: null, links: [], lagDays: 0 },
        {
          directive: DISTRICT_DOC, depth: 1, parent: order.key, lagDays: 4,
          links: [{ to: order.key, type: 'IMPLEMENTS', sentence: 'Thực hiện Chỉ thị số 25/CT-UBND ngày 05/9/2022 của UBND Thành phố.', statedIn: DISTRICT_DOC.key, rule: 'trigger:thực hiện', confidence: 0.97, resolvedBy: null }],
        },
      ],
      truncated: false,
    },
    tasks: {
      items: [{
        id: `${DISTRICT_DOC.key}#t2`, depth: 1, clause: '2', text: over.text ?? '- UBND 11 phường ra quân diệt bọ gậy tại các tổ dân phố, xong trước ngày 30/9/2022.',
        deadline: '2022-09-30',
        units: [{ key: 'org:ubnd-cac-phuong@d009', name: over.unit ?? 'UBND các phường quận Thanh Xuân', level: 'ward', role: 'lead', directedBy: null }],
        directive: DISTRICT_DOC, chain: ['25/CT-UBND', '412-CV/QU'], chainKeys: [order.key, DISTRICT_DOC.key], mandate: null,
      }],
      total: 1, truncated: false,
    },
    caveats: {
      citations: { items: [], truncated: false }, inferredLinks: { items: [], truncated: false }, datesInverted: { items: [], truncated: false },
      issuersUnknownArea: { items: [], truncated: false }, unresolvedUnits: { items: [], truncated: false },
    },
  };
}

export function coverageReportOf(over: { name?: string } = {}): CoverageReport {
  return {
    report: 'coverage', generatedAt: '2026-12-04T10:00:00.000Z', parameters: { order: '25/CT-UBND', issuer: null, maxDepth: 10 },
    order: doc(),
    summary: { units: 2, answered: 1, notAnswered: 1, documents: 1 },
    districts: [{ code: '009', name: 'quận Thanh Xuân, Hà Nội', wardCount: 11, answeredWards: 1 }],
    units: [
      { kind: 'ward', key: null, code: '00367', name: over.name ?? 'phường Hạ Đình', level: 'ward', district: 'quận Thanh Xuân, Hà Nội', answered: false, answers: [], answeredVia: [], taskCount: 1, tasks: [{ directive: DISTRICT_DOC.key, number: '412-CV/QU', clause: '2', role: 'lead' }] },
      { kind: 'ward', key: null, code: '00364', name: 'phường Kim Giang', level: 'ward', district: 'quận Thanh Xuân, Hà Nội', answered: true, answers: [{ directive: doc({ key: 'doc:57-CV/DDU|org:dang-uy@w00364|2022', number: '57-CV/ĐU', issuedOn: '2022-09-12', level: 'ward' }), lagDays: 7 }], answeredVia: [], taskCount: 1, tasks: [] },
    ],
    truncated: false,
  };
}
