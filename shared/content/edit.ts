// API inputs for choosing and editing a municipality's content.
import { z } from 'zod';
import { Id } from '../domain';
import { t, type MessageKey } from '../i18n';

const text = (label: MessageKey, max: number) =>
  z
    .string({ error: () => t('validation.invalid', { field: t(label) }) })
    .trim()
    .min(1, { error: () => t('validation.required', { field: t(label) }) })
    .max(max, { error: () => t('validation.tooLong', { field: t(label), max }) });

export const ContentChoose = z.object({ municipalityId: Id, packId: Id });

export const ContentListUpdate = z.object({
  municipalityId: Id,
  /** A component id or a law checklist id. */
  listId: Id,
  title: text('content.field.title', 120),
  description: text('content.field.description', 600).optional(),
  items: z
    .array(
      z.object({
        id: Id.optional(),
        text: text('content.field.item', 300),
        reference: z.string().trim().max(40).optional(),
      }),
    )
    .min(1, { error: () => t('content.atLeastOneItem') })
    .max(60),
});

export const ContentStepUpdate = z.object({
  municipalityId: Id,
  step: z.number().int().min(1).max(7),
  title: text('content.field.title', 120),
  description: text('content.field.description', 600),
});

/** One revision notice of a municipality's content, by its key. */
export const ContentNotice = z.object({ municipalityId: Id, key: z.string().trim().min(1).max(140) });
