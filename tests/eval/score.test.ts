import { describe, expect, it } from 'vitest';
import { Expectation } from '../../scripts/eval/expectation.js';
import { breaches, floorsFrom } from '../../scripts/eval/floors.js';
import { EMPTY_PREDICTION, foldName, metrics, normalizeNumber, scoreDocument, type Predicted } from '../../scripts/eval/score.js';

const expectation = Expectation.parse({
  style: 'web-copy', split: 'holdout', level: 'district', family: 'state', covers: ['test'],
  document: { number: '187/KH-UBND', type: 'Kế hoạch', date: '2023-04-14', issuer: 'Ủy ban nhân dân huyện Gia Lâm' },
  citations: [
    { number: '52/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hà Nội', relation: 'implements' },
    { number: '03-CTr/HU', issuer: 'Huyện ủy Gia Lâm', relation: 'implements' },
    { name: 'Luật Tổ chức chính quyền địa phương', relation: 'basis' },
  ],
  tasks: [
    { anchor: 'theo dõi, đôn đốc', units: [{ name: 'Phòng Văn hóa và Thông tin huyện Gia Lâm', role: 'lead' }, { name: 'Văn phòng HĐND và UBND huyện Gia Lâm', role: 'support' }] },
    { anchor: 'bố trí kinh phí', units: ['Phòng Tài chính - Kế hoạch huyện Gia Lâm'] },
  ],
});

const org = (name: string, surface = name) => ({ name, surface, body: null });

const predicted: Predicted = {
  number: '187 /KH-UBND',
  docType: 'Kế hoạch',
  issuedOn: '2023-04-14',
  issuer: org('UBND huyện Gia Lâm'),
  citations: [
    { number: '52/KH-UBND', issuer: org('UBND Thành phố Hà Nội'), relation: 'implements' },
    // right number, wrong relation, wrong issuer
    { number: '03-CTR/HU', issuer: org('Quận ủy Gia Lâm'), relation: 'cites' },
    // the document's own number taken for a citation: spurious
    { number: '187/KH-UBND', issuer: null, relation: 'cites' },
    { number: null, title: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', issuer: null, relation: 'basis' },
  ],
  assignments: [
    {
      text: 'Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi,\nđôn đốc việc thực hiện',
      units: [{ ...org('Phòng Văn hóa và Thông tin huyện Gia Lâm'), role: 'lead' }, { ...org('Văn phòng HĐND và UBND huyện Gia Lâm'), role: 'assigned' }],
    },
    { text: 'Trên đây là Kế hoạch của UBND huyện', units: [{ ...org('UBND huyện Gia Lâm'), role: 'assigned' }] },
  ],
};

describe('scoreDocument', () => {
  const { tallies: t, notes } = scoreDocument(expectation, predicted);

  it('scores the identity fields, forgiving spaces in the number and UBND for Ủy ban nhân dân', () => {
    expect(t.number).toEqual({ expected: 1, predicted: 1, correct: 1, compared: 1 });
    expect(t.issuer).toEqual({ expected: 1, predicted: 1, correct: 1, compared: 1 });
    expect(t.date.correct).toBe(1);
  });

  it('pairs citations by number and named ones by name, counting the spurious one against precision', () => {
    expect(t.citations).toEqual({ expected: 3, predicted: 4, correct: 3, compared: 3 });
    expect(notes).toContain('citation spurious: 187/KH-UBND (cites)');
  });

  it('scores the cited issuer only where the label gives one, and the relation of every pair', () => {
    expect(t['citation issuer']).toEqual({ expected: 2, predicted: 2, correct: 1, compared: 2 });
    expect(t['citation relation']).toEqual({ expected: 3, predicted: 4, correct: 2, compared: 3 });
    expect(notes).toContain('citation 03-CTr/HU issuer: expected Huyện ủy Gia Lâm, got Quận ủy Gia Lâm');
  });

  it('finds tasks by their anchor across a line break and scores units and roles', () => {
    expect(t.tasks).toEqual({ expected: 2, predicted: 2, correct: 1, compared: 1 });
    expect(t['task units all right']).toEqual({ expected: 2, predicted: 2, correct: 1, compared: 1 });
    expect(t.units).toEqual({ expected: 3, predicted: 3, correct: 2, compared: 2 });
    expect(t['unit roles']).toEqual({ expected: 3, predicted: 3, correct: 1, compared: 2 });
    expect(notes).toContain('task missed: "bố trí kinh phí"');
  });

  it('counts a file that could not be read as misses, with nothing predicted', () => {
    const empty = scoreDocument(expectation, EMPTY_PREDICTION).tallies;
    expect(empty.citations).toEqual({ expected: 3, predicted: 0, correct: 0, compared: 0 });
    expect(metrics(empty.number)).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: null });
  });

  it('counts an own number invented for a headless document against precision', () => {
    const headless = Expectation.parse({ ...expectation, document: { ...expectation.document, number: null } });
    expect(scoreDocument(headless, predicted).tallies.number).toEqual({ expected: 0, predicted: 1, correct: 0, compared: 0 });
  });
});

describe('a list of kinds written as one unit', () => {
  const listed = Expectation.parse({
    ...expectation,
    tasks: [{
      anchor: 'tổ chức học tập',
      units: [{ name: 'Các huyện ủy, thị ủy trực thuộc Tỉnh ủy Thanh Hóa', parts: ['Các huyện ủy tỉnh Thanh Hóa', 'Các thị ủy tỉnh Thanh Hóa'] }],
    }],
  });
  const task = (...names: string[]): Predicted => ({
    ...EMPTY_PREDICTION,
    assignments: [{ text: 'Các huyện ủy, thị ủy tổ chức học tập', units: names.map((n) => ({ ...org(n), role: 'assigned' })) }],
  });

  it('is found whole or split into its kinds, and the split counts as one unit', () => {
    expect(scoreDocument(listed, task('Các huyện ủy, thị ủy trực thuộc Tỉnh ủy Thanh Hóa')).tallies.units).toEqual({ expected: 1, predicted: 1, correct: 1, compared: 1 });
    const split = scoreDocument(listed, task('Các Huyện ủy tỉnh Thanh Hóa', 'Các Thị ủy tỉnh Thanh Hóa')).tallies;
    expect(split.units).toEqual({ expected: 1, predicted: 1, correct: 1, compared: 1 });
    expect(split['task units all right'].correct).toBe(1);
  });

  it('counts the split as one unit when each part keeps the whole list as its surface', () => {
    const places = Expectation.parse({
      ...expectation,
      tasks: [{
        anchor: 'tổ chức học tập',
        units: [{ name: 'UBND các xã Yên Thường, Yên Viên và thị trấn Trâu Quỳ', parts: ['UBND xã Yên Thường', 'UBND xã Yên Viên', 'UBND thị trấn Trâu Quỳ'] }],
      }],
    });
    const surface = 'UBND các xã Yên Thường, Yên Viên và thị trấn Trâu Quỳ';
    const split = (...names: string[]): Predicted => ({
      ...EMPTY_PREDICTION,
      assignments: [{ text: 'Các xã tổ chức học tập', units: names.map((n) => ({ ...org(n, surface), role: 'assigned' })) }],
    });
    const all = scoreDocument(places, split('UBND xã Yên Thường', 'UBND xã Yên Viên', 'UBND thị trấn Trâu Quỳ')).tallies;
    expect(all.units).toEqual({ expected: 1, predicted: 1, correct: 1, compared: 1 });
    expect(all['task units all right'].correct).toBe(1);
    // A place dropped from the list: the surface still pairs the whole, but the list is not all right.
    const short = scoreDocument(places, split('UBND xã Yên Thường', 'UBND xã Yên Viên')).tallies;
    expect(short['task units all right'].correct).toBe(0);
  });

  it('is missed when one kind is missing', () => {
    const t = scoreDocument(listed, task('Các Huyện ủy tỉnh Thanh Hóa')).tallies;
    expect(t.units).toEqual({ expected: 1, predicted: 1, correct: 0, compared: 0 });
    expect(t['task units all right'].correct).toBe(0);
  });
});

describe('normalisation', () => {
  it('folds names: diacritics, tone placement, abbreviations, a leading các', () => {
    expect(foldName('UBND phường Hoà Minh')).toBe(foldName('Ủy ban nhân dân phường Hòa Minh'));
    expect(foldName('Ủy ban MTTQ Việt Nam phường An Biên')).toBe(foldName('Mặt trận Tổ quốc phường An Biên'));
    expect(foldName('Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam')).toBe(foldName('Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam'));
    expect(foldName('các chi bộ trực thuộc')).toBe('chi bo truc thuoc');
  });

  it('normalises numbers: spaces, dashes, case', () => {
    expect(normalizeNumber('58 – CV/ĐU')).toBe('58-CV/ĐU');
    expect(normalizeNumber('25-Ctr/TU')).toBe(normalizeNumber('25-CTr/TU'));
    expect(normalizeNumber('100-CV/DU')).not.toBe(normalizeNumber('100-CV/ĐU'));
  });
});

describe('floors', () => {
  it('sets floors under a measurement and reports the fields that fall below them', () => {
    const { tallies } = scoreDocument(expectation, predicted);
    const floors = floorsFrom(tallies, new Map([['web-copy', tallies]]), '2026-12-04');
    expect(floors.all.number).toBe(0.97);
    expect(breaches(floors, tallies, new Map([['web-copy', tallies]]))).toEqual([]);
    const worse = scoreDocument(expectation, { ...predicted, number: null }).tallies;
    expect(breaches(floors, worse, new Map([['web-copy', tallies]]))).toEqual([{ scope: 'all', field: 'number', floor: 0.97, f1: 0 }]);
  });
});

describe('Expectation', () => {
  it('refuses a citation with neither number nor name, and unknown keys', () => {
    const bad = { ...expectation, citations: [{ relation: 'basis' }] };
    expect(Expectation.safeParse(bad).success).toBe(false);
    expect(Expectation.safeParse({ ...expectation, extra: 1 }).success).toBe(false);
  });
});

describe('tables', () => {
  it('prints each field with its counts and two-decimal figures, and a dash where nothing was expected or found', async () => {
    const { fieldTable, f1Matrix } = await import('../../scripts/eval/report.js');
    const { tallies } = scoreDocument(expectation, predicted);
    const table = fieldTable(tallies).split('\n');
    expect(table[2]).toBe('| number | 1 | 1 | 1 | 1.00 | 1.00 | 1.00 | 1.00 (1) |');
    expect(table).toContain('| citations | 3 | 4 | 3 | 0.75 | 1.00 | 0.86 | 1.00 (3) |');
    const none = scoreDocument(Expectation.parse({ ...expectation, tasks: [] }), { ...predicted, assignments: [] }).tallies;
    expect(f1Matrix(new Map([['web-copy', none]]), new Map([['web-copy', 1]])).split('\n')).toContain('| tasks | – |');
  });
});

describe('disagreements by kind (--miss-kinds), with no text of the document in them', () => {
  it('counts each disagreement of the example by its kind', () => {
    const { kinds } = scoreDocument(expectation, predicted);
    expect(kinds).toEqual({
      'cited issuer: another body': 1,
      'relation: implements read as cites': 1,
      'citations: spurious (numbered)': 1,
      'unit roles: support read as assigned': 1,
      'tasks: missed': 1,
      'tasks: spurious': 1,
    });
    for (const k of Object.keys(kinds)) expect(k).not.toMatch(/Gia Lâm|03-CTR|theo dõi/);
  });

  it('tells a wrong own issuer that is a cited body, a task unit, a body of the same place, or none', () => {
    const kindOf = (issuer: Predicted['issuer']) => Object.keys(scoreDocument(expectation, { ...predicted, issuer }).kinds).filter((k) => k.startsWith('issuer:'));
    expect(kindOf(null)).toEqual(['issuer: none found']);
    expect(kindOf(org('Huyện ủy Gia Lâm'))).toEqual(["issuer: a cited document's issuer"]);
    expect(kindOf(org('Phòng Tài chính - Kế hoạch huyện Gia Lâm'))).toEqual(['issuer: a unit of a task']);
    expect(kindOf(org('Ban Chỉ đạo an toàn giao thông huyện Gia Lâm'))).toEqual(['issuer: another body of the same place']);
    expect(kindOf(org('UBND huyện Đông Anh'))).toEqual(['issuer: the same body, another place']);
  });

  it('tells a unit name read too long, too short or as another from a unit missing or too many', () => {
    const one = Expectation.parse({ ...expectation, tasks: [{ anchor: 'bố trí kinh phí', units: ['Phòng Tài chính - Kế hoạch huyện Gia Lâm'] }] });
    const kindOf = (...names: string[]) => scoreDocument(one, { ...predicted, assignments: [{ text: 'bố trí kinh phí', units: names.map((n) => ({ ...org(n), role: 'assigned' })) }] }).kinds;
    expect(kindOf('Phòng Tài chính - Kế hoạch huyện Gia Lâm bố trí')).toMatchObject({ 'task units: one name read too long': 1 });
    expect(kindOf('Phòng Tài chính')).toMatchObject({ 'task units: one name read too short': 1 });
    expect(kindOf('Kho bạc Nhà nước huyện Gia Lâm')).toMatchObject({ 'task units: one name read as another (another body of the same place)': 1 });
    expect(kindOf('Phòng Tài chính - Kế hoạch huyện Đông Anh')).toMatchObject({ 'task units: one name read as another (the same body, another place)': 1 });
    expect(kindOf('Hợp tác xã Thành Công')).toMatchObject({ 'task units: one name read as another (other)': 1 });
    expect(kindOf('Phòng Tài chính - Kế hoạch huyện Gia Lâm', 'Kho bạc Nhà nước huyện Gia Lâm')).toMatchObject({ 'task units: one unit too many': 1 });
    expect(kindOf()).toMatchObject({ 'task units: one unit missing': 1 });
  });
});

describe('splitPlace (the heuristic behind the kinds)', () => {
  it('splits a folded name at its level word, not at a body word or a cooperative', async () => {
    const { splitPlace } = await import('../../scripts/eval/miss-kinds.js');
    expect(splitPlace(foldName('UBND huyện Quỳnh Nhai'))).toEqual({ body: 'uy ban nhan dan', place: 'huyen quynh nhai' });
    expect(splitPlace(foldName('Ban Thường vụ Huyện ủy Quỳnh Nhai'))).toEqual({ body: 'ban thuong vu huyen uy quynh nhai', place: '' });
    expect(splitPlace(foldName('Hợp tác xã Nông nghiệp xã Định Hiệp'))).toEqual({ body: 'hop tac xa nong nghiep', place: 'xa dinh hiep' });
    expect(splitPlace(foldName('Công an thị xã Sơn Tây'))).toEqual({ body: 'cong an', place: 'thi xa son tay' });
    expect(splitPlace(foldName('Ban Quản lý rừng phòng hộ huyện Tĩnh Gia'))).toEqual({ body: 'ban quan ly rung phong ho', place: 'huyen tinh gia' });
    expect(splitPlace(foldName('Ban Chỉ huy Quân sự quận Ngô Quyền'))).toEqual({ body: 'ban chi huy quan su', place: 'quan ngo quyen' });
    expect(splitPlace(foldName('Các cơ quan, đơn vị'))).toEqual({ body: 'co quan don vi', place: '' });
  });
});

describe('labelProblems (scripts/eval/check-labels.ts, run by blind writers before any parser)', () => {
  it('names each number, cited name or anchor the text lacks, a style out of its folder, and a shared anchor', async () => {
    const { labelProblems } = await import('../../scripts/eval/label-checks.js');
    const text = 'Số: 187 /KH-UBND … Thực hiện Kế hoạch số 52/KH-UBND … theo Luật Tổ chức chính quyền địa phương … Phòng Văn hóa và Thông tin huyện chủ trì theo dõi, đôn đốc';
    expect(labelProblems({ id: 'web-copy/w03-kh-ubnd-gia-lam', expectation }, text)).toEqual([
      'web-copy/w03-kh-ubnd-gia-lam: citation 03-CTr/HU',
      'web-copy/w03-kh-ubnd-gia-lam: anchor "bố trí kinh phí"',
    ]);
    const twice = Expectation.parse({ ...expectation, tasks: [expectation.tasks[0], expectation.tasks[0]] });
    expect(labelProblems({ id: 'clean/w03-kh-ubnd-gia-lam', expectation: twice }, `${text} 03-CTr/HU`)).toEqual([
      'clean/w03-kh-ubnd-gia-lam: style web-copy in the folder clean',
      'clean/w03-kh-ubnd-gia-lam: two tasks share the anchor "theo dõi, đôn đốc"',
    ]);
    expect(labelProblems({ id: 'web-copy/c03-kh', expectation }, `${text} 03-CTr/HU bố trí kinh phí`)).toEqual([
      "web-copy/c03-kh: the id's letter c is not the style web-copy's",
    ]);
  });
});
