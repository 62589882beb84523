// A representative workbook through the real API: every table holds rows
// (municipality content, checklists with history, a status-analysis round with
// consensus, an Omni-trappa board with cards and actions, and the trash).
import type { Harness } from './workbook';

export interface Sample {
  municipalityId: string;
  otherMunicipalityId: string;
  roundId: string;
  boardId: string;
}

export async function fillSample(h: Harness, name = 'Beiarn'): Promise<Sample> {
  const m = await h.ok('municipalities.create', { name, county: 'Nordland', note: 'Prøvekommune' });
  const other = await h.ok('municipalities.create', { name: `${name} nabo`, county: 'Nordland' });
  await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-fauske' });
  const units = [];
  for (const [i, kind] of (['school', 'kindergarten', 'leisure'] as const).entries()) {
    units.push(
      await h.ok('units.create', {
        municipalityId: m.id,
        name: `Enhet ${i + 1} (${kind})`,
        kind,
        staffCount: 10 + i,
        contactRole: 'Rektor',
      }),
    );
  }
  await h.ok('units.create', { municipalityId: other.id, name: 'Nabo skole', kind: 'school' });
  const session = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Oppstart',
    participantCount: 40,
    notes: 'Notater',
    unitIds: units.map((u) => u.id),
  });
  const later = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-10-02',
    kind: 'staff_day',
    title: 'Oppfølging',
    unitIds: [units[0].id],
  });
  const content = (await h.ok('content.get', { municipalityId: m.id }))!.content;
  const items = content.components.flatMap((c) => c.items.map((it) => it.id)).slice(0, 4);
  for (const [i, itemId] of items.entries()) {
    await h.ok('checklists.set', { unitId: units[0].id, itemId, status: 'in_progress', sessionId: session.id });
    if (i % 2 === 0)
      await h.ok('checklists.set', {
        unitId: units[0].id,
        itemId,
        status: 'in_place',
        confirmedBy: 'Rektor',
        note: 'På plass',
        sessionId: later.id,
      });
  }
  const set = (await h.ok('statementSets.list', {})).find((s) => s.origin === 'statements-school')!;
  const round = await h.ok('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Kartlegging høst',
    date: '2026-09-01',
    kind: 'baseline',
    unitIds: units.slice(0, 2).map((u) => u.id),
    sessionId: session.id,
  });
  const codes = set.content.statements.map((s) => s.code);
  for (let r = 0; r < 8; r++) {
    const answers: Record<string, number | 'dont_know' | null> = {};
    codes.forEach((code, i) => (answers[code] = (r + i) % 7 === 0 ? 'dont_know' : 1 + ((r * 3 + i) % 4)));
    await h.ok('rounds.saveRespondent', {
      roundId: round.id,
      role: r % 2 ? 'teacher' : 'assistant',
      unitId: units[r % 2].id,
      answers,
    });
  }
  await h.ok('rounds.setConsensus', { roundId: round.id, target: `statement:${codes[0]}`, value: 3 });
  await h.ok('rounds.reveal', { id: round.id, revealed: true });
  const board = await h.ok('boards.create', { sessionId: session.id, title: 'Trappa', unitId: units[0].id });
  const cardIds = ['k1', 'k2', 'k3'].map((c) => `${board.id.slice(0, 8)}-${c}`);
  for (const [i, id] of cardIds.entries())
    await h.ok('boards.apply', {
      boardId: board.id,
      command: { type: 'add', card: { id, text: `Kort ${i + 1}: elevene trives` } },
    });
  await h.ok('boards.apply', { boardId: board.id, command: { type: 'move', id: cardIds[0], step: 3, position: 0 } });
  await h.ok('boards.apply', { boardId: board.id, command: { type: 'vote', id: cardIds[0], delta: 4 } });
  await h.ok('actions.create', {
    sessionId: session.id,
    cardId: cardIds[0],
    unitId: units[0].id,
    category: 'promote',
    what: 'Fadderordning i friminuttene',
    who: 'Rektor',
    due: '2026-12-01',
  });
  await h.ok('actions.create', { sessionId: later.id, category: 'stop', what: 'Slutte med utskjelling', unitId: null });
  await h.ok('sessions.close', { id: later.id });
  // The session's agenda: a welcome and the round.
  await h.ok('agenda.setStart', { sessionId: session.id, startTime: '08:30' });
  await h.ok('agenda.add', { sessionId: session.id, kind: 'welcome', title: 'Velkommen', plannedMinutes: 10 });
  await h.ok('agenda.add', {
    sessionId: session.id,
    kind: 'round',
    title: 'Ståstedsanalysen',
    plannedMinutes: 45,
    refId: round.id,
  });
  // An implementation plan from the Beiarn template, one activity carried out in the session.
  const plan = await h.ok('plans.create', { municipalityId: m.id, templateId: 'beiarn', startMonth: '2026-08' });
  await h.ok('plans.saveActivity', { ...plan.activities[0], planId: plan.id, status: 'done', sessionId: session.id });
  await h.ok('plans.saveEvaluation', {
    planId: plan.id,
    routineId: plan.routines[0]?.id ?? null,
    month: '2026-09',
    note: 'Kartleggingen var spørreundersøkelsen',
    roundId: round.id,
  });
  // Deletions that can still be undone.
  const gone = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-11-11',
    kind: 'other',
    title: 'Slettet møte',
    unitIds: [units[1].id],
  });
  await h.ok('sessions.delete', { id: gone.id });
  const goneUnit = await h.ok('units.create', {
    municipalityId: m.id,
    name: 'Nedlagt barnehage',
    kind: 'kindergarten',
  });
  await h.ok('units.delete', { id: goneUnit.id });
  return { municipalityId: m.id, otherMunicipalityId: other.id, roundId: round.id, boardId: board.id };
}
