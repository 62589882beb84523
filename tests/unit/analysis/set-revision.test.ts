// A corrected statement set ships as a new version of its lineage: rounds on
// the old version keep it, and compare with rounds on the new one wherever a
// statement kept its code and wording.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const revision1 = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'statements-school-revision-1.json'),
  'utf8',
);

describe('a new shipped revision of a statement set', () => {
  it('enters as version 2; a baseline on version 1 compares with a follow-up on version 2 where statements are unchanged', async () => {
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    const school = await h.ok('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
    // The workbook as the previous version left it: the school set at revision 1 only.
    await h.ok('statementSets.list', {});
    h.workbook.db
      .prepare("UPDATE statement_sets SET content = ? WHERE lineage_id = 'statements-school'")
      .run(revision1);
    h.workbook.db.prepare("DELETE FROM settings WHERE key LIKE 'analysis.shipped_revision.%'").run();
    h.close();
    h = await openHarness(h.file);

    const before = await h.ok('statementSets.list', {});
    // Listing upgrades both lineages once: a second version of each.
    const school1 = before.find((s) => s.origin === 'statements-school' && s.version === 1)!;
    const school2 = before.find((s) => s.origin === 'statements-school' && s.version === 2)!;
    expect(school2).toMatchObject({ lineageId: school1.lineageId, latest: true });
    expect(before.filter((s) => s.origin === 'statements-kindergarten').map((s) => s.version)).toEqual([1, 2]);
    expect(await h.ok('statementSets.list', {})).toHaveLength(4);

    const baseline = await h.ok('rounds.create', {
      municipalityId: m.id,
      setId: school1.id,
      title: 'Nullpunkt',
      date: '01.09.2026',
      kind: 'baseline',
      unitIds: [school.id],
    });
    for (let i = 0; i < 5; i++)
      await h.ok('rounds.saveRespondent', { roundId: baseline.id, answers: { T1: 2, H4: 2, T2: 3 } });
    const follow = await h.ok('rounds.create', {
      municipalityId: m.id,
      setId: school2.id,
      title: 'Oppfølging',
      date: '01.03.2027',
      kind: 'follow_up',
      unitIds: [school.id],
    });
    for (let i = 0; i < 5; i++)
      await h.ok('rounds.saveRespondent', { roundId: follow.id, answers: { T1: 4, H7: 3, H8: 2, T2: 4 } });
    // The baseline still shows its own wording.
    expect(
      (await h.ok('rounds.get', { id: baseline.id })).set.content.statements.find((s) => s.code === 'H4')!.text,
    ).toMatch(/kjenner og følger opp likt/);

    for (const r of [baseline, follow]) await h.ok('rounds.reveal', { id: r.id, revealed: true });
    const c = (await h.ok('rounds.compare', { a: baseline.id, b: follow.id })).comparison;
    const by = (code: string) => c.statements.find((s) => s.code === code)!;
    expect(by('T1')).toMatchObject({ comparable: true, change: 2 });
    expect(by('H4')).toMatchObject({ presence: 'a', comparable: false });
    expect(by('H7')).toMatchObject({ presence: 'b', comparable: false });
    // Rephrased from rating colleagues («Alle ansatte kjenner») to one's own knowledge: not compared.
    expect(by('T2')).toMatchObject({ presence: 'both', comparable: false });
  });

  it('the new versions split the double-barrelled statements and drop the overlaps', () => {
    const load = (name: string) =>
      JSON.parse(
        fs.readFileSync(
          path.join(import.meta.dirname, '..', '..', '..', 'resources', 'content', `${name}.json`),
          'utf8',
        ),
      ) as { revision: number; statements: { code: string; text: string }[] };
    for (const name of ['statements-school', 'statements-kindergarten']) {
      const set = load(name);
      expect(set.revision).toBe(2);
      const codes = set.statements.map((s) => s.code);
      for (const gone of ['H4', 'V1', 'F6', 'R1', 'VA2', 'VA3']) expect(codes, `${name} ${gone}`).not.toContain(gone);
      const text = set.statements.map((s) => s.text).join('\n');
      expect(text).not.toMatch(/Alle ansatte kjenner|anonyme case|Når (skolen|barnehagen) setter inn tiltak, lager vi/);
    }
    const school = load('statements-school').statements.map((s) => s.code);
    for (const gone of ['L2', 'L4']) expect(school).not.toContain(gone);
  });
});
