import { InputError } from '../errors.js';
import { boundedDocxParts, storedZip } from './zip-guard.js';

/**
 * Text of a .docx with mammoth's raw-text extraction. mammoth ends every paragraph with a
 * blank line; we end it with one line break instead, so that a paragraph is a line and an
 * empty paragraph an empty line, as in the .txt corpus.
 */

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97-2003 .doc and other OLE2 files

export async function extractDocxText(bytes: Uint8Array, path: string): Promise<string> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError('DG_INPUT_UNREADABLE', `${path} is a Word 97-2003 (.doc) file, not a .docx: save it as .docx first (e.g. soffice --headless --convert-to docx)`, { location: { path } });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a .docx: not a zip archive`, { location: { path } });
  }
  // mammoth reads the XML parts only, already inflated within bounds: media never reach it.
  const archive = storedZip(boundedDocxParts(bytes, path));
  const mammoth = (await import('mammoth')).default;
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: archive });
    raw = result.value;
  } catch (err) {
    throw new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a .docx: corrupt archive or missing document part (${err instanceof Error ? err.message : String(err)})`, { location: { path }, cause: err });
  }
  return raw.replace(/\n\n/g, '\n').replace(/\n$/, '');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
