// Implementation plans through the API on a real workbook: create from the template, edit, link a
// session, bad input refused with the workbook unchanged, delete with undo, the report.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, tempDir, type Harness } from '../../support/workbook';
import { SavedReport } from '../../../shared/report/document';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const count = (table: string) => (h.workbook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function setup() {
  const m = await h.ok('municipalities.create', { name: 'Beiarn' });
  const session = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2027-10-14',
    kind: 'steering_group',
    title: 'Oppstartsmøte',
  });
  const plan = await h.ok('plans.create', { municipalityId: m.id, templateId: 'beiarn', startMonth: '08.2026' });
  return { m, session, plan };
}

describe('plans', () => {
  it('a municipality has no plan until one is made; the Beiarn template starts where the guide says', async () => {
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan).toBeNull();
    expect(await h.ok('plans.templates', {})).toEqual([expect.objectContaining({ id: 'beiarn' })]);
    const plan = await h.ok('plans.create', { municipalityId: m.id, templateId: 'beiarn', startMonth: '2026-08' });
    expect(plan).toMatchObject({ startMonth: '2026-08', endMonth: '2030-07', templateId: 'beiarn' });
    expect(plan.roles.map((r) => r.name)).toContain('Styringsgruppe');
    expect(plan.roles.find((r) => r.name === 'Styringsgruppe')!.members).toContain('Barnehagestyrere');
    expect(plan.activities).toHaveLength(16);
    const detail = await h.ok('plans.get', { municipalityId: m.id });
    expect(detail.plan).toEqual(plan);
    expect(detail.components.map((c) => c.id)).toEqual([
      'mindset',
      'staircase',
      'analysis',
      'action',
      'law',
      'values',
      'follow-up',
    ]);
    // One plan per municipality.
    const again = await h.call('plans.create', { municipalityId: m.id, templateId: null, startMonth: '2026-08' });
    expect(again.ok === false && again.error.message).toBe('Kommunen har allerede en implementeringsplan.');
  });

  it('an activity is marked done by the session that carried it out; the session cannot come from another municipality', async () => {
    const { session, plan } = await setup();
    const first = plan.activities[0];
    const done = await h.ok('plans.saveActivity', { ...first, planId: plan.id, status: 'done', sessionId: session.id });
    expect(done.activities.find((a) => a.id === first.id)).toMatchObject({
      status: 'done',
      sessionId: session.id,
      roleIds: first.roleIds,
    });

    const other = await h.ok('municipalities.create', { name: 'Saltdal' });
    const foreign = await h.ok('sessions.create', {
      municipalityId: other.id,
      date: '2026-09-01',
      kind: 'other',
      title: 'Annet',
    });
    const before = await h.ok('plans.get', { municipalityId: plan.municipalityId });
    const r = await h.call('plans.saveActivity', {
      ...first,
      planId: plan.id,
      status: 'planned',
      sessionId: foreign.id,
    });
    expect(r.ok === false && r.error.message).toBe('Økta hører til en annen kommune.');
    expect((await h.ok('plans.get', { municipalityId: plan.municipalityId })).plan).toEqual(before.plan);

    // Deleting the session unlinks it; restoring the session links it again.
    const entry = await h.ok('sessions.delete', { id: session.id });
    expect(
      (await h.ok('plans.get', { municipalityId: plan.municipalityId })).plan!.activities.find(
        (a) => a.id === first.id,
      )!.sessionId,
    ).toBeNull();
    await h.ok('trash.restore', { id: entry.id });
    expect(
      (await h.ok('plans.get', { municipalityId: plan.municipalityId })).plan!.activities.find(
        (a) => a.id === first.id,
      )!.sessionId,
    ).toBe(session.id);
  });

  it('bad input is refused in Norwegian and changes nothing', async () => {
    const { plan } = await setup();
    const bad = await h.call('plans.savePhase', {
      planId: plan.id,
      name: 'Fase',
      fromMonth: '2027-05',
      toMonth: '2027-01',
    });
    expect(bad.ok === false && bad.error.message).toBe('Fasen kan ikke slutte før den starter.');
    const month = await h.call('plans.saveActivity', {
      planId: plan.id,
      phaseId: plan.phases[0].id,
      month: 'mars',
      text: 'X',
    });
    expect(month.ok === false && month.error.message).toBe('Måned må være en måned (mm.åååå).');
    const empty = await h.call('plans.create', {
      municipalityId: plan.municipalityId,
      templateId: 'nope',
      startMonth: '2026-13',
    });
    expect(empty.ok).toBe(false);
    expect(count('plan_phases')).toBe(4);
    expect(count('plan_activities')).toBe(16);
  });

  it('goals, roles, phases, routines and evaluations are edited; an evaluation can name the round that served as survey', async () => {
    const { m, plan } = await setup();
    let p = await h.ok('plans.update', {
      id: plan.id,
      overallGoal: 'Alle barn trygge',
      subGoals: ['Færre krenkelser', 'Flere voksne ute'],
    });
    expect(p).toMatchObject({ overallGoal: 'Alle barn trygge', subGoals: ['Færre krenkelser', 'Flere voksne ute'] });
    p = await h.ok('plans.update', { id: plan.id, endMonth: '12.2029' });
    expect(p).toMatchObject({ startMonth: '2026-08', endMonth: '2029-12' });
    const backwards = await h.call('plans.update', { id: plan.id, startMonth: '2030-01' });
    expect(backwards.ok === false && backwards.error.message).toBe('Planen kan ikke slutte før den starter.');
    p = await h.ok('plans.saveRole', { planId: plan.id, name: 'Helsesykepleier', members: ['Helsestasjonen'] });
    const nurse = p.roles.at(-1)!;
    expect(nurse).toMatchObject({ name: 'Helsesykepleier', members: ['Helsestasjonen'] });
    p = await h.ok('plans.savePhase', { planId: plan.id, name: 'Ekstra', fromMonth: '2030-01', toMonth: '2030-06' });
    const extra = p.phases.at(-1)!;
    p = await h.ok('plans.saveActivity', {
      planId: plan.id,
      phaseId: extra.id,
      month: '2030-02',
      text: 'Helsedag',
      roleIds: [nurse.id],
      componentId: 'values',
    });
    expect(p.activities.find((a) => a.text === 'Helsedag')).toMatchObject({
      roleIds: [nurse.id],
      componentId: 'values',
      status: 'planned',
    });
    const set = (await h.ok('statementSets.list', {}))[0];
    const round = await h.ok('rounds.create', {
      municipalityId: m.id,
      setId: set.id,
      title: 'Elevrunde 2027',
      kind: 'baseline',
      date: '2027-11-10',
    });
    const routine = p.routines[1];
    p = await h.ok('plans.saveEvaluation', {
      planId: plan.id,
      routineId: routine.id,
      month: '2027-11',
      roundId: round.id,
      note: 'Runden var undersøkelsen',
    });
    expect(p.evaluations).toEqual([
      expect.objectContaining({ routineId: routine.id, roundId: round.id, month: '2027-11' }),
    ]);
    // Deleting the round keeps the evaluation without its link; undo links it again.
    const roundGone = await h.ok('rounds.delete', { id: round.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan!.evaluations[0].roundId).toBeNull();
    await h.ok('trash.restore', { id: roundGone.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan!.evaluations[0].roundId).toBe(round.id);
    // Deleting the role takes it off the activity (which then needs a responsible); undo puts it back.
    const get = async () => (await h.ok('plans.get', { municipalityId: m.id })).plan!;
    p = await h.ok('plans.saveRoutine', { ...p.routines[0], planId: plan.id, roleId: nurse.id });
    const before = await get();
    const roleGone = await h.ok('plans.deleteItem', { planId: plan.id, kind: 'role', id: nurse.id });
    expect(roleGone).toMatchObject({ kind: 'plan_role', label: 'Helsesykepleier', municipalityId: m.id });
    expect((await get()).activities.find((a) => a.text === 'Helsedag')!.roleIds).toEqual([]);
    expect((await get()).routines[0].roleId).toBeNull();
    await h.ok('trash.restore', { id: roleGone.id });
    expect({ ...(await get()), updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    // A phase goes with its activities and comes back with them; an activity cannot come back without its phase.
    const activityGone = await h.ok('plans.deleteItem', {
      planId: plan.id,
      kind: 'activity',
      id: before.activities.find((a) => a.text === 'Helsedag')!.id,
    });
    const phaseGone = await h.ok('plans.deleteItem', { planId: plan.id, kind: 'phase', id: extra.id });
    expect((await get()).phases.map((x) => x.id)).not.toContain(extra.id);
    const orphan = await h.call('trash.restore', { id: activityGone.id });
    expect(orphan.ok === false && orphan.error.message).toBe(
      '«Helsedag» kan ikke hentes tilbake fordi fasen er slettet. Hent fasen tilbake først.',
    );
    await h.ok('trash.restore', { id: phaseGone.id });
    await h.ok('trash.restore', { id: activityGone.id });
    expect({ ...(await get()), updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    // An evaluation and a routine: the evaluation keeps its link to the routine through undo.
    const routineGone = await h.ok('plans.deleteItem', { planId: plan.id, kind: 'routine', id: routine.id });
    expect((await get()).evaluations[0].routineId).toBeNull();
    await h.ok('trash.restore', { id: routineGone.id });
    expect((await get()).evaluations[0].routineId).toBe(routine.id);
    // An item of another plan is not found.
    const r = await h.call('plans.deleteItem', { planId: plan.id, kind: 'phase', id: 'not-there' });
    expect(r.ok === false && r.error.message).toBe('Fant ikke punktet i planen. Det kan være slettet.');
  });

  it('a deleted plan comes back whole with undo, also inside a deleted municipality', async () => {
    const { m, session, plan } = await setup();
    await h.ok('plans.saveActivity', { ...plan.activities[2], planId: plan.id, status: 'done', sessionId: session.id });
    const full = (await h.ok('plans.get', { municipalityId: m.id })).plan;
    const entry = await h.ok('plans.delete', { id: plan.id });
    expect(entry).toMatchObject({ kind: 'plan', label: plan.title, municipalityId: m.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan).toBeNull();
    expect(count('plan_activities') + count('plan_role_members') + count('plan_activity_roles')).toBe(0);
    await h.ok('trash.restore', { id: entry.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan).toEqual(full);

    // A new plan made since: the old one is not put back over it.
    const again = await h.ok('plans.delete', { id: plan.id });
    const fresh = await h.ok('plans.create', { municipalityId: m.id, templateId: null, startMonth: '2027-01' });
    const refused = await h.call('trash.restore', { id: again.id });
    expect(refused.ok === false && refused.error.message).toBe(
      '«Implementeringsplan for Omnimodellen» kan ikke hentes tilbake fordi kommunen har fått en ny implementeringsplan. Slett den nye først.',
    );
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan!.id).toBe(fresh.id);
    await h.ok('plans.delete', { id: fresh.id });
    await h.ok('trash.restore', { id: again.id });

    const gone = await h.ok('municipalities.delete', { id: m.id });
    expect(count('plans')).toBe(0);
    await h.ok('trash.restore', { id: gone.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan).toEqual(full);
  });

  it('the plan report holds goals, organisation, schedule, the timeline figure and the warnings', async () => {
    const { m, session, plan } = await setup();
    await h.ok('plans.saveActivity', { ...plan.activities[0], planId: plan.id, status: 'done', sessionId: session.id });
    const report = await h.ok('plans.report', { municipalityId: m.id, today: '2026-11-23' });
    // The result is what the contract's schema says (the title the only level-1 heading).
    expect(SavedReport.safeParse(report).error).toBeUndefined();
    const { document: doc, fileName } = report;
    expect(fileName).toBe('Implementeringsplan-Beiarn-2026-11-23');
    expect(doc.title).toBe('Implementeringsplan – Beiarn');
    expect(doc.meta).toContainEqual({ label: 'Planperiode', value: 'aug. 2026–juli 2030' });
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Mål',
        'Organisering og ansvar',
        'Tidslinje',
        'Framdriftsplan',
        'Evaluering',
        'Å se på',
        'Oppstartsfase (aug. 2026–jan. 2027)',
      ]),
    );
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables[0].rows[0]).toEqual([
      'okt. 2027',
      'Oppstartsmøte for styringsgruppen',
      'Kommunalsjef for oppvekst og læring, Prosjektleder',
      '',
      'Gjennomført',
      'Oppstartsmøte (14.10.2027)',
    ]);
    const figure = doc.blocks.find((b) => b.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.svg).toContain('1 av 16 aktiviteter gjennomført');
    const warnings = doc.blocks.filter((b) => b.kind === 'list').at(-1);
    expect(
      warnings?.kind === 'list' && warnings.items.some((i) => i.includes('ligger utenfor fasen «Oppstartsfase»')),
    ).toBe(true);
    const none = await h.call('plans.report', {
      municipalityId: (await h.ok('municipalities.create', { name: 'Tom' })).id,
    });
    expect(none.ok === false && none.error.message).toBe('Fant ikke implementeringsplanen. Den kan være slettet.');
  });
});

describe('migration 005 on an older workbook', () => {
  it('a version-1 workbook upgrades, keeps its deletion undoable, and takes a plan that can be deleted and restored', async () => {
    h.close();
    const file = path.join(tempDir(), 'workbook.omni.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'workbook-v1.omni.sqlite'), file);
    h = await openHarness(file);
    const [m] = await h.ok('municipalities.list', {});
    const plan = await h.ok('plans.create', { municipalityId: m.id, templateId: 'beiarn', startMonth: '2026-08' });
    const [old] = await h.ok('trash.list', {});
    expect(old).toMatchObject({ kind: 'session', label: 'Slettet møte' });
    const entry = await h.ok('plans.delete', { id: plan.id });
    expect((await h.ok('trash.list', {})).map((e) => e.kind)).toEqual(['plan', 'session']);
    await h.ok('trash.restore', { id: entry.id });
    await h.ok('trash.restore', { id: old.id });
    expect((await h.ok('plans.get', { municipalityId: m.id })).plan).toEqual(plan);
  });
});
