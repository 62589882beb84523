// A ReportDocument as an Excel workbook: a first sheet with the title, the
// header lines and a list of the tables, then one named sheet per table with
// its header row. Numeric columns are written as numbers, not text.
import ExcelJS from 'exceljs';
import { parseFormattedNumber } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { ReportBlock, ReportDocument } from '../../shared/report/document';
import { styleHeader } from '../analysis/spreadsheet';

type Table = Extract<ReportBlock, { kind: 'table' }>;

/** A sheet name Excel accepts (31 characters, no []:*?/\), unique within the workbook. */
function sheetName(caption: string, taken: Set<string>): string {
  const base =
    caption
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || t('results.table');
  let name = base;
  for (let i = 2; taken.has(name.toLocaleLowerCase('nb')); i++)
    name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLocaleLowerCase('nb'));
  return name;
}

export async function writeReportWorkbook(doc: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  workbook.title = doc.title;
  workbook.created = new Date();
  const taken = new Set<string>();

  const front = workbook.addWorksheet(sheetName(t('report.sheet.summary'), taken));
  front.addRow([t('report.sheet.label'), t('report.sheet.value')]);
  front.addRow([t('report.page.title'), doc.title]);
  for (const m of doc.meta) front.addRow([m.label, m.value]);
  front.getColumn(1).width = 28;
  front.getColumn(2).width = 80;
  styleHeader(front);

  const tables = doc.blocks.filter((b): b is Table => b.kind === 'table');
  if (tables.length) front.addRow([]);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.caption, taken));
    front.addRow([sheet.name, table.caption]);
    sheet.addRow(table.header);
    for (const row of table.rows) {
      // An empty cell stays empty; a dash ("no value") in a numeric column too.
      sheet.addRow(
        row.map((cell, i) =>
          cell === '' || (table.numeric?.[i] && cell === '–')
            ? null
            : table.numeric?.[i]
              ? (parseFormattedNumber(cell) ?? cell)
              : cell,
        ),
      );
    }
    table.header.forEach((h, i) => {
      const longest = Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length));
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(60, Math.max(10, longest + 2));
      if (longest > 60) column.alignment = { wrapText: true, vertical: 'top' };
    });
    styleHeader(sheet);
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
