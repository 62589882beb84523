// Implementation plans: one per municipality, with goals, organisation, phases and activities,
// evaluation routines and the evaluations held. A plan can be deleted and restored (trash kind 'plan').
import type { Migration } from './types';

const migration: Migration = {
  version: 8,
  name: 'implementation plans: goals, organisation, schedule, evaluation',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        municipality_id TEXT NOT NULL UNIQUE REFERENCES municipalities(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        template_id TEXT,
        start_month TEXT NOT NULL CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        end_month TEXT NOT NULL CHECK (end_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        introduction TEXT NOT NULL DEFAULT '',
        overall_goal TEXT NOT NULL DEFAULT '',
        evaluation_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_goals (
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_roles (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        responsibility TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_roles_by_plan ON plan_roles(plan_id, position);

      -- Members of a role: roles or offices, or names where the municipality allows names.
      CREATE TABLE plan_role_members (
        role_id TEXT NOT NULL REFERENCES plan_roles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (role_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_phases (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        goal TEXT NOT NULL DEFAULT '',
        from_month TEXT NOT NULL,
        to_month TEXT NOT NULL CHECK (to_month >= from_month),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_phases_by_plan ON plan_phases(plan_id, position);

      -- component_id is a core component id of the municipality's content pack.
      CREATE TABLE plan_activities (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES plan_phases(id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        component_id TEXT,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'postponed', 'cancelled')),
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_activities_by_plan ON plan_activities(plan_id, month);
      CREATE INDEX plan_activities_by_phase ON plan_activities(phase_id);
      CREATE INDEX plan_activities_by_session ON plan_activities(session_id);

      CREATE TABLE plan_activity_roles (
        activity_id TEXT NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
        role_id TEXT NOT NULL REFERENCES plan_roles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (activity_id, role_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_activity_roles_by_role ON plan_activity_roles(role_id);

      CREATE TABLE plan_routines (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        interval_months INTEGER NOT NULL CHECK (interval_months BETWEEN 1 AND 60),
        first_month TEXT NOT NULL,
        role_id TEXT REFERENCES plan_roles(id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_routines_by_plan ON plan_routines(plan_id, position);

      -- An evaluation held; round_id names the status-analysis round that served as the survey.
      CREATE TABLE plan_evaluations (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        routine_id TEXT REFERENCES plan_routines(id) ON DELETE SET NULL,
        month TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        round_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_evaluations_by_plan ON plan_evaluations(plan_id, month);
      CREATE INDEX plan_evaluations_by_round ON plan_evaluations(round_id);

      -- Plans and their items can be deleted and restored: the trash accepts the new kinds.
      CREATE TABLE trash_v8 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'unit', 'session', 'round', 'board', 'plan', 'plan_role', 'plan_phase', 'plan_activity', 'plan_routine', 'plan_evaluation')),
        label TEXT NOT NULL,
        municipality_id TEXT,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        schema_version INTEGER CHECK (schema_version IS NULL OR schema_version >= 1)
      ) STRICT;
      INSERT INTO trash_v8 SELECT id, kind, label, municipality_id, payload, created_at, updated_at, schema_version FROM trash ORDER BY rowid;
      DROP TABLE trash;
      ALTER TABLE trash_v8 RENAME TO trash;
    `);
  },
};

export default migration;
