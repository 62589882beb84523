// The status analysis (ståstedsanalyse): statement sets, respondents and
// their answers. Pure types and zod schemas shared by scoring, import,
// the workbook and the UI.
import { z } from 'zod';
import { t, type MessageKey } from '../i18n';

export const ROLES = ['teacher', 'assistant', 'leader', 'kindergarten_teacher', 'skilled_worker', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** How a role is written in answer files, read by the importer and written by the export (bokmål, lower case). */
export const ROLE_WORDS: Record<Role, string> = {
  teacher: 'lærer',
  assistant: 'assistent',
  leader: 'leder',
  kindergarten_teacher: 'barnehagelærer',
  skilled_worker: 'fagarbeider',
  other: 'annet',
};

/** A role's name on screen and in reports; a key that is no role is shown as it is. */
export const roleName = (role: string): string =>
  (ROLES as readonly string[]).includes(role) ? t(`role.${role as Role}`) : role;

/** A statement code: one to three capital letters and a number, e.g. A1, LM12. */
export const STATEMENT_CODE = /^[A-ZÆØÅ]{1,3}[0-9]{1,3}$/;

export const Scale = z
  .object({
    min: z.literal(1),
    max: z.number().int().min(2).max(10),
    /** One label per value, from min to max. */
    labels: z.array(z.string().trim().min(1).max(60)),
    dontKnowLabel: z.string().trim().min(1).max(60),
  })
  .refine((s) => s.labels.length === s.max - s.min + 1, { error: () => t('sets.error.scaleLabels') });
export type Scale = z.infer<typeof Scale>;

const required = (what: MessageKey, max: number) =>
  z
    .string({ error: () => t('validation.invalid', { field: t(what) }) })
    .trim()
    .min(1, { error: () => t('validation.required', { field: t(what) }) })
    .max(max, { error: () => t('validation.tooLong', { field: t(what), max }) });

export const Area = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: () => t('sets.error.areaId') }),
  title: required('sets.schema.areaTitle', 80),
});
export type Area = z.infer<typeof Area>;

export const Statement = z.object({
  code: z.string().regex(STATEMENT_CODE, { error: () => t('sets.codeInvalid') }),
  areaId: z.string(),
  text: required('sets.schema.statement', 300),
});
export type Statement = z.infer<typeof Statement>;

export const StatementSetContent = z
  .object({
    name: required('sets.schema.name', 120),
    /** Which units the set is written for. */
    audience: z.enum(['school', 'kindergarten', 'any']),
    scale: Scale,
    areas: z
      .array(Area)
      .min(1, { error: () => t('sets.error.areasMin') })
      .max(20, { error: () => t('sets.error.areasMax', { max: 20 }) }),
    statements: z
      .array(Statement)
      .min(1, { error: () => t('sets.error.statementsMin') })
      .max(200, { error: () => t('sets.error.statementsMax', { max: 200 }) }),
  })
  .superRefine((set, ctx) => {
    const areaIds = new Set(set.areas.map((a) => a.id));
    if (areaIds.size !== set.areas.length)
      ctx.addIssue({ code: 'custom', path: ['areas'], message: t('sets.error.areaTwice') });
    const codes = new Set<string>();
    set.statements.forEach((s, i) => {
      if (codes.has(s.code))
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'code'],
          message: t('sets.codeTwice', { code: s.code }),
        });
      codes.add(s.code);
      if (!areaIds.has(s.areaId))
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'areaId'],
          message: t('sets.error.unknownArea', { code: s.code }),
        });
    });
  });
export type StatementSetContent = z.infer<typeof StatementSetContent>;

/** One answer: a scale value, "don't know", or no answer (missing). */
export const AnswerValue = z.union([z.number().int(), z.literal('dont_know'), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export interface Respondent {
  /** Anonymous respondent number within the round (1, 2, 3 ...). Never a name. */
  number: number;
  role: Role | null;
  unitId: string | null;
  /** By statement code; a code that is absent counts as missing. */
  answers: Record<string, AnswerValue>;
}
