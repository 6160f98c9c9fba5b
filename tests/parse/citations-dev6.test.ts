import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citations, their relations and issuers from the misses of the ten blind documents of the seventh
 * round (issue 9; docs/extraction-quality.md, "Citation relations: what the misses are", seventh
 * round), and from documents without a `Căn cứ` heading (fragments, news reports) written in the
 * shapes the holdout loses most on. Each document below is written for this test in its own words
 * and read by hand: `rows` lists the citations the document makes itself, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

/** A district Huyện ủy's Chỉ thị, its header as printed; `preamble` opens the body. */
const directive = (preamble: string) => `HUYỆN ỦY LỤC YÊN
*
Số 21-CT/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Lục Yên, ngày 04 tháng 11 năm 2024

CHỈ THỊ
của Ban Thường vụ Huyện ủy về lãnh đạo công tác phòng cháy, chữa cháy rừng năm 2025

${preamble}

1. Đảng ủy các xã, thị trấn đưa chỉ tiêu trồng rừng vào nghị quyết lãnh đạo năm 2025.
`;

describe('a purpose clause joined by "và" ends the subject before it', () => {
  it('"… Chỉ thị số … về X và để thực hiện đúng Luật Y, Ban Thường vụ …": the Law is a document of its own, carried out', () => {
    const doc = directive(`Thực hiện Chỉ thị số 30-CT/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy Yên Bái về phòng cháy rừng mùa khô; qua 2 năm thực hiện Chỉ thị số 11-CT/HU ngày 05/10/2022 của Ban Thường vụ Huyện ủy về bảo vệ rừng đầu nguồn và để thực hiện đúng Luật Lâm nghiệp, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt những nội dung sau:`);
    expect(rows(doc)).toEqual([
      ['30-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Yên Bái'],
      ['11-CT/HU', 'cites', 'Ban Thường vụ Huyện ủy Lục Yên'],
      ['named:Luật Lâm nghiệp', 'implements', null],
    ]);
  });

  it('"… và nhằm triển khai nghiêm Luật …" after a subject wrapped over lines in a web copy', () => {
    const doc = directive(`Thực hiện Kế hoạch số 145-KH/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy Yên Bái về bảo vệ và phát triển
rừng bền vững và nhằm triển khai nghiêm Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ, Ban Thường vụ Huyện ủy
yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt những nội dung sau:`);
    expect(rows(doc)).toEqual([
      ['145-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Yên Bái'],
      ['named:Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'implements', null],
    ]);
  });
});
