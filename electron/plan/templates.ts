// The plan templates shipped with the app (resources/plans/*.json), bundled into the main process
// and validated when first used.
import beiarn from '../../resources/plans/beiarn.json';
import { PlanTemplate } from '../../shared/plan/template';
import { t } from '../../shared/i18n';

const RAW: Record<string, unknown> = { beiarn };
let cache: Map<string, PlanTemplate> | undefined;

/** All shipped templates by id; throws naming the file if one is broken. */
export function shippedTemplates(): Map<string, PlanTemplate> {
  if (!cache) {
    const out = new Map<string, PlanTemplate>();
    for (const [file, raw] of Object.entries(RAW)) {
      const r = PlanTemplate.safeParse(raw);
      if (!r.success)
        throw new Error(
          t('planTemplate.shippedInvalid', {
            file,
            problems: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          }),
        );
      if (r.data.id !== file) throw new Error(t('planTemplate.shippedWrongId', { file, id: r.data.id }));
      out.set(file, r.data);
    }
    cache = out;
  }
  return cache;
}
