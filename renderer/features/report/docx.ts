// A ReportDocument as an editable Word file (docx package): real heading
// styles, real tables with a repeating header row, charts as pictures with alt
// text (SVG with a PNG fallback), document language nb-NO and the title set:
// what Uutilsynet checks in a municipal Word document.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { t } from '../../../shared/i18n';
import type { ReportBlock, ReportDocument } from '../../../shared/report/document';

/** Turns a figure's SVG into PNG bytes (in the browser: svgToPng). */
export type Rasterize = (svg: string, width: number, height: number) => Promise<Uint8Array>;

const FONT = 'Arial';
const INK = '1A1A1A';
const HEADER_FILL = 'E8EEF4';
/** A4 with 2.5 cm margins: 16 cm of text width, in pixels at 96 dpi. */
const TEXT_WIDTH_PX = 605;
const TEXT_WIDTH_TWIPS = 9072;
const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };

function cell(text: string, width: number, { header = false, numeric = false } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // Plain cells stay small (style, no run properties): a summary has hundreds of them.
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: numeric ? AlignmentType.RIGHT : undefined,
        children: [header ? new TextRun({ text, bold: true }) : new TextRun(text)],
      }),
    ],
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
  });
}

/** Column widths in twips over the text width: by the longest word and text of each column. */
function columnWidths(block: Extract<ReportBlock, { kind: 'table' }>): number[] {
  const weights = block.header.map((h, i) => {
    const texts = [h, ...block.rows.map((r) => r[i] ?? '')];
    const longestWord = Math.max(...texts.flatMap((x) => x.split(/\s+/).map((w) => w.length)));
    const longest = Math.max(...texts.map((x) => x.length));
    return Math.max(longestWord * 1.4 + 3, Math.min(longest, 60) * 0.8);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS));
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const numeric = (i: number) => Boolean(block.numeric?.[i]);
  const widths = columnWidths(block);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map((h, i) => cell(h, widths[i], { header: true, numeric: numeric(i) })),
        }),
        ...block.rows.map(
          (row) =>
            new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i], { numeric: numeric(i) })) }),
        ),
      ],
    }),
  ];
}

async function figure(
  block: Extract<ReportBlock, { kind: 'figure' }>,
  rasterize: Rasterize,
  n: number,
  gap?: { before: number },
): Promise<Paragraph[]> {
  const scale = Math.min(1, TEXT_WIDTH_PX / block.width);
  const png = await rasterize(block.svg, block.width, block.height);
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(block.svg),
    fallback: { type: 'png', data: png },
    transformation: { width: Math.round(block.width * scale), height: Math.round(block.height * scale) },
    altText: {
      name: t('report.figure', { n }),
      title: block.caption ?? block.alt.split('. ')[0],
      description: block.alt,
    },
  });
  const out = [new Paragraph({ keepNext: Boolean(block.caption), spacing: gap, children: [image as ParagraphChild] })];
  if (block.caption) out.push(new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }));
  return out;
}

export async function writeDocx(doc: ReportDocument, rasterize: Rasterize): Promise<Blob> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
  ];
  // Space comes from the paragraphs' own spacing, never from empty paragraphs (a screen reader reads
  // those out as «tom»): the last line of the metadata block and what follows a table take it.
  doc.meta.forEach((m, i) =>
    children.push(
      new Paragraph({
        spacing: { after: i === doc.meta.length - 1 ? 320 : 40 },
        children: [new TextRun({ text: `${m.label}: `, bold: true }), new TextRun(m.value)],
      }),
    ),
  );
  let figures = 0;
  for (const block of doc.blocks) {
    // Under a table the next paragraph keeps its distance (headings and captions have their own).
    const gap = children.at(-1) instanceof Table ? { before: 240 } : undefined;
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({ heading: LEVELS[block.level], keepNext: true, children: [new TextRun(block.text)] }),
        );
        break;
      case 'paragraph':
        children.push(new Paragraph({ spacing: gap, children: [new TextRun(block.text)] }));
        break;
      case 'list':
        block.items.forEach((item, i) =>
          children.push(
            new Paragraph({ bullet: { level: 0 }, spacing: i === 0 ? gap : undefined, children: [new TextRun(item)] }),
          ),
        );
        break;
      case 'table':
        children.push(...table(block));
        break;
      case 'figure':
        children.push(...(await figure(block, rasterize, ++figures, gap)));
        break;
    }
  }

  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: INK },
    paragraph: { spacing: { before, after: 120 } },
  });
  const document = new Document({
    title: doc.title,
    creator: t('app.name'),
    description: doc.meta.map((m) => `${m.label}: ${m.value}`).join('; '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK, language: { value: doc.lang } },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: heading(36, 0),
        heading2: heading(30, 360),
        heading3: heading(25, 240),
      },
      paragraphStyles: [
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } },
        },
        children,
      },
    ],
  });
  return Packer.toBlob(document);
}
