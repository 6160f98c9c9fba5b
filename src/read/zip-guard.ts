import { crc32, inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';

/**
 * A .docx is a zip, and a zip can expand a few megabytes into gigabytes (a "zip bomb"). mammoth
 * (through JSZip) inflates every part it reads whole into memory, so before it sees the file this
 * guard reads the zip's central directory and inflates each XML part itself with a hard output
 * bound (zlib's maxOutputLength): sizes the directory declares cannot lie past it.
 *
 * Media parts (images, embedded objects) carry no text. They are never inflated: mammoth is given a
 * new archive of the XML parts alone, already inflated and stored uncompressed, so nothing it
 * reads can expand, whatever the media declare. Their declared sizes still count against a bound
 * of their own, so that an archive claiming gigabytes of pictures is named as what it is.
 */
export const DOCX_LIMITS = {
  /** Uncompressed bytes of all XML parts together. */
  maxXmlBytes: 64 * 1024 * 1024,
  /** Uncompressed bytes the media and other non-XML parts declare, together. */
  maxMediaBytes: 512 * 1024 * 1024,
  /** Entries in the archive. */
  maxEntries: 10_000,
} as const;

export type DocxLimits = { -readonly [K in keyof typeof DOCX_LIMITS]: number };

const XML_PART = /\.(xml|rels)$/i;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry { name: string; method: number; compressed: number; declared: number; offset: number }

function refuse(path: string, why: string, details: Record<string, unknown>): InputError {
  return new InputError('DG_INPUT_TOO_LARGE', `${path} is refused as a possible zip bomb: ${why}`, { location: { path }, details });
}

function corrupt(path: string, why: string): InputError {
  return new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a .docx: ${why}`, { location: { path } });
}

function entries(buf: Buffer, path: string): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt(path, 'no zip central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > DOCX_LIMITS.maxEntries) throw refuse(path, `${count} entries, over the limit of ${DOCX_LIMITS.maxEntries}`, { entries: count });
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw corrupt(path, 'a broken zip central directory');
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    out.push({
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      declared: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * The XML parts of a .docx, inflated within the bounds: DG_INPUT_TOO_LARGE when they expand past
 * maxXmlBytes whatever the directory says, or when the media declare more than maxMediaBytes.
 */
export function boundedDocxParts(bytes: Uint8Array, path: string, limits: DocxLimits = DOCX_LIMITS): Map<string, Buffer> {
  const { maxXmlBytes, maxMediaBytes } = limits;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const all = entries(buf, path);
  const xml = all.filter((e) => XML_PART.test(e.name));
  const media = all.filter((e) => !XML_PART.test(e.name) && !e.name.endsWith('/'));
  const mediaDeclared = media.reduce((n, e) => n + e.declared, 0);
  if (mediaDeclared > maxMediaBytes) {
    const biggest = media.reduce((a, b) => (b.declared > a.declared ? b : a));
    throw refuse(path, `its media parts declare ${mediaDeclared} bytes uncompressed (${biggest.name}: ${biggest.declared}), over the limit of ${maxMediaBytes}`, { mediaDeclared, maxMediaBytes });
  }
  const declared = xml.reduce((n, e) => n + e.declared, 0);
  if (declared > maxXmlBytes) {
    const biggest = xml.reduce((a, b) => (b.declared > a.declared ? b : a));
    throw refuse(path, `its XML parts declare ${declared} bytes uncompressed (${biggest.name}: ${biggest.declared}), over the limit of ${maxXmlBytes}`, { declared, maxXmlBytes });
  }
  let budget = maxXmlBytes;
  const parts = new Map<string, Buffer>();
  for (const e of xml) {
    if (e.method !== 0 && e.method !== 8) throw corrupt(path, `${e.name} uses zip compression method ${e.method}`);
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw corrupt(path, `a broken local header for ${e.name}`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    if (start + e.compressed > buf.length) throw corrupt(path, `${e.name} runs past the end of the file`);
    const raw = buf.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (raw.length > budget) throw refuse(path, `${e.name} takes the XML past the limit of ${maxXmlBytes} bytes`, { part: e.name, maxXmlBytes });
      budget -= raw.length;
      parts.set(e.name, raw);
      continue;
    }
    let part: Buffer;
    try {
      part = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw refuse(path, `${e.name} expands past the limit of ${maxXmlBytes} bytes of XML (it declares ${e.declared})`, { part: e.name, declared: e.declared, maxXmlBytes });
      }
      throw corrupt(path, `${e.name} is not valid deflate data`);
    }
    budget -= part.length;
    parts.set(e.name, part);
  }
  return parts;
}

/** A zip of `parts` stored uncompressed (method 0), with their CRC-32s: what mammoth is given. */
export function storedZip(parts: Map<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    chunks.push(local, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}
