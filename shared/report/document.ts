// A report as plain data: what the session summary and the plan report say, independent of the
// format it is written to (Word, the print-styled view that becomes a PDF, the screen preview).
// Builders in the main process turn workbook data into a ReportDocument; writers turn it into files.
// The schema is the contract's result type for every report method.
import { z } from 'zod';

/**
 * One block of a report, in reading order. Text is plain (no markup); the writer styles it.
 * The document title is the only level-1 heading: blocks use levels 2 and 3.
 */
export const ReportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  /** A real table: `header` is its header row; `numeric[i]` right-aligns column i. */
  z.object({
    kind: z.literal('table'),
    caption: z.string(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    numeric: z.array(z.boolean()).optional(),
  }),
  /** A chart or picture as SVG (drawn by pure code in shared/), with the alt text every format keeps. */
  z.object({
    kind: z.literal('figure'),
    svg: z.string(),
    alt: z.string().min(1),
    width: z.number().positive(),
    height: z.number().positive(),
    caption: z.string().optional(),
  }),
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

export const ReportDocument = z.object({
  /** The document title (set as the file's title property). */
  title: z.string().min(1),
  /** Document language, for Word and the tagged PDF. */
  lang: z.literal('nb-NO'),
  /** Label/value lines shown under the title (municipality, date, guide, ...). */
  meta: z.array(z.object({ label: z.string(), value: z.string() })),
  blocks: z.array(ReportBlock),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

/** A report ready to save: the document and its file name without extension. */
export const SavedReport = z.object({
  document: ReportDocument,
  /** Municipality, subject and date, Norwegian letters kept. */
  fileName: z.string().min(1),
});
export type SavedReport = z.infer<typeof SavedReport>;
