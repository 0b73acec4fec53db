/**
 * Bad input: names the file and line at fault so the author of the document can fix it. Line 0
 * means the problem is the file itself (missing, unsupported type).
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${problem}` : `${file}: ${problem}`);
    this.name = 'IngestError';
  }
}
