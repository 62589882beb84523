// Every method of the contract, called with valid input through the real
// handlers on a real workbook, returns exactly what its output schema says:
// it parses, and parsing changes nothing (no field the schema does not name,
// so nothing leaks past the schema, e.g. from a round's results). A method
// without a fixture here fails the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type Input, type MethodName, type Output } from '../../shared/api/contract';
import { outputProblem } from '../../shared/api/outputs';
import type { ContentPack } from '../../shared/content/pack';
import { seedReportSession, type ReportFixture } from '../support/reportFixture';
import { openHarness, type Harness } from '../support/workbook';

const ROOT = path.join(import.meta.dirname, '..', '..');
const revision1 = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'resources', 'content', 'revisions', 'omni-beiarn-1.json'), 'utf8'),
) as ContentPack;

/** Ids the steps pass on to later steps. */
type Ctx = ReportFixture & Record<string, string>;

interface Step {
  method: MethodName;
  input: (c: Ctx) => unknown;
  keep?: (value: never, c: Ctx) => void;
}
const step = <K extends MethodName>(
  method: K,
  input: (c: Ctx) => Input<K> | Promise<Input<K>>,
  keep?: (value: Output<K>, c: Ctx) => void,
): Step => ({ method, input, keep: keep as Step['keep'] });

let h: Harness;
let ctx: Ctx;
const called = new Map<MethodName, number>();

/** Round 1 of the Beiarn content with the guide's edits, as an older version stored it: two notices. */
async function storeEditedRevision1(municipalityId: string) {
  const mine = structuredClone(revision1);
  const law = mine.lawChecklists.find((l) => l.id === 'beiarn-law-school')!;
  law.items.find((i) => i.id === 'beiarn-law-school-report')!.text = 'Vi varsler rektor med en gang.';
  mine.staircase[4].title = 'Foreldrene tar over bildet';
  h.workbook.db
    .prepare(
      'UPDATE municipality_content SET pack_version = 1, content = ?, edited = 1, revision_notices = ? WHERE municipality_id = ?',
    )
    .run(JSON.stringify(mine), '[]', municipalityId);
  const notices = (await h.ok('content.get', { municipalityId }))!.notices.map((n) => n.key);
  expect(notices.sort()).toEqual(['item:beiarn-law-school-report', 'step-title:5']);
}

const csv = (name: string) => fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'import', name)).toString('base64');

const steps: Step[] = [
  step('workbook.info', () => ({})),
  step('municipalities.list', () => ({})),
  step('municipalities.get', (c) => ({ id: c.municipalityId })),
  step(
    'municipalities.create',
    () => ({ name: 'Saltdal', county: 'Nordland' }),
    (m, c) => (c.m2 = m.id),
  ),
  step('municipalities.update', (c) => ({ id: c.m2, note: 'Ny avtale', allowContactNames: true })),
  step('units.list', (c) => ({ municipalityId: c.municipalityId })),
  step(
    'units.create',
    (c) => ({ municipalityId: c.m2, name: 'Saltdal skole', kind: 'school', contactName: 'Kari' }),
    (u, c) => (c.unit2 = u.id),
  ),
  step('units.update', (c) => ({ id: c.unit2, staffCount: 12 })),
  step('sessions.list', (c) => ({ municipalityId: c.municipalityId })),
  step('sessions.get', (c) => ({ id: c.sessionId })),
  step(
    'sessions.create',
    (c) => ({ municipalityId: c.m2, date: '2026-09-01', kind: 'planning_day', title: 'Oppstart', unitIds: [c.unit2] }),
    (s, c) => (c.session2 = s.id),
  ),
  step('sessions.update', (c) => ({ id: c.session2, notes: 'Gruppearbeid' })),

  step('content.packs', () => ({})),
  step('content.get', (c) => ({ municipalityId: c.municipalityId })),
  step(
    'content.choose',
    (c) => ({ municipalityId: c.m2, packId: 'omni-beiarn' }),
    (content, c) => {
      const list = content.content.components[0];
      c.list = list.id;
      c.listTitle = list.title;
      c.item = list.items[0].id;
      c.itemText = list.items[0].text;
    },
  ),
  step('content.updateList', (c) => ({
    municipalityId: c.m2,
    listId: c.list,
    title: c.listTitle,
    items: [{ id: c.item, text: `${c.itemText} (vår tekst)` }],
  })),
  step('content.updateStep', (c) => ({ municipalityId: c.m2, step: 1, title: 'Trinn én', description: 'Vår tekst' })),
  step('content.reset', (c) => ({ municipalityId: c.m2 })),
  step('content.acceptNotice', async (c) => {
    await storeEditedRevision1(c.m2);
    return { municipalityId: c.m2, key: 'item:beiarn-law-school-report' };
  }),
  step('content.dismissNotice', (c) => ({ municipalityId: c.m2, key: 'step-title:5' })),

  step('checklists.get', (c) => ({ unitId: c.unit2 })),
  step('checklists.set', (c) => ({ unitId: c.unit2, itemId: c.item, status: 'in_place', sessionId: c.session2 })),
  step('checklists.history', (c) => ({ unitId: c.unit2, itemId: c.item })),
  step('progress.municipality', (c) => ({ municipalityId: c.municipalityId })),
  step('sessions.checklistWork', (c) => ({ id: c.sessionId })),

  step(
    'statementSets.list',
    () => ({}),
    (sets, c) => (c.set = sets.find((s) => s.origin === 'statements-school')!.id),
  ),
  step(
    'statementSets.copy',
    (c) => ({ id: c.set, name: 'Vår egen' }),
    (s, c) => (c.set2 = s.id),
  ),
  step('statementSets.save', async (c) => {
    const set = (await h.ok('statementSets.list', {})).find((s) => s.id === c.set2)!;
    return { id: c.set2, content: { ...set.content, description: 'Vår versjon' } };
  }),
  step('rounds.list', (c) => ({ municipalityId: c.municipalityId })),
  step('rounds.get', (c) => ({ id: c.roundId })),
  step(
    'rounds.create',
    (c) => ({
      municipalityId: c.m2,
      setId: c.set,
      title: 'Kartlegging',
      date: '2026-09-01',
      kind: 'baseline',
      unitIds: [c.unit2],
      sessionId: c.session2,
    }),
    (r, c) => (c.round2 = r.id),
  ),
  step('rounds.saveRespondent', (c) => ({
    roundId: c.round2,
    role: 'teacher',
    unitId: c.unit2,
    answers: { T1: 3, T2: 'dont_know', T3: null },
  })),
  step('rounds.deleteRespondent', (c) => ({ roundId: c.round2, number: 1 })),
  step('rounds.previewImport', (c) => ({
    roundId: c.round2,
    fileName: 'school-30.csv',
    dataBase64: csv('school-30.csv'),
  })),
  step('rounds.previewImport', (c) => ({
    roundId: c.round2,
    fileName: 'out-of-range.csv',
    dataBase64: csv('out-of-range.csv'),
  })),
  step('rounds.import', (c) => ({ roundId: c.round2, fileName: 'school-30.csv', dataBase64: csv('school-30.csv') })),
  step('rounds.setConsensus', (c) => ({ roundId: c.round2, target: 'statement:T1', value: 3 })),
  // Results while hidden, then revealed: the baseline and the follow-up whose leaders are suppressed.
  step('rounds.results', (c) => ({ id: c.round2 })),
  step('rounds.reveal', (c) => ({ id: c.round2, revealed: true })),
  step('rounds.results', (c) => ({ id: c.round2 })),
  step('rounds.results', (c) => ({ id: c.roundId })),
  step('rounds.compare', (c) => ({ a: c.baselineId, b: c.roundId })),
  step('rounds.exportXlsx', (c) => ({ id: c.roundId, includeRespondents: true })),
  step('analysis.threshold', () => ({})),
  step('analysis.setThreshold', () => ({ value: 5 })),

  step('boards.list', (c) => ({ sessionId: c.sessionId })),
  step(
    'boards.create',
    (c) => ({ sessionId: c.session2, title: 'Bord 1', unitId: c.unit2 }),
    (b, c) => (c.board2 = b.id),
  ),
  step('boards.get', (c) => ({ id: c.boardId })),
  step('boards.rename', (c) => ({ id: c.board2, title: 'Bord 2' })),
  step('boards.apply', (c) => ({
    boardId: c.board2,
    command: { type: 'add', card: { id: `${c.board2.slice(0, 8)}-k1`, text: 'Elevene hilser', step: 2 } },
  })),
  step('boards.setTimer', (c) => ({
    boardId: c.board2,
    timer: { durationMs: 600_000, endsAt: null, remainingMs: 420_000 },
  })),
  step('boards.get', (c) => ({ id: c.board2 })),
  step('actions.list', (c) => ({ sessionId: c.sessionId })),
  step(
    'actions.create',
    (c) => ({ sessionId: c.session2, unitId: c.unit2, category: 'promote', what: 'Fadderordning', due: '01.12.2026' }),
    (a, c) => (c.action2 = a.id),
  ),
  step('actions.update', (c) => ({ id: c.action2, status: 'done' })),
  step('actions.forUnit', (c) => ({ unitId: c.unit2 })),
  step('sessions.close', (c) => ({ id: c.session2 })),
  step('sessions.reopen', (c) => ({ id: c.session2 })),

  step('reports.session', (c) => ({ id: c.sessionId })),
  step('reports.sessionXlsx', (c) => ({ id: c.sessionId })),
  step('guide.get', () => ({})),
  step('guide.set', () => ({ name: 'Åse Øvergård', title: 'Omniveileder', contact: 'ase@example.no' })),

  step('plans.templates', () => ({})),
  step(
    'plans.create',
    (c) => ({ municipalityId: c.m2, templateId: 'beiarn', startMonth: '2026-08' }),
    (p, c) => {
      c.plan = p.id;
    },
  ),
  step('plans.get', (c) => ({ municipalityId: c.m2 })),
  step('plans.update', (c) => ({ id: c.plan, overallGoal: 'Trygge barn', subGoals: ['Færre konflikter'] })),
  step('plans.saveRole', (c) => ({ planId: c.plan, name: 'Helsesykepleier', members: ['Helsestasjonen'] })),
  step('plans.savePhase', (c) => ({ planId: c.plan, name: 'Ekstra', fromMonth: '2027-01', toMonth: '2027-06' })),
  step('plans.saveActivity', async (c) => {
    const plan = (await h.ok('plans.get', { municipalityId: c.m2 })).plan!;
    return { ...plan.activities[0], planId: c.plan, status: 'done', sessionId: c.session2 };
  }),
  step('plans.saveRoutine', async (c) => {
    const plan = (await h.ok('plans.get', { municipalityId: c.m2 })).plan!;
    c.role = plan.roles.find((r) => r.name === 'Helsesykepleier')!.id;
    c.routine = plan.routines[0].id;
    return { ...plan.routines[0], planId: c.plan, roleId: c.role };
  }),
  step('plans.saveEvaluation', (c) => ({
    planId: c.plan,
    routineId: c.routine,
    month: '2026-09',
    note: 'Kartleggingen ble gjort',
    roundId: c.round2,
  })),
  step('plans.deleteItem', (c) => ({ planId: c.plan, kind: 'role', id: c.role })),
  step('plans.report', (c) => ({ municipalityId: c.m2, today: '2026-11-23' })),

  step('agenda.get', (c) => ({ sessionId: c.session2 })),
  step('agenda.setStart', (c) => ({ sessionId: c.session2, startTime: '08:30' })),
  step('agenda.add', (c) => ({ sessionId: c.session2, kind: 'welcome', title: 'Velkommen', plannedMinutes: 10 })),
  step(
    'agenda.add',
    (c) => ({ sessionId: c.session2, kind: 'round', title: 'Analysen', plannedMinutes: 40, refId: c.round2 }),
    (a, c) => {
      c.item1 = a.items[0].id;
      c.item2 = a.items[1].id;
    },
  ),
  step('agenda.update', (c) => ({ id: c.item1, title: 'Velkommen, alle', plannedMinutes: 5 })),
  step('agenda.move', (c) => ({ id: c.item2, position: 0 })),
  step('presenter.set', (c) => ({ sessionId: c.session2, itemId: c.item2, theme: 'light' })),
  step('presenter.state', () => ({})),
  step('agenda.delete', (c) => ({ id: c.item1 })),

  step(
    'omni.export',
    (c) => ({ municipalityId: c.m2 }),
    (f, c) => (c.omni = f.dataBase64),
  ),
  step('omni.preview', (c) => ({ dataBase64: c.omni })),
  step('omni.import', (c) => ({ dataBase64: c.omni, mode: 'copy' })),

  step('trash.preview', (c) => ({ kind: 'municipality', id: c.m2 })),
  step('plans.delete', (c) => ({ id: c.plan })),
  step('rounds.delete', (c) => ({ id: c.round2 })),
  step('boards.delete', (c) => ({ id: c.board2 })),
  step('sessions.delete', (c) => ({ id: c.session2 })),
  step('units.delete', (c) => ({ id: c.unit2 })),
  step(
    'municipalities.delete',
    (c) => ({ id: c.m2 }),
    (e, c) => (c.trashed = e.id),
  ),
  step('trash.list', () => ({})),
  step('trash.restore', (c) => ({ id: c.trashed })),

  step('backups.list', () => ({})),
  step(
    'backups.create',
    () => ({}),
    (b, c) => (c.backup = b.name),
  ),
  step('backups.openFolder', () => ({})),
  step('backups.restore', (c) => ({ name: c.backup })),
];

beforeAll(async () => {
  h = await openHarness();
  const call = (method: string, input: unknown) => h.ok(method as MethodName, input as never);
  ctx = (await seedReportSession(call as Parameters<typeof seedReportSession>[0])) as Ctx;
});
afterAll(() => h.close());

describe('every result matches its output schema', () => {
  it('every method of the contract has a fixture here', () => {
    const covered = new Set(steps.map((s) => s.method));
    expect(methodNames.filter((m) => !covered.has(m))).toEqual([]);
  });

  it.each(steps.map((s, i) => [`${i + 1}. ${s.method}`, s] as const))('%s', async (_, s) => {
    const r = await h.call(s.method, (await s.input(ctx)) as never);
    if (!r.ok) throw new Error(`${s.method}: ${r.error.code} ${r.error.message}`);
    expect(outputProblem(s.method, r.value)).toBeNull();
    // What the renderer gets over HTTP is the JSON of it: the same.
    expect(outputProblem(s.method, JSON.parse(JSON.stringify(r.value)))).toBeNull();
    s.keep?.(r.value as never, ctx);
    called.set(s.method, (called.get(s.method) ?? 0) + 1);
  });

  it('a round shown with a suppressed group: the fixture exercised what the schemas guard', async () => {
    const results = await h.ok('rounds.results', { id: ctx.roundId });
    expect(results.status).toBe('shown');
    expect(results.byRole?.groups.some((g) => g.suppressed && g.summary === null && g.respondents === null)).toBe(true);
    expect(methodNames.filter((m) => !called.has(m))).toEqual([]);
  });

  it('an extra field, a missing field or a wrong type is a problem', async () => {
    const results = await h.ok('rounds.results', { id: ctx.roundId });
    expect(outputProblem('rounds.results', results)).toBeNull();
    expect(outputProblem('rounds.results', { ...results, respondents: [] })).toMatch(/unrecognized_keys respondents/);
    const group = results.byRole!.groups[0];
    const leaky = { ...results, byRole: { ...results.byRole!, groups: [{ ...group, unitIds: ['x'] }] } };
    expect(outputProblem('rounds.results', leaky)).toMatch(/byRole\.groups\.0: unrecognized_keys unitIds/);
    // A nested object that strips unknown keys (the round) is caught by the comparison after parsing.
    expect(outputProblem('rounds.results', { ...results, round: { ...results.round, secret: 1 } })).toMatch(
      /round\.secret: not in the output schema/,
    );
    const { threshold: _, ...missing } = results;
    expect(outputProblem('rounds.results', missing)).toMatch(/threshold/);
    expect(outputProblem('municipalities.list', [{ name: 'x' }])).toMatch(/invalid_type/);
  });
});
