// The statement sets shipped with the app, validated when first used.
import school from '../../resources/content/statements-school.json';
import kindergarten from '../../resources/content/statements-kindergarten.json';
import { StatementSetContent } from '../../shared/analysis/types';
import { t } from '../../shared/i18n';

const RAW: Record<string, unknown> = { 'statements-school': school, 'statements-kindergarten': kindergarten };
let cache: Map<string, StatementSetContent> | undefined;

/**
 * The revision of a shipped set (the file's "revision", 1 when absent): a newer one enters the workbook as a
 * new version.
 */
export function shippedSetRevision(origin: string): number {
  const raw = RAW[origin] as { revision?: unknown } | undefined;
  return typeof raw?.revision === 'number' && Number.isInteger(raw.revision) && raw.revision >= 1 ? raw.revision : 1;
}

export function shippedStatementSets(): Map<string, StatementSetContent> {
  if (!cache) {
    const sets = new Map<string, StatementSetContent>();
    for (const [file, raw] of Object.entries(RAW)) {
      const r = StatementSetContent.safeParse(raw);
      if (!r.success)
        throw new Error(t('sets.shippedInvalid', { file, problems: r.error.issues.map((i) => i.message).join(' ') }));
      sets.set(file, r.data);
    }
    cache = sets;
  }
  return cache;
}
