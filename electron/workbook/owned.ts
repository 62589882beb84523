// What a municipality owns: every table with rows that belong to one
// municipality, parents first, with the SQL that selects them. The trash
// (deleting a municipality), the .omni export/import and the large-workbook
// generator all read this list. A new municipality-owned table is added here
// once (and, if its rows can be matched when merging, with its merge key).

import type Database from 'better-sqlite3';

export interface OwnedTable {
  table: string;
  /** Rows of one municipality; every `?` is its id. */
  select: string;
  /**
   * Columns that identify "the same row" when an import merges into a
   * municipality already present (compared after ids are mapped). Without
   * one, a row with an `id` is always added; a row keyed by its parents
   * (link tables) is added unless that key exists.
   */
  mergeKey?: string[];
}

const ROUNDS_OF = 'SELECT id FROM rounds WHERE municipality_id = ?';
const PLANS_OF = 'SELECT id FROM plans WHERE municipality_id = ?';

export const MUNICIPALITY_TABLES: readonly OwnedTable[] = [
  { table: 'municipalities', select: 'SELECT * FROM municipalities WHERE id = ?' },
  { table: 'municipality_content', select: 'SELECT * FROM municipality_content WHERE municipality_id = ?' },
  { table: 'units', select: 'SELECT * FROM units WHERE municipality_id = ?', mergeKey: ['municipality_id', 'name'] },
  {
    table: 'sessions',
    select: 'SELECT * FROM sessions WHERE municipality_id = ?',
    mergeKey: ['municipality_id', 'date', 'title'],
  },
  {
    table: 'session_units',
    select: 'SELECT su.* FROM session_units su JOIN sessions s ON s.id = su.session_id WHERE s.municipality_id = ?',
  },
  {
    table: 'checklist_status',
    select: 'SELECT cs.* FROM checklist_status cs JOIN units u ON u.id = cs.unit_id WHERE u.municipality_id = ?',
  },
  {
    table: 'checklist_log',
    select: 'SELECT cl.* FROM checklist_log cl JOIN units u ON u.id = cl.unit_id WHERE u.municipality_id = ?',
    mergeKey: ['unit_id', 'item_id', 'status', 'created_at'],
  },
  {
    table: 'rounds',
    select: 'SELECT * FROM rounds WHERE municipality_id = ?',
    mergeKey: ['municipality_id', 'date', 'title'],
  },
  { table: 'round_units', select: `SELECT * FROM round_units WHERE round_id IN (${ROUNDS_OF})` },
  {
    table: 'respondents',
    select: `SELECT * FROM respondents WHERE round_id IN (${ROUNDS_OF})`,
    mergeKey: ['round_id', 'number'],
  },
  {
    table: 'answers',
    select: `SELECT a.* FROM answers a JOIN respondents p ON p.id = a.respondent_id WHERE p.round_id IN (${ROUNDS_OF})`,
  },
  { table: 'consensus', select: `SELECT * FROM consensus WHERE round_id IN (${ROUNDS_OF})` },
  {
    table: 'boards',
    select: 'SELECT b.* FROM boards b JOIN sessions s ON s.id = b.session_id WHERE s.municipality_id = ?',
    mergeKey: ['session_id', 'title'],
  },
  {
    table: 'cards',
    select:
      'SELECT c.* FROM cards c JOIN boards b ON b.id = c.board_id JOIN sessions s ON s.id = b.session_id WHERE s.municipality_id = ?',
    mergeKey: ['board_id', 'text'],
  },
  {
    table: 'actions',
    select: 'SELECT * FROM actions WHERE municipality_id = ?',
    mergeKey: ['municipality_id', 'what', 'created_at'],
  },
  // A session's agenda (issue 11): its start time and ordered items with planned and actual minutes.
  {
    table: 'agendas',
    select: 'SELECT a.* FROM agendas a JOIN sessions s ON s.id = a.session_id WHERE s.municipality_id = ?',
  },
  {
    table: 'agenda_items',
    select: 'SELECT i.* FROM agenda_items i JOIN sessions s ON s.id = i.session_id WHERE s.municipality_id = ?',
    mergeKey: ['session_id', 'position', 'title'],
  },
  // The implementation plan (one per municipality) and everything in it.
  { table: 'plans', select: 'SELECT * FROM plans WHERE municipality_id = ?', mergeKey: ['municipality_id'] },
  { table: 'plan_goals', select: `SELECT * FROM plan_goals WHERE plan_id IN (${PLANS_OF})` },
  {
    table: 'plan_roles',
    select: `SELECT * FROM plan_roles WHERE plan_id IN (${PLANS_OF})`,
    mergeKey: ['plan_id', 'name'],
  },
  {
    table: 'plan_role_members',
    select: `SELECT m.* FROM plan_role_members m JOIN plan_roles r ON r.id = m.role_id WHERE r.plan_id IN (${PLANS_OF})`,
  },
  {
    table: 'plan_phases',
    select: `SELECT * FROM plan_phases WHERE plan_id IN (${PLANS_OF})`,
    mergeKey: ['plan_id', 'name', 'from_month'],
  },
  {
    table: 'plan_activities',
    select: `SELECT * FROM plan_activities WHERE plan_id IN (${PLANS_OF})`,
    mergeKey: ['plan_id', 'phase_id', 'month', 'text'],
  },
  {
    table: 'plan_activity_roles',
    select: `SELECT ar.* FROM plan_activity_roles ar JOIN plan_activities a ON a.id = ar.activity_id WHERE a.plan_id IN (${PLANS_OF})`,
  },
  {
    table: 'plan_routines',
    select: `SELECT * FROM plan_routines WHERE plan_id IN (${PLANS_OF})`,
    mergeKey: ['plan_id', 'title'],
  },
  {
    table: 'plan_evaluations',
    select: `SELECT * FROM plan_evaluations WHERE plan_id IN (${PLANS_OF})`,
    mergeKey: ['plan_id', 'month', 'routine_id'],
  },
];

/** Run a table's select for one municipality. */
export const ownedRows = (db: Database.Database, t: OwnedTable, municipalityId: string) =>
  db.prepare(t.select).all(...Array<string>((t.select.match(/\?/g) ?? []).length).fill(municipalityId)) as Record<
    string,
    unknown
  >[];
