// The status analysis (ståstedsanalyse): statement sets, respondents and
// their answers. Pure types and zod schemas shared by scoring, import,
// the workbook and the UI.
import { z } from 'zod';

export const ROLES = ['teacher', 'assistant', 'leader', 'kindergarten_teacher', 'skilled_worker', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** How a role is written in import files and on screen (bokmål, lower case). */
export const ROLE_WORDS: Record<Role, string> = {
  teacher: 'lærer',
  assistant: 'assistent',
  leader: 'leder',
  kindergarten_teacher: 'barnehagelærer',
  skilled_worker: 'fagarbeider',
  other: 'annet',
};

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
  .refine((s) => s.labels.length === s.max - s.min + 1, { error: 'Skalaen må ha én etikett per verdi.' });
export type Scale = z.infer<typeof Scale>;

const required = (what: string, max: number) =>
  z
    .string({ error: `${what} er ugyldig.` })
    .trim()
    .min(1, { error: `${what} må fylles ut.` })
    .max(max, { error: `${what} kan være høyst ${max} tegn.` });

export const Area = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, { error: 'Område-id-en kan bare ha små bokstaver a–z, tall og bindestrek.' }),
  title: required('Navnet på området', 80),
});
export type Area = z.infer<typeof Area>;

export const Statement = z.object({
  code: z.string().regex(STATEMENT_CODE, { error: 'Koden må være 1–3 store bokstaver og et tall, for eksempel A1.' }),
  areaId: z.string(),
  text: required('Påstanden', 300),
});
export type Statement = z.infer<typeof Statement>;

export const StatementSetContent = z
  .object({
    name: required('Navnet på påstandssettet', 120),
    /** Which units the set is written for. */
    audience: z.enum(['school', 'kindergarten', 'any']),
    scale: Scale,
    areas: z
      .array(Area)
      .min(1, { error: 'Settet må ha minst ett område.' })
      .max(20, { error: 'Settet kan ha høyst 20 områder.' }),
    statements: z
      .array(Statement)
      .min(1, { error: 'Settet må ha minst én påstand.' })
      .max(200, { error: 'Settet kan ha høyst 200 påstander.' }),
  })
  .superRefine((set, ctx) => {
    const areaIds = new Set(set.areas.map((a) => a.id));
    if (areaIds.size !== set.areas.length)
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'To områder har samme id.' });
    const codes = new Set<string>();
    set.statements.forEach((s, i) => {
      if (codes.has(s.code))
        ctx.addIssue({ code: 'custom', path: ['statements', i, 'code'], message: `Koden ${s.code} brukes to ganger.` });
      codes.add(s.code);
      if (!areaIds.has(s.areaId))
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'areaId'],
          message: `Påstand ${s.code} hører til et område som ikke finnes.`,
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
