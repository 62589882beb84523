// CSV text -> rows of fields, as Norwegian Excel, LibreOffice and survey
// tools write it. Pure: no I/O, no trimming (the importer trims values).

export type CsvDelimiter = ';' | ',' | '\t' | '|';

const BOM = '\uFEFF';

/**
 * Picks the delimiter from the header line: the candidate that occurs most
 * often outside quoted fields. Ties go to semicolon (what Norwegian Excel
 * writes), then tab, then comma. A header without any candidate (a single
 * column) gets semicolon, which then never matches.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
    } else if (!inQuotes) {
      if (c === '\n' || c === '\r') break;
      if (c === ';' || c === '\t' || c === ',') counts[c]++;
    }
  }
  let best: CsvDelimiter = ';';
  for (const d of [';', '\t', ','] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Parses CSV text (RFC 4180 quoting: doubled quotes, delimiters and line
 * breaks inside quotes; CRLF, LF or CR line ends). A UTF-8 byte order mark is
 * removed, the delimiter is taken from a `sep=;` first line (which is dropped)
 * or else detected from the header line, and trailing lines
 * whose fields are all empty (Excel writes ";;;" for them) are dropped.
 *
 * Lenient where Excel is: a quote inside an unquoted field is kept as a
 * character, and text after a closing quote is appended to the field.
 */
export function parseCsv(text: string): string[][] {
  let src = text.startsWith(BOM) ? text.slice(1) : text;
  // Excel's `sep=;` first line names the delimiter and is not part of the table.
  const sep = /^"?sep=([;,\t|])"?[^\S\r\n]*(?:\r\n|\n|\r|$)/i.exec(src);
  if (sep) src = src.slice(sep[0].length);
  const delimiter = sep ? (sep[1] as CsvDelimiter) : detectDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = src.length;
  // True once the current record has any character, so that text ending with
  // a line break does not produce an extra empty record.
  let recordStarted = false;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push(row);
    row = [];
    recordStarted = false;
  };

  while (i < n) {
    const c = src[i];
    if (c === '"' && field === '') {
      // Quoted field: read to the closing quote, a run at a time.
      recordStarted = true;
      i++;
      let quoted = '';
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          quoted += src.slice(i); // unterminated: take what is there
          i = n;
          break;
        }
        quoted += src.slice(i, q);
        if (src[q + 1] === '"') {
          quoted += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field += quoted;
      continue;
    }
    if (c === delimiter) {
      recordStarted = true;
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // A run of plain characters up to the next delimiter, quote or line end.
    recordStarted = true;
    let j = i + 1;
    while (j < n) {
      const d = src[j];
      if (d === delimiter || d === '\r' || d === '\n' || d === '"') break;
      j++;
    }
    field += src.slice(i, j);
    i = j;
  }
  if (recordStarted || field !== '' || row.length > 0) endRecord();

  while (rows.length > 0 && rows[rows.length - 1].every((f) => f === '')) rows.pop();
  return rows;
}
