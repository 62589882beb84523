// Implementation plans in the workbook: one per municipality, read and written as one aggregate
// (goals, roles with members, phases, activities, routines, evaluations).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  ActivitySave,
  EvaluationSave,
  PhaseSave,
  Plan,
  PlanItemDelete,
  PlanUpdate,
  RoleSave,
  RoutineSave,
} from '../../../shared/plan/model';
import type { PlanContent } from '../../../shared/plan/template';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';

type Row = Record<string, unknown>;
const s = (v: unknown) => v as string;

export function planRepository(db: Database.Database) {
  const all = (sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as Row[];
  const one = (sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as Row | undefined;
  const run = (sql: string, params: Record<string, unknown> | unknown[]) =>
    Array.isArray(params) ? db.prepare(sql).run(...params) : db.prepare(sql).run(params);

  function read(planRow: Row): Plan {
    const id = s(planRow.id);
    const members = new Map<string, string[]>();
    for (const m of all(
      'SELECT m.role_id, m.text FROM plan_role_members m JOIN plan_roles r ON r.id = m.role_id WHERE r.plan_id = ? ORDER BY m.position',
      id,
    )) {
      members.set(s(m.role_id), [...(members.get(s(m.role_id)) ?? []), s(m.text)]);
    }
    const activityRoles = new Map<string, string[]>();
    for (const r of all(
      'SELECT ar.activity_id, ar.role_id FROM plan_activity_roles ar JOIN plan_activities a ON a.id = ar.activity_id WHERE a.plan_id = ? ORDER BY ar.position',
      id,
    )) {
      activityRoles.set(s(r.activity_id), [...(activityRoles.get(s(r.activity_id)) ?? []), s(r.role_id)]);
    }
    return {
      id,
      municipalityId: s(planRow.municipality_id),
      title: s(planRow.title),
      templateId: (planRow.template_id as string | null) ?? null,
      startMonth: s(planRow.start_month),
      endMonth: s(planRow.end_month),
      introduction: s(planRow.introduction),
      overallGoal: s(planRow.overall_goal),
      subGoals: all('SELECT text FROM plan_goals WHERE plan_id = ? ORDER BY position', id).map((g) => s(g.text)),
      evaluationNote: s(planRow.evaluation_note),
      roles: all('SELECT * FROM plan_roles WHERE plan_id = ? ORDER BY position', id).map((r) => ({
        id: s(r.id),
        name: s(r.name),
        responsibility: s(r.responsibility),
        members: members.get(s(r.id)) ?? [],
      })),
      phases: all('SELECT * FROM plan_phases WHERE plan_id = ? ORDER BY position', id).map((p) => ({
        id: s(p.id),
        name: s(p.name),
        goal: s(p.goal),
        fromMonth: s(p.from_month),
        toMonth: s(p.to_month),
      })),
      activities: all('SELECT * FROM plan_activities WHERE plan_id = ? ORDER BY month, position', id).map((a) => ({
        id: s(a.id),
        phaseId: s(a.phase_id),
        month: s(a.month),
        text: s(a.text),
        roleIds: activityRoles.get(s(a.id)) ?? [],
        componentId: (a.component_id as Plan['activities'][number]['componentId']) ?? null,
        status: a.status as Plan['activities'][number]['status'],
        sessionId: (a.session_id as string | null) ?? null,
      })),
      routines: all('SELECT * FROM plan_routines WHERE plan_id = ? ORDER BY position', id).map((r) => ({
        id: s(r.id),
        title: s(r.title),
        intervalMonths: r.interval_months as number,
        firstMonth: s(r.first_month),
        roleId: (r.role_id as string | null) ?? null,
      })),
      evaluations: all('SELECT * FROM plan_evaluations WHERE plan_id = ? ORDER BY month, created_at', id).map((e) => ({
        id: s(e.id),
        routineId: (e.routine_id as string | null) ?? null,
        month: s(e.month),
        note: s(e.note),
        roundId: (e.round_id as string | null) ?? null,
      })),
      createdAt: s(planRow.created_at),
      updatedAt: s(planRow.updated_at),
    };
  }

  function get(id: string): Plan {
    const row = one('SELECT * FROM plans WHERE id = ?', id);
    if (!row) throw new ApiError('not_found', t('error.planNotFound'));
    return read(row);
  }
  const touch = (planId: string) => run('UPDATE plans SET updated_at = ? WHERE id = ?', [nowIso(), planId]);
  const nextPosition = (table: string, planId: string) =>
    one(`SELECT coalesce(max(position) + 1, 0) AS n FROM ${table} WHERE plan_id = ?`, planId)!.n as number;

  function replaceGoals(planId: string, goals: string[], now: string) {
    run('DELETE FROM plan_goals WHERE plan_id = ?', [planId]);
    goals.forEach((text, position) =>
      run('INSERT INTO plan_goals (plan_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
        planId,
        position,
        text,
        now,
        now,
      ]),
    );
  }
  function replaceMembers(roleId: string, members: string[], now: string) {
    run('DELETE FROM plan_role_members WHERE role_id = ?', [roleId]);
    members.forEach((text, position) =>
      run('INSERT INTO plan_role_members (role_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
        roleId,
        position,
        text,
        now,
        now,
      ]),
    );
  }
  function replaceActivityRoles(activityId: string, roleIds: string[], now: string) {
    run('DELETE FROM plan_activity_roles WHERE activity_id = ?', [activityId]);
    [...new Set(roleIds)].forEach((roleId, position) =>
      run(
        'INSERT INTO plan_activity_roles (activity_id, role_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        [activityId, roleId, position, now, now],
      ),
    );
  }
  /** An item of this plan, or a Norwegian not-found error. */
  function ownItem(table: string, planId: string, id: string) {
    if (!one(`SELECT 1 FROM ${table} WHERE id = ? AND plan_id = ?`, id, planId))
      throw new ApiError('not_found', t('error.planItemNotFound'));
  }
  function municipalityOf(planId: string): string {
    return s(get(planId).municipalityId);
  }

  return {
    get,
    forMunicipality(municipalityId: string): Plan | null {
      const row = one('SELECT * FROM plans WHERE municipality_id = ?', municipalityId);
      return row ? read(row) : null;
    },

    /** Writes a whole plan (from a template or empty). Call inside a transaction. */
    create(municipalityId: string, content: PlanContent): Plan {
      if (one('SELECT 1 FROM plans WHERE municipality_id = ?', municipalityId))
        throw new ApiError('conflict', t('error.planExists'));
      const id = newId();
      const now = nowIso();
      run(
        `INSERT INTO plans (id, municipality_id, title, template_id, start_month, end_month, introduction, overall_goal, evaluation_note, created_at, updated_at)
         VALUES (@id, @municipalityId, @title, @templateId, @startMonth, @endMonth, @introduction, @overallGoal, @evaluationNote, @now, @now)`,
        {
          id,
          municipalityId,
          title: content.title,
          templateId: content.templateId,
          startMonth: content.startMonth,
          endMonth: content.endMonth,
          introduction: content.introduction,
          overallGoal: content.overallGoal,
          evaluationNote: content.evaluationNote,
          now,
        },
      );
      replaceGoals(id, content.subGoals, now);
      content.roles.forEach((r, position) => {
        run(
          'INSERT INTO plan_roles (id, plan_id, name, responsibility, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [r.id, id, r.name, r.responsibility, position, now, now],
        );
        replaceMembers(r.id, r.members, now);
      });
      content.phases.forEach((p, position) =>
        run(
          'INSERT INTO plan_phases (id, plan_id, name, goal, from_month, to_month, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [p.id, id, p.name, p.goal, p.fromMonth, p.toMonth, position, now, now],
        ),
      );
      content.activities.forEach((a, position) => {
        run(
          'INSERT INTO plan_activities (id, plan_id, phase_id, month, text, component_id, status, session_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [a.id, id, a.phaseId, a.month, a.text, a.componentId, a.status, a.sessionId, position, now, now],
        );
        replaceActivityRoles(a.id, a.roleIds, now);
      });
      content.routines.forEach((r, position) =>
        run(
          'INSERT INTO plan_routines (id, plan_id, title, interval_months, first_month, role_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [r.id, id, r.title, r.intervalMonths, r.firstMonth, r.roleId, position, now, now],
        ),
      );
      return get(id);
    },

    update(input: z.output<typeof PlanUpdate>): Plan {
      const current = get(input.id);
      const now = nowIso();
      const start = input.startMonth ?? current.startMonth;
      const end = input.endMonth ?? current.endMonth;
      if (end < start)
        throw new ApiError('invalid_input', t('plan.validation.planPeriod'), {
          endMonth: t('plan.validation.planPeriod'),
        });
      run(
        'UPDATE plans SET title = ?, introduction = ?, overall_goal = ?, evaluation_note = ?, start_month = ?, end_month = ?, updated_at = ? WHERE id = ?',
        [
          input.title ?? current.title,
          input.introduction ?? current.introduction,
          input.overallGoal ?? current.overallGoal,
          input.evaluationNote ?? current.evaluationNote,
          start,
          end,
          now,
          input.id,
        ],
      );
      if (input.subGoals) replaceGoals(input.id, input.subGoals, now);
      return get(input.id);
    },

    saveRole(input: z.output<typeof RoleSave>): Plan {
      get(input.planId);
      const now = nowIso();
      let id = input.id;
      if (id) {
        ownItem('plan_roles', input.planId, id);
        run('UPDATE plan_roles SET name = ?, responsibility = ?, updated_at = ? WHERE id = ?', [
          input.name,
          input.responsibility,
          now,
          id,
        ]);
      } else {
        id = newId();
        run(
          'INSERT INTO plan_roles (id, plan_id, name, responsibility, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [id, input.planId, input.name, input.responsibility, nextPosition('plan_roles', input.planId), now, now],
        );
      }
      replaceMembers(id, input.members, now);
      touch(input.planId);
      return get(input.planId);
    },

    savePhase(input: z.output<typeof PhaseSave>): Plan {
      get(input.planId);
      const now = nowIso();
      if (input.id) {
        ownItem('plan_phases', input.planId, input.id);
        run('UPDATE plan_phases SET name = ?, goal = ?, from_month = ?, to_month = ?, updated_at = ? WHERE id = ?', [
          input.name,
          input.goal,
          input.fromMonth,
          input.toMonth,
          now,
          input.id,
        ]);
      } else {
        run(
          'INSERT INTO plan_phases (id, plan_id, name, goal, from_month, to_month, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            newId(),
            input.planId,
            input.name,
            input.goal,
            input.fromMonth,
            input.toMonth,
            nextPosition('plan_phases', input.planId),
            now,
            now,
          ],
        );
      }
      touch(input.planId);
      return get(input.planId);
    },

    saveActivity(input: z.output<typeof ActivitySave>): Plan {
      const plan = get(input.planId);
      if (!plan.phases.some((p) => p.id === input.phaseId))
        throw new ApiError('invalid_input', t('error.planPhaseNotFound'), { phaseId: t('error.planPhaseNotFound') });
      const roles = new Set(plan.roles.map((r) => r.id));
      if (!input.roleIds.every((r) => roles.has(r)))
        throw new ApiError('invalid_input', t('error.planRoleNotFound'), { roleIds: t('error.planRoleNotFound') });
      if (input.sessionId) {
        const session = one('SELECT municipality_id FROM sessions WHERE id = ?', input.sessionId);
        if (!session) throw new ApiError('not_found', t('error.sessionNotFound'));
        if (session.municipality_id !== plan.municipalityId)
          throw new ApiError('invalid_input', t('error.planSessionOther'), { sessionId: t('error.planSessionOther') });
      }
      const now = nowIso();
      let id = input.id;
      if (id) {
        ownItem('plan_activities', input.planId, id);
        run(
          'UPDATE plan_activities SET phase_id = ?, month = ?, text = ?, component_id = ?, status = ?, session_id = ?, updated_at = ? WHERE id = ?',
          [input.phaseId, input.month, input.text, input.componentId, input.status, input.sessionId, now, id],
        );
      } else {
        id = newId();
        run(
          'INSERT INTO plan_activities (id, plan_id, phase_id, month, text, component_id, status, session_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            id,
            input.planId,
            input.phaseId,
            input.month,
            input.text,
            input.componentId,
            input.status,
            input.sessionId,
            nextPosition('plan_activities', input.planId),
            now,
            now,
          ],
        );
      }
      replaceActivityRoles(id, input.roleIds, now);
      touch(input.planId);
      return get(input.planId);
    },

    saveRoutine(input: z.output<typeof RoutineSave>): Plan {
      const plan = get(input.planId);
      if (input.roleId && !plan.roles.some((r) => r.id === input.roleId))
        throw new ApiError('invalid_input', t('error.planRoleNotFound'), { roleId: t('error.planRoleNotFound') });
      const now = nowIso();
      if (input.id) {
        ownItem('plan_routines', input.planId, input.id);
        run(
          'UPDATE plan_routines SET title = ?, interval_months = ?, first_month = ?, role_id = ?, updated_at = ? WHERE id = ?',
          [input.title, input.intervalMonths, input.firstMonth, input.roleId, now, input.id],
        );
      } else {
        run(
          'INSERT INTO plan_routines (id, plan_id, title, interval_months, first_month, role_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            newId(),
            input.planId,
            input.title,
            input.intervalMonths,
            input.firstMonth,
            input.roleId,
            nextPosition('plan_routines', input.planId),
            now,
            now,
          ],
        );
      }
      touch(input.planId);
      return get(input.planId);
    },

    saveEvaluation(input: z.output<typeof EvaluationSave>): Plan {
      const plan = get(input.planId);
      if (input.routineId && !plan.routines.some((r) => r.id === input.routineId)) {
        throw new ApiError('invalid_input', t('error.planRoutineNotFound'), {
          routineId: t('error.planRoutineNotFound'),
        });
      }
      if (input.roundId) {
        const round = one('SELECT municipality_id FROM rounds WHERE id = ?', input.roundId);
        if (!round) throw new ApiError('not_found', t('error.roundNotFound'));
        if (round.municipality_id !== plan.municipalityId)
          throw new ApiError('invalid_input', t('error.planRoundOther'), { roundId: t('error.planRoundOther') });
      }
      const now = nowIso();
      if (input.id) {
        ownItem('plan_evaluations', input.planId, input.id);
        run(
          'UPDATE plan_evaluations SET routine_id = ?, month = ?, note = ?, round_id = ?, updated_at = ? WHERE id = ?',
          [input.routineId, input.month, input.note, input.roundId, now, input.id],
        );
      } else {
        run(
          'INSERT INTO plan_evaluations (id, plan_id, routine_id, month, note, round_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [newId(), input.planId, input.routineId, input.month, input.note, input.roundId, now, now],
        );
      }
      touch(input.planId);
      return get(input.planId);
    },

    /** Checks that the item to delete belongs to the plan (the deletion itself goes through the trash). */
    assertItem(input: z.output<typeof PlanItemDelete>): void {
      const table = {
        role: 'plan_roles',
        phase: 'plan_phases',
        activity: 'plan_activities',
        routine: 'plan_routines',
        evaluation: 'plan_evaluations',
      }[input.kind];
      ownItem(table, input.planId, input.id);
      touch(input.planId);
    },

    municipalityOf,
  };
}
