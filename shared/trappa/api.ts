// API shapes for the Omni-trappa board and the FFSS actions.
import { z } from 'zod';
import { Id, text } from '../domain';
import { isIsoDate, parseDate } from '../format';
import { t } from '../i18n';
import { FFSS_IDS } from '../content/pack';
import { BoardState, Command } from './board';

export const Board = z.object({
  id: z.string(),
  sessionId: z.string(),
  title: z.string(),
  unitId: z.string().nullable(),
  cardCount: z.number().int(),
  createdAt: z.string(),
});
export type Board = z.infer<typeof Board>;

/** The exercise timer: running when `endsAt` is set, paused otherwise. */
export const Timer = z.object({
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
  /** Epoch ms when a running timer reaches zero. */
  endsAt: z.number().int().nullable(),
  /** Time left while paused. */
  remainingMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
});
export type Timer = z.infer<typeof Timer>;
export const NO_TIMER: Timer = { durationMs: 0, endsAt: null, remainingMs: 0 };

export const BoardCreate = z.object({
  sessionId: Id,
  title: text('trappa.field.title', 120),
  unitId: Id.nullable().default(null),
});

export const BoardRename = z.object({ id: Id, title: text('trappa.field.title', 120) });

export const StaircaseStepOut = z.object({ step: z.number(), title: z.string(), description: z.string() });

export const BoardDetail = z.strictObject({
  board: Board,
  state: BoardState,
  timer: Timer,
  steps: z.array(StaircaseStepOut),
  municipalityId: z.string(),
});
export type BoardDetail = z.infer<typeof BoardDetail>;

export const BoardApply = z.object({ boardId: Id, command: Command });
export const BoardTimer = z.object({ boardId: Id, timer: Timer });

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const due = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : (parseDate(v) ?? v)) : v),
  z
    .string({ error: () => t('validation.date', { field: t('trappa.field.due') }) })
    .refine(isIsoDate, { error: () => t('validation.date', { field: t('trappa.field.due') }) })
    .nullable(),
);

export const ActionCreate = z.object({
  sessionId: Id,
  cardId: Id.nullable().default(null),
  unitId: Id.nullable().default(null),
  category: z.enum(FFSS_IDS, { error: () => t('validation.choice', { field: t('trappa.field.category') }) }),
  what: text('trappa.field.what', 500),
  who: text('trappa.field.who', 120, false).default(''),
  due: due.default(null),
});
export const ActionUpdate = z.object({
  id: Id,
  status: z.enum(ACTION_STATUSES).optional(),
  what: text('trappa.field.what', 500).optional(),
  who: text('trappa.field.who', 120, false).optional(),
  due: due.optional(),
});

export const Action = z.object({
  id: z.string(),
  municipalityId: z.string(),
  sessionId: z.string().nullable(),
  sessionTitle: z.string().nullable(),
  sessionDate: z.string().nullable(),
  cardId: z.string().nullable(),
  unitId: z.string().nullable(),
  category: z.enum(FFSS_IDS),
  what: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof Action>;
