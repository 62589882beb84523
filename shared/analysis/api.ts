// API shapes for the status analysis: statement sets, rounds, answers.
import { z } from 'zod';
import { Id, LIMITS, text } from '../domain';
import { isIsoDate, parseDate } from '../format';
import { t, type MessageKey } from '../i18n';
import { AnswerValue, ROLES, StatementSetContent, type Role } from './types';

export const ROUND_KINDS = ['baseline', 'follow_up'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

const date = (label: MessageKey) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (parseDate(v) ?? v) : v),
    z
      .string({ error: () => t('validation.date', { field: t(label) }) })
      .refine(isIsoDate, { error: () => t('validation.date', { field: t(label) }) }),
  );

export const StatementSetInfo = z.object({
  id: z.string(),
  lineageId: z.string(),
  version: z.number().int(),
  origin: z.string(),
  content: StatementSetContent,
  /** Rounds that use this version: when > 0 it is frozen and an edit makes a new version. */
  usedByRounds: z.number().int(),
  latest: z.boolean(),
  createdAt: z.string(),
});
export type StatementSetInfo = z.infer<typeof StatementSetInfo>;

export const StatementSetCopy = z.object({ id: Id, name: text('analysis.field.setName', 120) });
export const StatementSetSave = z.object({ id: Id, content: StatementSetContent });

export const RoundCreate = z.object({
  municipalityId: Id,
  setId: Id,
  title: text('analysis.field.roundTitle', LIMITS.title),
  date: date('analysis.field.date'),
  kind: z.enum(ROUND_KINDS, { error: () => t('validation.choice', { field: t('analysis.field.kind') }) }),
  unitIds: z.array(Id).max(500).default([]),
  sessionId: Id.nullable().default(null),
});

export const Round = z.object({
  id: z.string(),
  municipalityId: z.string(),
  setId: z.string(),
  title: z.string(),
  date: z.string(),
  kind: z.enum(ROUND_KINDS),
  sessionId: z.string().nullable(),
  revealed: z.boolean(),
  unitIds: z.array(z.string()),
  respondentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Round = z.infer<typeof Round>;

export const RespondentSave = z.object({
  roundId: Id,
  /** Omit for the next free number. */
  number: z.number().int().min(1).max(100000).optional(),
  role: z
    .enum(ROLES, { error: () => t('validation.choice', { field: t('analysis.field.role') }) })
    .nullable()
    .default(null),
  unitId: Id.nullable().default(null),
  answers: z.record(z.string().max(8), AnswerValue),
});

export const RespondentOut = z.object({
  id: z.string(),
  number: z.number().int(),
  role: z.enum(ROLES).nullable(),
  unitId: z.string().nullable(),
  source: z.enum(['keyboard', 'import']),
  answers: z.record(z.string(), AnswerValue),
});
export type RespondentOut = z.infer<typeof RespondentOut>;

/** The largest answer file the import reads, in bytes (5,000 respondents as XLSX or CSV are far below it). */
export const MAX_IMPORT_BYTES = 12 * 1024 * 1024;
/** The same in megabytes, as the guide is told. */
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/** A file for import, as the renderer read it (base64), with the guide's choices from the preview. */
export const ImportFile = z.object({
  roundId: Id,
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: () => t('error.bodyTooLarge', { limit: MAX_IMPORT_MB }) }),
  // Status analysis import (issue 10): which sheet, how each column and role word is read.
  sheet: z.string().max(100).optional(),
  mapping: z
    .array(
      z.union([z.enum(['ignore', 'role', 'unit']), z.string().regex(/^statement:[A-ZÆØÅ]{1,3}[0-9]{1,3}$/), z.null()]),
    )
    .max(1000)
    .optional(),
  roleWords: z.record(z.string().max(200), z.enum([...ROLES, 'none'])).optional(),
});

export const ConsensusSet = z.object({
  roundId: Id,
  /** 'statement:A1' or 'area:law'. */
  target: z
    .string()
    .regex(/^(statement|area):[A-Za-z0-9ÆØÅæøå-]{1,40}$/, { error: () => t('validation.consensusTarget') }),
  value: z.number().min(1).max(10).nullable(),
});

export const Threshold = z.object({
  value: z
    .number({ error: () => t('analysis.threshold.invalid') })
    .int({ error: () => t('analysis.threshold.invalid') })
    .min(3, { error: () => t('analysis.threshold.invalid') })
    .max(50, { error: () => t('analysis.threshold.invalid') }),
});

export type { Role };

// ---------------------------------------------------------------- results

import { ImportPreview } from './importer';
import { Breakdown, Comparison, LargestGaps, Summary } from './scoring';

export const RoundDetail = z.strictObject({
  round: Round,
  set: StatementSetInfo,
  respondents: z.array(RespondentOut),
  consensus: z.record(z.string(), z.number()),
});
export type RoundDetail = z.infer<typeof RoundDetail>;

/**
 * - hidden: not revealed; nothing but the number of forms.
 * - too_few: revealed, but fewer than the threshold answered: no figure at all.
 * - shown: the figures as frozen at the reveal, through the privacy rule.
 */
export const ResultStatus = z.enum(['hidden', 'too_few', 'shown']);
export type ResultStatus = z.infer<typeof ResultStatus>;

/**
 * A round's results as they may be shown (shared/analysis/privacy.ts): every screen, export and summary reads them.
 * Strict: a field not named here is refused, never passed on.
 */
export const RoundResults = z.strictObject({
  round: Round,
  set: StatementSetInfo,
  status: ResultStatus,
  threshold: z.number().int(),
  /** Forms in the round now (shown even while hidden). */
  answered: z.number().int().min(0),
  /** Forms added, changed or deleted since the reveal: not in the shown results until the guide reveals again. */
  changedSinceReveal: z.number().int().min(0),
  /** Null unless status is 'shown'. */
  summary: Summary.nullable(),
  byRole: Breakdown.nullable(),
  /** Units by name, the group without a unit last. */
  byUnit: Breakdown.nullable(),
  gaps: LargestGaps.nullable(),
  consensus: z.record(z.string(), z.number()),
});
export type RoundResults = z.infer<typeof RoundResults>;

export const RoundComparison = z.strictObject({ a: Round, b: Round, comparison: Comparison });
export type RoundComparison = z.infer<typeof RoundComparison>;

export const ImportResult = z.strictObject({ imported: z.number().int().min(0) });
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * The preview as the guide sees it: how many forms the file holds, not the forms (they stay in the main
 * process); the file can be imported when `fileErrors` is empty.
 */
export const ImportPreviewOut = ImportPreview.omit({ respondents: true, ok: true }).extend({
  respondentCount: z.number().int().min(0),
});
export type ImportPreviewOut = z.infer<typeof ImportPreviewOut>;

export const ExportFile = z.object({ fileName: z.string(), dataBase64: z.string() });

// Status analysis (issue 10): the export leaves per-respondent rows out unless asked for.
export const ExportRequest = z.object({
  id: Id,
  /** The «Svar» sheet: one row per respondent. Personal data: only on the guide's explicit request. */
  includeRespondents: z.boolean().default(false),
});
