// `npm run gen:workbook -- --size large [--out FILE]`: a generated workbook the
// size a guide reaches, for the bench and for trying the app at scale.
//   large (four years): 50 municipalities, 600 units, 2,000 sessions, 400
//   rounds with 100,000 respondents, 1,000 boards with 30,000 cards, and
//   implementation plans for 30 of the municipalities with 3,000 activities.
// Parents go in through the real API (so content, statement sets, rounds and
// plans are exactly what the app makes: a plan starts from the shipped Beiarn
// template, with its goals, organisation, phases and routines); the bulk rows
// (checklists, respondents and answers, cards, actions, plan activities and
// evaluations) go in as raw rows through one prepared statement per table, in
// one transaction per municipality. Deterministic (seeded).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkbookDispatch } from '../electron/api/handlers';
import { openWorkbook } from '../electron/workbook/connection';
import { newId } from '../electron/workbook/rows';
import { addMonths, monthIndex, monthOf, monthOfDate, routineOccurrences, type Plan } from '../shared/plan/model';

export const SIZES = {
  small: {
    municipalities: 5,
    unitsPer: 6,
    sessionsPer: 8,
    roundsPer: 2,
    respondentsPer: 40,
    boardsPer: 4,
    cardsPer: 20,
    plans: 3,
    activitiesPerPlan: 30,
  },
  medium: {
    municipalities: 20,
    unitsPer: 10,
    sessionsPer: 20,
    roundsPer: 4,
    respondentsPer: 120,
    boardsPer: 10,
    cardsPer: 25,
    plans: 12,
    activitiesPerPlan: 60,
  },
  large: {
    municipalities: 50,
    unitsPer: 12,
    sessionsPer: 40,
    roundsPer: 8,
    respondentsPer: 250,
    boardsPer: 20,
    cardsPer: 30,
    plans: 30,
    activitiesPerPlan: 100,
  },
} as const;
export type Size = keyof typeof SIZES;

const KINDS = ['school', 'kindergarten', 'leisure', 'other'] as const;
const SESSION_KINDS = ['staff_day', 'planning_day', 'steering_group', 'parent_meeting', 'other'] as const;
const ROLES = ['teacher', 'assistant', 'leader', 'other'] as const;
const STATUSES = ['not_started', 'in_progress', 'in_place'] as const;
const COLORS = ['yellow', 'blue', 'green', 'pink'] as const;
const FFSS = ['promote', 'prevent', 'stop', 'support'] as const;

/** Plan activities before this month are mostly done; from it on they are planned. */
export const PLAN_AS_OF = '2026-06';
/** What a generated plan activity says; {c} is a core component's title, {u} a unit's name. */
const ACTIVITY_TEXTS = [
  'Personalmøte om «{c}» på {u}',
  'Opplæring for ledere: «{c}»',
  'Arbeid med Omni-trappa i personalgruppen på {u}',
  'Ståstedsanalyse med de ansatte på {u}',
  'Veiledning av team på {u}: «{c}»',
  'Styringsgruppen følger opp «{c}»',
  'Foreldremøte om trygt og godt miljø på {u}',
  'Erfaringsdeling mellom enhetene om «{c}»',
] as const;

/** Bumped when what the generator writes changes, so a cached workbook is made again. */
export const GENERATOR_REVISION = 3;

export async function generateWorkbook(
  file: string,
  size: Size,
  log: (s: string) => void = () => undefined,
): Promise<void> {
  const spec = SIZES[size];
  fs.rmSync(file, { force: true });
  for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const wb = await openWorkbook(file);
  const db = wb.db;
  db.pragma('synchronous = OFF'); // generation only: a crash here just means generating again
  const dispatch = createWorkbookDispatch(wb);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  let seed = 13;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const day = (start: number, i: number) =>
    new Date(Date.UTC(2023, 0, 1) + (start + i * 37) * 86_400_000).toISOString().slice(0, 10);
  const stamp = (d: string) => `${d}T09:00:00.000Z`;

  const sets = await call<{ id: string; origin: string; content: { statements: { code: string }[] } }[]>(
    'statementSets.list',
    {},
  );
  const insert = {
    status: db.prepare(
      'INSERT INTO checklist_status (unit_id, item_id, status, confirmed_by, note, session_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    log: db.prepare(
      'INSERT INTO checklist_log (id, unit_id, item_id, status, previous_status, confirmed_by, note, session_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    respondent: db.prepare(
      "INSERT INTO respondents (id, round_id, number, role, unit_id, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'import', ?, ?)",
    ),
    answer: db.prepare(
      'INSERT INTO answers (respondent_id, code, value, dont_know, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    card: db.prepare(
      'INSERT INTO cards (id, board_id, text, grp, color, step, position, votes, deleted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)',
    ),
    action: db.prepare(
      'INSERT INTO actions (id, municipality_id, session_id, card_id, unit_id, category, what, who, due, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    activity: db.prepare(
      'INSERT INTO plan_activities (id, plan_id, phase_id, month, text, component_id, status, session_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    activityRole: db.prepare(
      'INSERT INTO plan_activity_roles (activity_id, role_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    evaluation: db.prepare(
      'INSERT INTO plan_evaluations (id, plan_id, routine_id, month, note, round_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };

  /**
   * Grows a plan made from the template to `activitiesPerPlan` activities, each inside its phase's
   * months, with one or two of the plan's roles, a core component for most, done or planned by
   * PLAN_AS_OF, linked to a session of that month now and then; and records the evaluations its
   * routines called for up to PLAN_AS_OF (a few missed), the yearly one with a status-analysis round.
   */
  function writePlanRows(
    plan: Plan,
    units: readonly { name: string }[],
    sessions: readonly { id: string; date: string }[],
    rounds: readonly { id: string }[],
    components: readonly { id: Plan['activities'][number]['componentId']; title: string }[],
  ) {
    const sessionIn = new Map<string, string>();
    for (const s of sessions) if (!sessionIn.has(monthOfDate(s.date))) sessionIn.set(monthOfDate(s.date), s.id);
    // Every month of every phase in order; activity k lands at month k * months / count.
    const months = plan.phases.flatMap((p) => {
      const out: { phaseId: string; month: string }[] = [];
      for (let i = monthIndex(p.fromMonth); i <= monthIndex(p.toMonth); i++)
        out.push({ phaseId: p.id, month: monthOf(i) });
      return out;
    });
    const extra = spec.activitiesPerPlan - plan.activities.length;
    const asOf = monthIndex(PLAN_AS_OF);
    const at = stamp(`${plan.startMonth}-01`);
    for (let k = 0; k < extra; k++) {
      const { phaseId, month } = months[Math.floor((k * months.length) / extra)];
      const component = k % 5 === 4 ? null : components[k % components.length];
      const text = ACTIVITY_TEXTS[k % ACTIVITY_TEXTS.length]
        .replace('{c}', component?.title ?? 'Omnimodellen')
        .replace('{u}', units[k % units.length].name);
      const x = rnd();
      const past = monthIndex(month) < asOf;
      const status = !past ? 'planned' : x < 0.85 ? 'done' : x < 0.9 ? 'postponed' : x < 0.95 ? 'cancelled' : 'planned';
      const sessionId = k % 2 === 0 ? (sessionIn.get(month) ?? null) : null;
      const id = newId();
      insert.activity.run(
        id,
        plan.id,
        phaseId,
        month,
        text,
        component?.id ?? null,
        status,
        sessionId,
        plan.activities.length + k,
        at,
        at,
      );
      const roles = [plan.roles[k % plan.roles.length], plan.roles[(k * 3 + 1) % plan.roles.length]];
      for (const [position, role] of [...new Set(roles)].slice(0, 1 + (k % 2)).entries())
        insert.activityRole.run(id, role.id, position, at, at);
    }
    for (const [ri, routine] of plan.routines.entries()) {
      for (const [oi, month] of routineOccurrences(routine, plan.endMonth).entries()) {
        if (monthIndex(month) >= asOf || oi % 4 === 3) continue; // not yet, or missed
        const held = addMonths(month, oi % 2);
        insert.evaluation.run(
          newId(),
          plan.id,
          routine.id,
          held,
          `Gjennomgang ${oi + 1}: ${pick(['tiltakene virker', 'mer tid til oppfølging', 'justert framdrift', 'god deltakelse'])}.`,
          ri === 1 && rounds.length > 0 ? rounds[oi % rounds.length].id : null,
          stamp(`${held}-15`),
          stamp(`${held}-15`),
        );
      }
    }
    insert.evaluation.run(newId(), plan.id, null, plan.startMonth, 'Oppstartsmøte med styringsgruppen.', null, at, at);
  }

  for (let mi = 0; mi < spec.municipalities; mi++) {
    const m = await call<{ id: string }>('municipalities.create', {
      name: `Kommune ${String(mi + 1).padStart(2, '0')}`,
      county: pick(['Nordland', 'Troms', 'Vestland', 'Innlandet']),
    });
    const content = await call<{
      content: {
        components: { id: Plan['activities'][number]['componentId']; title: string; items: { id: string }[] }[];
      };
    }>('content.choose', {
      municipalityId: m.id,
      packId: mi % 2 ? 'omni-beiarn' : 'omni-fauske',
    });
    const itemIds = content.content.components.flatMap((c) => c.items.map((i) => i.id));
    const units: { id: string; name: string; kind: string }[] = [];
    for (let u = 0; u < spec.unitsPer; u++) {
      const kind = KINDS[u % 3];
      units.push({
        ...(await call<{ id: string; name: string }>('units.create', {
          municipalityId: m.id,
          name: `${kind === 'school' ? 'Skole' : kind === 'kindergarten' ? 'Barnehage' : 'Fritid'} ${u + 1}`,
          kind,
          staffCount: 10 + (u % 30),
        })),
        kind,
      });
    }
    const sessions: { id: string; date: string }[] = [];
    for (let s = 0; s < spec.sessionsPer; s++) {
      const date = day(mi, s);
      const unitIds = [units[s % units.length].id, units[(s + 1) % units.length].id];
      sessions.push({
        ...(await call<{ id: string }>('sessions.create', {
          municipalityId: m.id,
          date,
          kind: pick(SESSION_KINDS),
          title: `Økt ${s + 1}`,
          participantCount: 10 + (s % 50),
          notes: 'Generert',
          unitIds,
        })),
        date,
      });
    }
    const rounds: { id: string; date: string; unitIds: string[]; codes: string[]; revealed: boolean }[] = [];
    for (let r = 0; r < spec.roundsPer; r++) {
      const unitKind = r % 2 ? 'kindergarten' : 'school';
      const set = sets.find((x) => x.origin === `statements-${unitKind}`) ?? sets[0];
      const unitIds = units.filter((u) => u.kind === unitKind).map((u) => u.id);
      const date = day(mi, r * 5);
      const round = await call<{ id: string }>('rounds.create', {
        municipalityId: m.id,
        setId: set.id,
        title: `Kartlegging ${r + 1}`,
        date,
        kind: r < 2 ? 'baseline' : 'follow_up',
        unitIds,
        sessionId: sessions[r * 5].id,
      });
      rounds.push({
        id: round.id,
        date,
        unitIds,
        codes: set.content.statements.map((x) => x.code),
        revealed: r % 3 === 0,
      });
    }
    const boards: { id: string; sessionId: string; date: string }[] = [];
    for (let b = 0; b < spec.boardsPer; b++) {
      const session = sessions[b % sessions.length];
      boards.push({
        ...(await call<{ id: string }>('boards.create', {
          sessionId: session.id,
          title: `Trappa ${b + 1}`,
          unitId: units[b % units.length].id,
        })),
        sessionId: session.id,
        date: session.date,
      });
    }
    // A plan for a share of the municipalities, spread evenly, started from the Beiarn template.
    const hasPlan =
      Math.floor(((mi + 1) * spec.plans) / spec.municipalities) > Math.floor((mi * spec.plans) / spec.municipalities);
    const plan = hasPlan
      ? await call<Plan>('plans.create', {
          municipalityId: m.id,
          templateId: 'beiarn',
          startMonth: addMonths(monthOfDate(sessions[0].date), 2 + (mi % 4)),
        })
      : null;

    db.transaction(() => {
      if (plan) writePlanRows(plan, units, sessions, rounds, content.content.components);
      for (const [ui, unit] of units.entries()) {
        for (const [ii, itemId] of itemIds.entries()) {
          if ((ui + ii) % 4 === 3) continue;
          const session = sessions[(ui + ii) % sessions.length];
          const steps = 1 + ((ui + ii) % 3);
          let previous: string | null = null;
          for (let k = 0; k < steps; k++) {
            const status = STATUSES[Math.min(2, k + ((ii + ui) % 2))];
            insert.log.run(
              newId(),
              unit.id,
              itemId,
              status,
              previous,
              k === steps - 1 ? 'Rektor' : '',
              '',
              session.id,
              stamp(day(mi, ui + ii + k)),
              stamp(day(mi, ui + ii + k)),
            );
            previous = status;
          }
          insert.status.run(
            unit.id,
            itemId,
            previous,
            'Rektor',
            '',
            session.id,
            stamp(session.date),
            stamp(session.date),
          );
        }
      }
      for (const round of rounds) {
        const at = stamp(round.date);
        for (let n = 1; n <= spec.respondentsPer; n++) {
          const id = newId();
          insert.respondent.run(id, round.id, n, pick(ROLES), round.unitIds[n % round.unitIds.length] ?? null, at, at);
          for (const code of round.codes) {
            const x = rnd();
            if (x < 0.03) continue; // no answer
            if (x < 0.08) insert.answer.run(id, code, null, 1, at, at);
            else insert.answer.run(id, code, 1 + Math.floor(rnd() * 4), 0, at, at);
          }
        }
      }
      for (const board of boards) {
        const at = stamp(board.date);
        const positions = new Map<number | null, number>();
        const cardIds: string[] = [];
        for (let c = 0; c < spec.cardsPer; c++) {
          const step = c < 4 ? null : 1 + (c % 7);
          const position = positions.get(step) ?? 0;
          positions.set(step, position + 1);
          const id = newId();
          cardIds.push(id);
          insert.card.run(
            id,
            board.id,
            `Observasjon ${c + 1}: elevene ${pick(['trives', 'samarbeider', 'blir sett', 'deltar'])} i ${pick(['friminuttet', 'klasserommet', 'garderoben'])}`,
            `Gruppe ${c % 5}`,
            pick(COLORS),
            step,
            position,
            Math.floor(rnd() * 6),
            at,
            at,
          );
        }
        for (let a = 0; a < 5; a++) {
          insert.action.run(
            newId(),
            m.id,
            board.sessionId,
            cardIds[a + 4],
            null,
            FFSS[a % 4],
            `Tiltak ${a + 1} fra ${board.id.slice(0, 4)}`,
            'Ledergruppa',
            null,
            a % 3 === 0 ? 'done' : 'open',
            at,
            at,
          );
        }
      }
    })();
    // Revealed once its forms are in, as a guide does: the reveal freezes what the room is shown.
    for (const round of rounds) if (round.revealed) await call('rounds.reveal', { id: round.id, revealed: true });
    log(`kommune ${mi + 1}/${spec.municipalities}`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  wb.close();
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]).replace(/\.ts$/, '') === path.resolve(import.meta.dirname, 'gen-workbook');
if (isMain) {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'large' }, out: { type: 'string' } },
    allowPositionals: false,
  });
  const size = values.size as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const out = path.resolve(values.out ?? path.join('data', `generated-${size}.omni.sqlite`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const t0 = performance.now();
  await generateWorkbook(out, size, (s) => process.stdout.write(`\r${s}   `));
  console.log(
    `\n${out}: ${(fs.statSync(out).size / 1024 / 1024).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}
