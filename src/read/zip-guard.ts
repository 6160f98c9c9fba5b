import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';

/**
 * A .docx is a zip, and a zip can expand a few megabytes into gigabytes (a "zip bomb"). mammoth
 * (through JSZip) inflates every part it reads whole into memory, so before it sees the file this
 * guard reads the zip's central directory and inflates each XML part itself with a hard output
 * bound (zlib's maxOutputLength): sizes the directory declares cannot lie past it. Media parts
 * (images) are not read by text extraction and are not inflated here.
 */
export const DOCX_LIMITS = {
  /** Uncompressed bytes of all XML parts together. */
  maxXmlBytes: 64 * 1024 * 1024,
  /** Entries in the archive. */
  maxEntries: 10_000,
} as const;

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

/** Throws DG_INPUT_TOO_LARGE when the XML of the .docx expands past the limit, whatever its directory says. */
export function checkDocxExpansion(bytes: Uint8Array, path: string, maxXmlBytes: number = DOCX_LIMITS.maxXmlBytes): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const xml = entries(buf, path).filter((e) => /\.(xml|rels)$/i.test(e.name));
  const declared = xml.reduce((n, e) => n + e.declared, 0);
  if (declared > maxXmlBytes) {
    const biggest = xml.reduce((a, b) => (b.declared > a.declared ? b : a));
    throw refuse(path, `its XML parts declare ${declared} bytes uncompressed (${biggest.name}: ${biggest.declared}), over the limit of ${maxXmlBytes}`, { declared, maxXmlBytes });
  }
  let budget = maxXmlBytes;
  for (const e of xml) {
    if (e.method === 0) { budget -= e.compressed; continue; }
    if (e.method !== 8) throw corrupt(path, `${e.name} uses zip compression method ${e.method}`);
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw corrupt(path, `a broken local header for ${e.name}`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    let size: number;
    try {
      size = inflateRawSync(buf.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, budget) }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw refuse(path, `${e.name} expands past the limit of ${maxXmlBytes} bytes of XML (it declares ${e.declared})`, { part: e.name, declared: e.declared, maxXmlBytes });
      }
      throw corrupt(path, `${e.name} is not valid deflate data`);
    }
    budget -= size;
  }
}
