// API inputs for choosing and editing a municipality's content.
import { z } from 'zod';
import { Id, text } from '../domain';
import { t } from '../i18n';

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
