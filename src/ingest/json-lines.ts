/** JSON Lines input: one event per line, `{"date","text","source"?,"url"?}`. */
import { z } from 'zod';
import { isRealDay } from '../dataset/schema.js';
import type { RawDocument } from './document.js';
import { IngestError } from './errors.js';

const JsonLineSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "date" as YYYY-MM-DD'),
  text: z.string().trim().min(1, '"text" is empty'),
  source: z.string().optional(),
  url: z.string().optional(),
});

export function parseJsonLines(text: string, file: string): RawDocument[] {
  const documents: RawDocument[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      throw new IngestError(file, line, `broken JSON: ${(error as Error).message}`);
    }
    const parsed = JsonLineSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message,
      );
      throw new IngestError(file, line, `invalid event: ${problems.join('; ')}`);
    }
    const { date, source, url } = parsed.data;
    if (!isRealDay(date)) throw new IngestError(file, line, `impossible date ${date}`);
    const document: RawDocument = {
      date,
      file,
      line,
      paragraphs: [{ text: parsed.data.text.replace(/\s+/g, ' ').trim(), line }],
    };
    if (source !== undefined && source.trim() !== '') document.source = source.trim();
    if (url !== undefined && url.trim() !== '') document.url = url.trim();
    documents.push(document);
  });
  return documents;
}
