// The session summary from a real workbook: the document the builder makes and
// the Excel file read back with exceljs. Word and PDF are read back in
// tests/e2e/session-summary.test.ts (they are written in the browser).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SavedReport, type ReportBlock } from '../../../shared/report/document';
import type { SessionReport } from '../../../shared/report/session';
import { openHarness, type Harness } from '../../support/workbook';
import { seedReportSession, type ReportFixture } from '../../support/reportFixture';
import { previousRound } from '../../../electron/api/reports';

let h: Harness;
let f: ReportFixture;
beforeAll(async () => {
  h = await openHarness();
  f = await seedReportSession((method, input) => h.ok(method as never, input as never));
});
afterAll(() => h?.close());

const tables = (r: SessionReport) =>
  r.document.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const allText = (r: SessionReport) =>
  [
    r.document.title,
    ...r.document.meta.flatMap((m) => [m.label, m.value]),
    ...r.document.blocks.flatMap((b) =>
      b.kind === 'table'
        ? [b.caption, ...b.header, ...b.rows.flat()]
        : b.kind === 'list'
          ? b.items
          : b.kind === 'figure'
            ? [b.alt]
            : [b.text],
    ),
  ].join('\n');

describe('session summary document', () => {
  it('holds the header, the work, the rounds with change, the board and the actions', async () => {
    const r = await h.ok('reports.session', { id: f.sessionId });
    expect(r.fileName).toBe('Oppsummering-Sørfold-kommune-Planleggingsdag-høst-2026-08-14');
    // The result is what the contract's schema says (the title the only level-1 heading).
    expect(SavedReport.safeParse(r).error).toBeUndefined();
    expect(r.document.lang).toBe('nb-NO');
    expect(r.document.meta).toContainEqual({ label: 'Kommune', value: 'Sørfold kommune' });
    expect(r.document.meta).toContainEqual({ label: 'Omniveileder', value: 'Åse Øvergård, Omniveileder' });
    expect(r.document.meta).toContainEqual({ label: 'Deltakere', value: '32' });
    const headings = r.document.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Hva vi arbeidet med',
        'Ståstedsanalyse',
        'Omni-trappa',
        'Tiltak',
        'Notater og neste økt',
      ]),
    );

    const text = allText(r);
    expect(text).toContain('Lovøvelse: økta gikk gjennom');
    expect(text).toContain('30 svar.');
    expect(text).toContain('«Nullpunkt» (15.01.2026, 25 svar)');
    expect(text).toContain('Styringsgruppemøte oktober');
    for (const a of [...f.actions, f.carriedAction]) expect(text).toContain(a);
    for (const c of f.cards) expect(text).toContain(c);

    // Area means and changes are the rounds' own numbers.
    const results = await h.ok('rounds.results', { id: f.roundId });
    const compare = await h.ok('rounds.compare', { a: f.baselineId, b: f.roundId });
    const areas = tables(r).find((t) => t.caption.startsWith('Snitt per område – '))!;
    expect(areas.header).toEqual(['Område', 'Snitt', 'Konsensus', 'Forrige runde', 'Endring']);
    const first = results.summary!.areas[0];
    const row = areas.rows.find((x) => x[0] === first.title)!;
    expect(row[1]).toBe(first.mean!.toFixed(2).replace('.', ','));
    expect(row[2]).toBe('3');
    const change = compare.comparison.areas.find((a) => a.areaId === first.areaId)!.change!;
    expect(row[4]).toBe(`${change < 0 ? '\u2212' : '+'}${Math.abs(change).toFixed(2).replace('.', ',')}`);

    // The leaders (3) and, to protect them, the assistants are hidden: no count, no mean.
    const breakdown = tables(r).find((t) => t.caption.startsWith('Snitt per område etter rolle'))!;
    expect(breakdown.header).toEqual(['Område', 'Alle', 'Lærer', 'Assistent', 'Leder']);
    expect(breakdown.rows[0]).toEqual([
      'Svar',
      '30',
      '20',
      'Skjult – færre enn 5 personer',
      'Skjult – færre enn 5 personer',
    ]);
    for (const row of breakdown.rows.slice(1)) expect(row.slice(3)).toEqual(['', '']);
    // The leaders answered 1 everywhere: a mean of 1,00 would be theirs alone.
    expect(text).not.toContain('1,00');

    const figures = r.document.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(2);
    for (const fig of figures) expect((fig as { svg: string }).svg).toMatch(/^<svg [^>]*role="img"/);
  });

  it('leaves out the sections the guide unticks', async () => {
    const r = await h.ok('reports.session', { id: f.sessionId, sections: { analysis: false, trappa: false } });
    const text = allText(r);
    expect(text).not.toContain('Ståstedsanalyse');
    expect(text).not.toContain(f.cards[0]);
    expect(text).toContain(f.actions[0]);
  });

  it('refuses bad input with a Norwegian message and keeps the guide profile', async () => {
    const bad = await h.call('guide.set', { name: 'x'.repeat(121) } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/kan være høyst 120 tegn/);
    expect((await h.ok('guide.get', {})).name).toBe('Åse Øvergård');
    const missing = await h.call('reports.session', { id: 'nope' });
    expect(missing.ok).toBe(false);
  });

  it('writes every table to a named Excel sheet with numbers as numbers, and no hidden group', async () => {
    const file = await h.ok('reports.sessionXlsx', { id: f.sessionId });
    expect(file.fileName).toBe('Oppsummering-Sørfold-kommune-Planleggingsdag-høst-2026-08-14.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const names = wb.worksheets.map((s) => s.name);
    expect(names[0]).toBe('Oppsummering');
    expect(names).toEqual(
      expect.arrayContaining([
        'Sjekklister arbeidet med i økta',
        'Tiltak vedtatt i økta',
        'Åpne tiltak fra tidligere økter',
      ]),
    );
    const front = wb.worksheets[0];
    expect(front.getRow(3).values).toEqual([undefined, 'Kommune', 'Sørfold kommune']);

    const results = await h.ok('rounds.results', { id: f.roundId });
    const areas = wb.worksheets.find((s) => s.name.startsWith('Snitt per område – '))!;
    expect(areas.getRow(1).values).toEqual([undefined, 'Område', 'Snitt', 'Konsensus', 'Forrige runde', 'Endring']);
    expect(areas.getRow(2).getCell(2).value).toBeCloseTo(results.summary!.areas[0].mean!, 2);
    expect(areas.getRow(2).getCell(3).value).toBe(3);
    expect(typeof areas.getRow(2).getCell(5).value).toBe('number');

    const cards = wb.worksheets.find((s) => s.name.startsWith('Kortene per trinn'))!;
    expect(cards.rowCount).toBe(1 + f.cards.length);

    const breakdown = wb.worksheets.find((s) => s.name.startsWith('Snitt per område etter rolle'))!;
    expect(breakdown.getRow(1).values).toEqual([undefined, 'Område', 'Alle', 'Lærer', 'Assistent', 'Leder']);
    expect(breakdown.getRow(2).values).toEqual([
      undefined,
      'Svar',
      30,
      20,
      'Skjult – færre enn 5 personer',
      'Skjult – færre enn 5 personer',
    ]);
    for (let r = 3; r <= breakdown.rowCount; r++) {
      expect(typeof breakdown.getRow(r).getCell(3).value).toBe('number');
      expect(breakdown.getRow(r).getCell(5).value ?? null).toBeNull();
    }
    // No sheet has answer-by-answer rows from which a group could be picked out.
    for (const sheet of wb.worksheets) expect(sheet.getRow(1).values).not.toContain('Respondent');
  });
});

describe('previous round for "change since last time"', () => {
  const round = (id: string, date: string, unitIds: string[], respondentCount = 10, createdAt = `${date}T10:00:00Z`) =>
    ({
      id,
      date,
      unitIds,
      respondentCount,
      createdAt,
      municipalityId: 'm',
      setId: 's',
      title: id,
      kind: 'follow_up',
      sessionId: null,
      revealed: true,
      updatedAt: createdAt,
    }) as const;
  it('is the latest earlier round with answers for the same units', () => {
    const now = round('now', '2026-08-14', ['a']);
    const all = [
      now,
      round('old', '2025-08-01', ['a']),
      round('newer', '2026-01-15', ['a', 'b']),
      round('empty', '2026-03-01', ['a'], 0),
      round('other', '2026-04-01', ['c']),
      round('later', '2026-09-01', ['a']),
    ];
    expect(previousRound(now, [...all])?.id).toBe('newer');
    expect(previousRound(round('solo', '2026-08-14', ['z']), all)).toBeNull();
    // Same day: the one made earlier counts as before.
    const twin = round('twin', '2026-08-14', ['a'], 5, '2026-08-14T09:00:00Z');
    expect(previousRound(now, [twin, ...all])?.id).toBe('twin');
  });
});
