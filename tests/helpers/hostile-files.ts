import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Hostile files made at test time (never committed): a .docx whose XML expands to gigabytes, a
 * PDF of thousands of pages, a file of hundreds of megabytes. Each is small or sparse on disk.
 */

/** A deflate stream of `mb` megabytes of spaces: one flushed 1 MB block repeated, then an empty final block. */
function spacesDeflated(mb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]);
}

interface ZipPart { name: string; data: Buffer; method: 0 | 8; declared: number }

/** A zip archive (no CRC checks are reached: the reader must refuse it before inflating). */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * A .docx whose word/document.xml inflates to `mb` megabytes (2048: two gigabytes from ~2 MB on
 * disk). `lie`: its directory declares 4 KB, so only inflating tells.
 */
export function writeZipBombDocx(path: string, mb: number, opts: { lie?: boolean } = {}): void {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  writeFileSync(path, zip([
    { name: '[Content_Types].xml', data: types, method: 0, declared: types.length },
    { name: 'word/document.xml', data: spacesDeflated(mb), method: 8, declared: opts.lie ? 4096 : Math.min(mb * 1024 * 1024, 0xffffffff) },
  ]));
}

/** A valid PDF of `pages` pages that all show one line of text (one shared content stream). */
export function writeManyPagePdf(path: string, pages: number): void {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const content = 'BT /F1 12 Tf 72 720 Td (Trang tai lieu) Tj ET';
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, out, 'latin1');
}

/** A file of `bytes` bytes that takes no disk space (sparse). */
export function writeSparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * A .docx of the given XML parts plus a picture whose deflate stream inflates to `mb` megabytes
 * while the directory declares `declared` bytes (a lie when smaller).
 */
export function writeDocxWithMediaBomb(path: string, xml: Map<string, Buffer>, media: { name: string; mb: number; declared: number }): void {
  writeFileSync(path, zip([
    ...[...xml].map(([name, data]) => ({ name, data: deflateRawSync(data), method: 8 as const, declared: data.length })),
    { name: media.name, data: spacesDeflated(media.mb), method: 8, declared: media.declared },
  ]));
}

/**
 * A one-page PDF whose content stream (compressed: a few kilobytes on disk) shows `operators`
 * short words, placed apart on a grid inside the page (pdfjs drops text outside it and joins words
 * that touch), the grid drawn over and over.
 */
export function writeDensePagePdf(path: string, operators: number): void {
  const grid = Array.from({ length: 20 * 95 }, (_, i) => `1 0 0 1 ${10 + (i % 20) * 30} ${780 - Math.floor(i / 20) * 8} Tm (Viec) Tj`).join('\n');
  const ops = Buffer.from(`BT /F1 6 Tf\n${Array.from({ length: Math.ceil(operators / 1900) }, () => grid).join('\n')}\nET`, 'latin1');
  const stream = deflateSync(ops, { level: 9 });
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [4 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const whole = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(whole);
    at += whole.length;
  });
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  writeFileSync(path, Buffer.concat(parts));
}
