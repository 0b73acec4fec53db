/** Ingestion: raw news documents in, a validated dataset out. */
export { buildDataset } from './build.js';
export type { RawDocument, RawParagraph } from './document.js';
export { IngestError } from './errors.js';
export { ingestPaths, listInputFiles, readDocuments, type IngestOptions } from './files.js';
export { parseJsonLines } from './json-lines.js';
export { parseRawText } from './raw-text.js';
export { serializeDataset, writeDatasetAtomically } from './serialize.js';
export { InvalidDatasetError } from './validate.js';
export { NoDocumentsError } from './no-documents.js';
