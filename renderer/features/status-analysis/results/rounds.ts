import type { RoundKind } from '../../../../shared/analysis/api';
import { formatDate } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';

export const roundKindLabel = (kind: RoundKind) =>
  kind === 'baseline' ? t('compare.kind.baseline') : t('compare.kind.follow_up');

/** "12.03.2025 · Høstens runde" */
export const roundName = (round: { date: string; title: string }) => `${formatDate(round.date)} · ${round.title}`;
