// Checklist statuses, the API shapes for checklist work, and the progress
// maths (pure: the same numbers for the charts, the tables and the tests).
import { z } from 'zod';
import { t } from './i18n';
import { Id, UNIT_KINDS, text } from './domain';
import type { ContentPack } from './content/pack';

export const CHECK_STATUSES = ['not_started', 'in_progress', 'in_place'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

const status = z.enum(CHECK_STATUSES, { error: () => t('validation.choice', { field: t('checklists.field.status') }) });

export const ChecklistSet = z.object({
  unitId: Id,
  itemId: Id,
  status,
  confirmedBy: text('checklists.field.confirmedBy', 80, false).optional(),
  note: text('checklists.field.note', 2000, false).optional(),
  /** The session the change is made in, if any. */
  sessionId: Id.nullable().optional(),
});

export const ItemStatus = z.object({
  itemId: z.string(),
  status: z.enum(CHECK_STATUSES),
  confirmedBy: z.string(),
  note: z.string(),
  sessionId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ItemStatus = z.infer<typeof ItemStatus>;

export const UnitChecklist = z.object({ unitId: z.string(), statuses: z.array(ItemStatus) });
export type UnitChecklist = z.infer<typeof UnitChecklist>;

export const LogEntry = z.object({
  id: z.string(),
  unitId: z.string(),
  itemId: z.string(),
  status: z.enum(CHECK_STATUSES),
  previousStatus: z.enum(CHECK_STATUSES).nullable(),
  confirmedBy: z.string(),
  note: z.string(),
  sessionId: z.string().nullable(),
  sessionTitle: z.string().nullable(),
  sessionDate: z.string().nullable(),
  createdAt: z.string(),
});
export type LogEntry = z.infer<typeof LogEntry>;

// ---------------------------------------------------------------- progress

export interface Tally {
  total: number;
  inPlace: number;
  inProgress: number;
}

/** Share of items in place, 0..1 (0 for an empty list). */
export const shareInPlace = (t: Tally): number => (t.total === 0 ? 0 : t.inPlace / t.total);

export function tally(itemIds: readonly string[], statusOf: (itemId: string) => CheckStatus | undefined): Tally {
  let inPlace = 0;
  let inProgress = 0;
  for (const id of itemIds) {
    const s = statusOf(id);
    if (s === 'in_place') inPlace++;
    else if (s === 'in_progress') inProgress++;
  }
  return { total: itemIds.length, inPlace, inProgress };
}

/** One unit's tally per core component, in the pack's order. */
export function unitProgress(pack: ContentPack, statuses: readonly Pick<ItemStatus, 'itemId' | 'status'>[]) {
  const byItem = new Map(statuses.map((s) => [s.itemId, s.status]));
  return pack.components.map((c) => ({
    componentId: c.id,
    title: c.title,
    ...tally(
      c.items.map((i) => i.id),
      (id) => byItem.get(id),
    ),
  }));
}

/** YYYY-MM of an ISO timestamp or date (in UTC for timestamps, which is what the log stores). */
export const monthOf = (iso: string): string => iso.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Items in place across the given units at the end of each month, from the
 * month of the first change up to `untilMonth`, replaying the change log.
 * Only items of the pack's components and the given units count.
 */
export function progressByMonth(
  pack: ContentPack,
  unitIds: readonly string[],
  log: readonly Pick<LogEntry, 'unitId' | 'itemId' | 'status' | 'createdAt'>[],
  untilMonth: string,
): { month: string; inPlace: number; inProgress: number; total: number }[] {
  const items = new Set(pack.components.flatMap((c) => c.items.map((i) => i.id)));
  const units = new Set(unitIds);
  const relevant = log
    .filter((e) => items.has(e.itemId) && units.has(e.unitId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (relevant.length === 0) return [];
  const total = items.size * units.size;
  const state = new Map<string, CheckStatus>();
  const out: { month: string; inPlace: number; inProgress: number; total: number }[] = [];
  let i = 0;
  for (let month = monthOf(relevant[0].createdAt); month <= untilMonth; month = nextMonth(month)) {
    while (i < relevant.length && monthOf(relevant[i].createdAt) <= month) {
      state.set(`${relevant[i].unitId}\u0000${relevant[i].itemId}`, relevant[i].status);
      i++;
    }
    let inPlace = 0;
    let inProgress = 0;
    for (const s of state.values()) {
      if (s === 'in_place') inPlace++;
      else if (s === 'in_progress') inProgress++;
    }
    out.push({ month, inPlace, inProgress, total });
  }
  return out;
}

// ---------------------------------------------------------------- API results

const TallyShape = { total: z.number().int(), inPlace: z.number().int(), inProgress: z.number().int() };

export const Progress = z.object({
  packId: z.string(),
  packTitle: z.string(),
  components: z.array(z.object({ id: z.string(), title: z.string() })),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(UNIT_KINDS),
      components: z.array(z.object({ componentId: z.string(), title: z.string(), ...TallyShape })),
      total: z.object(TallyShape),
    }),
  ),
  monthly: z.array(z.object({ month: z.string(), ...TallyShape })),
});
export type Progress = z.infer<typeof Progress>;

export const SessionWork = z.array(
  z.object({
    unitId: z.string(),
    unitName: z.string(),
    listId: z.string(),
    listTitle: z.string(),
    changes: z.number().int(),
    inPlace: z.number().int(),
  }),
);
export type SessionWork = z.infer<typeof SessionWork>;
