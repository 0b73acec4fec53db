/**
 * A document as read from an input file, before any extraction: what both input formats
 * (raw text records and JSON Lines) have in common.
 */
export interface RawParagraph {
  text: string;
  /** 1-based line where the paragraph starts, for provenance. */
  line: number;
}

export interface RawDocument {
  /** The document date, YYYY-MM-DD (already checked to be a real day). */
  date: string;
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  paragraphs: RawParagraph[];
  /** Publisher or outlet, when the input names one (JSON Lines `source`). */
  source?: string;
  url?: string;
}
