// The room's view: a session's agenda (ordered items with planned minutes and
// actual time) and the presentation state the control window sets and the
// room view follows (current item, black/white screen, timer, what it shows).
import { z } from 'zod';
import { Id } from '../domain';
import { t, type MessageKey } from '../i18n';
import { Timer, NO_TIMER } from '../trappa/api';

export const AGENDA_KINDS = ['welcome', 'round', 'board', 'checklist', 'break', 'slide'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
/** Item kinds that show one of the session's tools: `refId` names the board or the round. */
export const KINDS_WITH_REF: readonly AgendaKind[] = ['round', 'board'];

export const SCREENS = ['show', 'black', 'white'] as const;
export type Screen = (typeof SCREENS)[number];
export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];
/** The room's font-size control; 1 already meets the 20 px floor at 1280x720. */
export const FONT_SCALES = [1, 1.15, 1.3] as const;

export const MAX_POINTS = 8;
export const MAX_MINUTES = 600;

const text = (label: MessageKey, max: number, required = true) => {
  const base = z.string({ error: () => t('validation.invalid', { field: t(label) }) }).trim();
  return (required ? base.min(1, { error: () => t('validation.required', { field: t(label) }) }) : base).max(max, {
    error: () => t('validation.tooLong', { field: t(label), max }),
  });
};
const minutes = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z
    .number({ error: () => t('validation.integer', { field: t('agenda.field.minutes') }) })
    .int({ error: () => t('validation.integer', { field: t('agenda.field.minutes') }) })
    .min(0, { error: () => t('validation.range', { field: t('agenda.field.minutes'), min: 0, max: MAX_MINUTES }) })
    .max(MAX_MINUTES, {
      error: () => t('validation.range', { field: t('agenda.field.minutes'), min: 0, max: MAX_MINUTES }),
    }),
);
const points = z
  .array(text('agenda.field.point', 200))
  .max(MAX_POINTS, { error: () => t('agenda.error.points', { max: MAX_POINTS }) });
/** "HH:MM", 00:00 to 23:59. */
export const ClockTime = z
  .string({ error: () => t('agenda.error.time') })
  .trim()
  .transform((s) => s.replace('.', ':'))
  .refine((s) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(s), { error: () => t('agenda.error.time') })
  .transform((s) => s.padStart(5, '0'));

export const AgendaItem = z.object({
  id: z.string(),
  sessionId: z.string(),
  position: z.number().int(),
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  plannedMinutes: z.number().int(),
  refId: z.string().nullable(),
  points: z.array(z.string()),
  /** "HH:MM" from the agenda's start and the planned minutes before it. */
  plannedStart: z.string(),
  /** Time the item has been on the room's screen, including the running stretch now. */
  actualMs: z.number().int(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({ sessionId: z.string(), startTime: z.string(), items: z.array(AgendaItem) });
export type Agenda = z.infer<typeof Agenda>;

export const AgendaItemCreate = z.object({
  sessionId: Id,
  kind: z.enum(AGENDA_KINDS, { error: () => t('validation.choice', { field: t('agenda.field.kind') }) }),
  title: text('agenda.field.title', 120),
  plannedMinutes: minutes.default(10),
  refId: Id.nullable().default(null),
  points: points.default([]),
});
export const AgendaItemUpdate = z.object({
  id: Id,
  title: text('agenda.field.title', 120).optional(),
  plannedMinutes: minutes.optional(),
  refId: Id.nullable().optional(),
  points: points.optional(),
});
export const AgendaItemMove = z.object({ id: Id, position: z.number().int().min(0) });
export const AgendaStart = z.object({ sessionId: Id, startTime: ClockTime });

/** What the room view shows inside the current item. */
export const PresentationView = z.object({
  /** Board: one step opened large (1..7), or the whole staircase. */
  step: z.number().int().min(1).max(7).nullable().default(null),
  /** Status analysis: area means, one statement large, or a comparison of two rounds. */
  analysis: z.enum(['areas', 'statement', 'compare']).default('areas'),
  statement: z.string().max(64).nullable().default(null),
  compareWith: Id.nullable().default(null),
});
export type PresentationView = z.infer<typeof PresentationView>;
export const DEFAULT_VIEW: PresentationView = { step: null, analysis: 'areas', statement: null, compareWith: null };

export const Presentation = z.object({
  sessionId: z.string().nullable(),
  itemId: z.string().nullable(),
  screen: z.enum(SCREENS),
  timer: Timer,
  view: PresentationView,
  theme: z.enum(THEMES),
  fontScale: z.number(),
  /** Grows with every change: the room view re-renders only when it moves. */
  version: z.number().int(),
});
export type Presentation = z.infer<typeof Presentation>;
export const IDLE_PRESENTATION: Presentation = {
  sessionId: null,
  itemId: null,
  screen: 'show',
  timer: NO_TIMER,
  view: DEFAULT_VIEW,
  theme: 'dark',
  fontScale: 1,
  version: 0,
};

export const PresentationSet = z.object({
  sessionId: Id.nullable().optional(),
  itemId: Id.nullable().optional(),
  screen: z.enum(SCREENS).optional(),
  timer: Timer.optional(),
  view: PresentationView.optional(),
  theme: z.enum(THEMES).optional(),
  fontScale: z
    .number()
    .refine((x) => (FONT_SCALES as readonly number[]).includes(x), {
      error: () => t('validation.choice', { field: t('room.fontSize') }),
    })
    .optional(),
});

// ---------------------------------------------------------------- pure maths

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (m: number) => {
  const day = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
};

/** Each item's start: the agenda's start plus the planned minutes of the items before it. */
export function plannedStarts(startTime: string, plannedMinutes: readonly number[]): string[] {
  let at = toMinutes(startTime);
  return plannedMinutes.map((m) => {
    const start = toClock(at);
    at += m;
    return start;
  });
}

/** "HH:MM" when the agenda ends as planned. */
export const plannedEnd = (startTime: string, plannedMinutes: readonly number[]) =>
  toClock(toMinutes(startTime) + plannedMinutes.reduce((a, b) => a + b, 0));

/** A timer's time left at `now`. */
export const timeLeft = (timer: Timer, now: number) =>
  timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;

/** "m:ss" of a duration (rounded up to the second, as a countdown shows it). */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Start, pause or resume: what T does. A stopped timer starts with `minutes`. */
export function toggleTimer(timer: Timer, now: number, minutes: number): Timer {
  const left = timeLeft(timer, now);
  if (timer.durationMs === 0 || (left === 0 && timer.durationMs > 0)) {
    const ms = Math.max(1, minutes) * 60_000;
    return { durationMs: ms, endsAt: now + ms, remainingMs: ms };
  }
  if (timer.endsAt !== null) return { ...timer, endsAt: null, remainingMs: left };
  return { ...timer, endsAt: now + timer.remainingMs };
}
