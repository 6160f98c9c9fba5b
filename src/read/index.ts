/** File-level reading: the only part of the pipeline that touches document files. */
export { readDocumentFile, DOCUMENT_EXTENSIONS, type DocumentFile, type DocumentFormat, type ReadOptions } from './read-file.js';
export { walkDocuments, type WalkOptions } from './walk.js';
export { hashFile } from './hash.js';
