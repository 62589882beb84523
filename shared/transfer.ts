// Moving a municipality between workbooks (.omni files): API schemas.
import { z } from 'zod';
import { Id } from './domain';
import { MAX_REQUEST_BYTES } from './api/limits';
import { t } from './i18n';

export const PASSPHRASE_MIN = 8;
const passphrase = z
  .string()
  .max(200)
  .refine((p) => p.length === 0 || p.length >= PASSPHRASE_MIN, {
    error: () => t('omni.passphraseTooShort', { min: PASSPHRASE_MIN }),
  })
  .optional();
const dataBase64 = z
  .string()
  .min(1, { error: () => t('omni.refused.foreign') })
  .max(MAX_REQUEST_BYTES, { error: () => t('error.tooLarge', { max: Math.round(MAX_REQUEST_BYTES / (1024 * 1024)) }) });

export const IMPORT_MODES = ['new', 'copy', 'merge'] as const;
export const ImportMode = z.enum(IMPORT_MODES, {
  error: () => t('validation.choice', { field: t('omni.field.mode') }),
});

export const OmniExport = z.object({ municipalityId: Id, passphrase });
export const OmniFile = z.object({ dataBase64, passphrase: z.string().max(200).optional() });
export const OmniPreviewInput = OmniFile.extend({ mode: ImportMode.optional() });
export const OmniImportInput = OmniFile.extend({ mode: ImportMode });

export const ImportOutcome = z.object({
  municipalityId: z.string(),
  name: z.string(),
  mode: ImportMode,
  added: z.record(z.string(), z.number()),
  kept: z.record(z.string(), z.number()),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const OmniPreview = z.object({
  createdAt: z.string(),
  schemaVersion: z.number(),
  encrypted: z.boolean(),
  /** The municipality in this workbook the file's municipality already is, if any. */
  existing: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What applying would do, in the mode asked for (default: merge if present, else new). */
  outcome: ImportOutcome,
});
export type OmniPreview = z.infer<typeof OmniPreview>;
