// A report as plain data: what the session summary and the plan report say, independent of the
// format it is written to (Word, the print-styled view that becomes a PDF, the screen preview).
// Builders in the main process turn workbook data into a ReportDocument; writers turn it into files.

/** One block of a report, in reading order. Text is plain (no markup); the writer styles it. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A real table: `header` is its header row; `numeric[i]` right-aligns column i. */
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; numeric?: boolean[] }
  /** A chart or picture as SVG (drawn by pure code in shared/), with the alt text every format keeps. */
  | { kind: 'figure'; svg: string; alt: string; width: number; height: number; caption?: string };

export interface ReportDocument {
  /** The document title (set as the file's title property). */
  title: string;
  /** Document language, for Word and the tagged PDF. */
  lang: 'nb-NO';
  /** Label/value lines shown under the title (municipality, date, guide, ...). */
  meta: { label: string; value: string }[];
  blocks: ReportBlock[];
}
