// Domain vocabulary and the zod schemas for everything that crosses the API.
// Input schemas carry the guide-facing Norwegian messages; they are the
// validation at the API boundary for both transports.
import { z } from 'zod';
import { t, type MessageKey } from './i18n';
import { isIsoDate, parseDate } from './format';

export const UNIT_KINDS = ['school', 'kindergarten', 'leisure', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const SESSION_KINDS = ['staff_day', 'planning_day', 'steering_group', 'parent_meeting', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const TRASH_KINDS = [
  'municipality',
  'unit',
  'session',
  'round',
  'board',
  'plan',
  'plan_role',
  'plan_phase',
  'plan_activity',
  'plan_routine',
  'plan_evaluation',
  'agenda_item',
] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export const LIMITS = {
  name: 120,
  county: 80,
  role: 80,
  title: 200,
  note: 5000,
  notes: 20000,
  count: 100000,
} as const;

const field = (label: MessageKey) => t(label);

/** The one schema for a free-text field: trimmed, at most `max` characters, required unless `required` is false. */
export function text(label: MessageKey, max: number, required = true) {
  let schema = z.string({ error: () => t('validation.invalid', { field: field(label) }) }).trim();
  if (required) schema = schema.min(1, { error: () => t('validation.required', { field: field(label) }) });
  return schema.max(max, { error: () => t('validation.tooLong', { field: field(label), max }) });
}

/** A whole number or nothing; the form may send its raw text ("12", ""). */
function optionalCount(label: MessageKey) {
  return z.preprocess(
    (v) => {
      if (typeof v === 'string') {
        const s = v.trim().replace(/\s/g, '');
        if (s === '') return null;
        return /^-?\d+$/.test(s) ? Number(s) : v;
      }
      return v;
    },
    z
      .number({ error: () => t('validation.integer', { field: field(label) }) })
      .int({ error: () => t('validation.integer', { field: field(label) }) })
      .min(0, { error: () => t('validation.range', { field: field(label), min: 0, max: LIMITS.count }) })
      .max(LIMITS.count, { error: () => t('validation.range', { field: field(label), min: 0, max: LIMITS.count }) })
      .nullable(),
  );
}

/** A calendar date; accepts ISO or Norwegian dd.mm.yyyy, stores ISO. */
function date(label: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (parseDate(v) ?? v) : v),
    z
      .string({ error: () => t('validation.date', { field: field(label) }) })
      .refine(isIsoDate, { error: () => t('validation.date', { field: field(label) }) }),
  );
}

function choice<T extends readonly [string, ...string[]]>(values: T, label: MessageKey) {
  return z.enum(values, { error: () => t('validation.choice', { field: field(label) }) });
}

export const Id = z
  .string({ error: () => t('validation.id') })
  .min(1, { error: () => t('validation.id') })
  .max(64, { error: () => t('validation.id') });
export const IdInput = z.object({ id: Id });
export const Empty = z.object({});

// ---------- municipalities ----------
// Updates are partial and carry no defaults (a missing field keeps its value);
// creation fills the optional fields with their defaults.
const municipalityShape = {
  name: text('municipalities.field.name', LIMITS.name, true),
  county: text('municipalities.field.county', LIMITS.county, false),
  note: text('municipalities.field.note', LIMITS.note, false),
  allowContactNames: z.boolean({
    error: () => t('validation.invalid', { field: field('municipalities.field.allowContactNames') }),
  }),
};
export const MunicipalityFields = z.object({
  ...municipalityShape,
  county: municipalityShape.county.default(''),
  note: municipalityShape.note.default(''),
  allowContactNames: municipalityShape.allowContactNames.default(false),
});
export const MunicipalityUpdate = z.object(municipalityShape).partial().extend({ id: Id });

export const Municipality = z.object({
  id: z.string(),
  name: z.string(),
  county: z.string(),
  note: z.string(),
  allowContactNames: z.boolean(),
  unitCount: z.number().int(),
  sessionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Municipality = z.infer<typeof Municipality>;

// ---------- units ----------
const unitShape = {
  name: text('units.field.name', LIMITS.name, true),
  kind: choice(UNIT_KINDS, 'units.field.kind'),
  staffCount: optionalCount('units.field.staffCount'),
  contactRole: text('units.field.contactRole', LIMITS.role, false),
  contactName: text('units.field.contactName', LIMITS.name, false),
  /** Run as SFO or leksehjelp: opplæringslova chapter 12 applies (§ 12-1). */
  sfo: z.boolean({ error: () => t('validation.invalid', { field: t('units.field.sfo') }) }),
};
export const UnitCreate = z.object({
  ...unitShape,
  contactRole: unitShape.contactRole.default(''),
  contactName: unitShape.contactName.default(''),
  staffCount: unitShape.staffCount.default(null),
  sfo: unitShape.sfo.default(false),
  municipalityId: Id,
});
export const UnitUpdate = z.object(unitShape).partial().extend({ id: Id });

export const Unit = z.object({
  id: z.string(),
  municipalityId: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  staffCount: z.number().int().nullable(),
  contactRole: z.string(),
  contactName: z.string(),
  sfo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof Unit>;

// ---------- sessions ----------
const sessionShape = {
  date: date('sessions.field.date'),
  kind: choice(SESSION_KINDS, 'sessions.field.kind'),
  title: text('sessions.field.title', LIMITS.title, true),
  participantCount: optionalCount('sessions.field.participantCount'),
  notes: text('sessions.field.notes', LIMITS.notes, false),
  unitIds: z.array(Id).max(500),
};
export const SessionCreate = z.object({
  ...sessionShape,
  notes: sessionShape.notes.default(''),
  unitIds: sessionShape.unitIds.default([]),
  participantCount: sessionShape.participantCount.default(null),
  municipalityId: Id,
});
export const SessionUpdate = z.object(sessionShape).partial().extend({ id: Id });

export const Session = z.object({
  id: z.string(),
  municipalityId: z.string(),
  date: z.string(),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  participantCount: z.number().int().nullable(),
  notes: z.string(),
  unitIds: z.array(z.string()),
  /** Set when the guide closes the session (deleted cards are then gone for good). */
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof Session>;

// ---------- trash (undo of deletions) ----------
export const TrashEntry = z.object({
  id: z.string(),
  kind: z.enum(TRASH_KINDS),
  label: z.string(),
  municipalityId: z.string().nullable(),
  deletedAt: z.string(),
});
export type TrashEntry = z.infer<typeof TrashEntry>;

export const Restored = z.object({ kind: z.enum(TRASH_KINDS), id: z.string(), label: z.string() });
export type Restored = z.infer<typeof Restored>;

export const WorkbookInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  backupsDir: z.string(),
  /** Set when the workbook is open for reading only: the file, or its folder, cannot be written. */
  readOnly: z.enum(['file', 'folder']).optional(),
  /** Why, and what to do, for the banner. */
  readOnlyMessage: z.string().optional(),
  /** Norwegian warnings from opening (a daily backup that could not be made). */
  warnings: z.array(z.string()).default([]),
});
export type WorkbookInfo = z.infer<typeof WorkbookInfo>;
