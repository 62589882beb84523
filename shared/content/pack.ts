// The Omni model as data: a content pack holds the seven core components with
// their checklist items, the seven steps of the Omni-trappa, the FFSS action
// categories and the law checklists. Shipped packs live in resources/content/
// and are validated by this schema at load and in a test; a municipality works
// on its own edited copy. Ids are stable: progress is recorded against them.
import { z } from 'zod';
import { t } from '../i18n';

export const COMPONENT_IDS = ['mindset', 'law', 'values', 'staircase', 'analysis', 'action', 'follow-up'] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];
/** What a law list can apply to: the unit kinds, plus "sfo" (a unit marked as SFO or leksehjelp). */
export const LAW_TARGETS = ['school', 'kindergarten', 'leisure', 'other', 'sfo'] as const;
export type LawTarget = (typeof LAW_TARGETS)[number];
export const FFSS_IDS = ['promote', 'prevent', 'stop', 'support'] as const;
export type FfssId = (typeof FFSS_IDS)[number];

const IdText = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: () => t('pack.error.id'),
});
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: () => t('pack.error.emptyText') })
    .max(max, { error: () => t('validation.tooLong', { field: t('apiField.text'), max }) });

export const ChecklistItem = z.object({
  id: IdText,
  text: Text(300),
  /** A law reference such as "§ 12-4", shown beside the item. */
  reference: z.string().trim().max(40).optional(),
  /** Where the claim comes from (law section and address, or "the guide's choice"). */
  source: z.string().trim().max(300).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Component = z.object({
  id: z.enum(COMPONENT_IDS, { error: () => t('pack.error.componentId', { ids: COMPONENT_IDS.join(', ') }) }),
  title: Text(80),
  description: Text(600),
  items: z
    .array(ChecklistItem)
    .min(1, { error: () => t('pack.error.componentItems') })
    .max(60),
});
export type Component = z.infer<typeof Component>;

export const StaircaseStep = z.object({
  step: z.number().int().min(1).max(7),
  title: Text(120),
  description: Text(600),
  /** Where the step's title comes from. */
  source: z.string().trim().max(300).optional(),
  /** True when no published source confirms the title: shown as «ikke bekreftet». */
  unconfirmed: z.boolean().optional(),
});
export type StaircaseStep = z.infer<typeof StaircaseStep>;

export const FfssCategory = z.object({
  id: z.enum(FFSS_IDS),
  title: Text(40),
  description: Text(300),
});

export const LawChecklist = z.object({
  id: IdText,
  title: Text(120),
  law: Text(120),
  /** Which kinds of unit the law applies to. */
  /** Which kinds of unit the law applies to; "sfo" is a unit marked as SFO or leksehjelp. */
  appliesTo: z.array(z.enum(LAW_TARGETS)).min(1),
  items: z.array(ChecklistItem).min(1).max(60),
});
export type LawChecklist = z.infer<typeof LawChecklist>;

/** A named Omni tool (dørstokkregler, FFSS ...) that exercises can refer to by id. */
export const Tool = z.object({
  id: IdText,
  title: Text(120),
  description: Text(600),
  source: z.string().trim().max(300).optional(),
});
export type Tool = z.infer<typeof Tool>;

export const ContentPack = z
  .object({
    id: IdText,
    version: z.number().int().min(1),
    title: Text(120),
    description: Text(600),
    components: z.array(Component).length(7, { error: () => t('pack.error.components') }),
    staircase: z.array(StaircaseStep).length(7, { error: () => t('pack.error.staircase') }),
    ffss: z.array(FfssCategory).length(4, { error: () => t('pack.error.ffss') }),
    lawChecklists: z.array(LawChecklist).min(1),
    /** The rest of the Omni toolbox as named content; older copies have none. */
    toolbox: z.array(Tool).max(30).optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Map<string, string>();
    const unique = (id: string, where: string, path: (string | number)[]) => {
      const first = seen.get(id);
      if (first) ctx.addIssue({ code: 'custom', path, message: t('pack.error.idTwice', { id, first, second: where }) });
      else seen.set(id, where);
    };
    const componentIds = new Set<string>();
    pack.components.forEach((c, ci) => {
      if (componentIds.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['components', ci, 'id'],
          message: t('pack.error.componentTwice', { id: c.id }),
        });
      componentIds.add(c.id);
      c.items.forEach((item, ii) =>
        unique(item.id, t('pack.where.component', { title: c.title }), ['components', ci, 'items', ii, 'id']),
      );
    });
    pack.staircase.forEach((s, i) => {
      if (s.step !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['staircase', i, 'step'],
          message: t('pack.error.stepOrder', { step: i + 1 }),
        });
    });
    FFSS_IDS.forEach((id) => {
      if (!pack.ffss.some((f) => f.id === id))
        ctx.addIssue({ code: 'custom', path: ['ffss'], message: t('pack.error.ffssMissing', { id }) });
    });
    pack.lawChecklists.forEach((l, li) => {
      unique(l.id, t('pack.where.lawList', { title: l.title }), ['lawChecklists', li, 'id']);
      l.items.forEach((item, ii) =>
        unique(item.id, t('pack.where.lawList', { title: l.title }), ['lawChecklists', li, 'items', ii, 'id']),
      );
    });
    pack.toolbox?.forEach((tool, ti) =>
      unique(tool.id, t('pack.where.toolbox', { title: tool.title }), ['toolbox', ti, 'id']),
    );
  });
export type ContentPack = z.infer<typeof ContentPack>;

/** Where in the pack a zod issue points, in words a guide can follow. */
export function describePackIssue(pack: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path;
  const data = pack as Partial<ContentPack> | undefined;
  let where = '';
  if (p[0] === 'components' && typeof p[1] === 'number') {
    const c = data?.components?.[p[1]];
    where = t('pack.where.componentNumber', { number: p[1] + 1 });
    if (c?.title) where = t('pack.where.titled', { where, title: c.title });
    if (p[2] === 'items' && typeof p[3] === 'number') where = t('pack.where.item', { where, number: p[3] + 1 });
  } else if (p[0] === 'staircase' && typeof p[1] === 'number') where = t('pack.where.step', { step: p[1] + 1 });
  else if (p[0] === 'lawChecklists' && typeof p[1] === 'number') {
    where = t('pack.where.lawListNumber', { number: p[1] + 1 });
    if (p[2] === 'items' && typeof p[3] === 'number') where = t('pack.where.item', { where, number: p[3] + 1 });
  } else if (p.length > 0) where = String(p[0]);
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Validate a pack; the error names every problem found. */
export function parsePack(
  data: unknown,
  name = t('pack.name'),
): { ok: true; pack: ContentPack } | { ok: false; message: string; problems: string[] } {
  const r = ContentPack.safeParse(data);
  if (r.success) return { ok: true, pack: r.data };
  const problems = r.error.issues.map((i) => describePackIssue(data, i));
  return { ok: false, problems, message: t('pack.invalid', { name, problems: problems.join(' ') }) };
}

/** The law lists that apply to a unit: by its kind, and the school list for a unit marked as SFO. */
export function lawListsFor(pack: ContentPack, unit: { kind: string; sfo?: boolean }): LawChecklist[] {
  return pack.lawChecklists.filter((l) =>
    l.appliesTo.some((target) => target === unit.kind || (target === 'sfo' && unit.sfo === true)),
  );
}

/** Every checklist item in the pack (components and law lists) by id. */
export function allItemIds(pack: ContentPack): Set<string> {
  return new Set([
    ...pack.components.flatMap((c) => c.items.map((i) => i.id)),
    ...pack.lawChecklists.flatMap((l) => l.items.map((i) => i.id)),
  ]);
}

// ---------------------------------------------------------------- API shapes

export const PackSummary = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  description: z.string(),
  order: z.array(z.string()),
});
export type PackSummary = z.infer<typeof PackSummary>;

/** An edited text of a municipality's copy where a newer shipped revision offers new text. */
export const RevisionNotice = z.object({
  /** Stable key of the edited text, e.g. "item:beiarn-law-school-report" or "step-title:5". */
  key: z.string(),
  /** Where the text is, in words a guide can follow (the list or step it belongs to). */
  where: z.string(),
  mine: z.string(),
  shipped: z.string(),
  /** The shipped revision the new text comes from. */
  revision: z.number().int(),
});
export type RevisionNotice = z.infer<typeof RevisionNotice>;

export const MunicipalityContent = z.object({
  municipalityId: z.string(),
  packId: z.string(),
  packVersion: z.number(),
  /** True once the guide has changed any text of the municipality's copy. */
  edited: z.boolean(),
  content: ContentPack,
  /** Texts the guide edited where a newer shipped revision has new text to offer. */
  notices: z.array(RevisionNotice),
  updatedAt: z.string(),
});
export type MunicipalityContent = z.infer<typeof MunicipalityContent>;
