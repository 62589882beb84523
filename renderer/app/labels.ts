import { SESSION_KINDS, UNIT_KINDS, type SessionKind, type UnitKind } from '../../shared/domain';
import { t, type MessageKey } from '../../shared/i18n';
import type { CheckStatus } from '../../shared/checklists';
import type { RoundKind } from '../../shared/analysis/api';

const UNIT_KIND_KEYS: Record<UnitKind, MessageKey> = {
  school: 'unitKind.school',
  kindergarten: 'unitKind.kindergarten',
  leisure: 'unitKind.leisure',
  other: 'unitKind.other',
};

const SESSION_KIND_KEYS: Record<SessionKind, MessageKey> = {
  staff_day: 'sessionKind.staff_day',
  planning_day: 'sessionKind.planning_day',
  steering_group: 'sessionKind.steering_group',
  parent_meeting: 'sessionKind.parent_meeting',
  other: 'sessionKind.other',
};

export const unitKindLabel = (kind: UnitKind) => t(UNIT_KIND_KEYS[kind]);
export const sessionKindLabel = (kind: SessionKind) => t(SESSION_KIND_KEYS[kind]);
export const unitKindOptions = () => UNIT_KINDS.map((value) => ({ value, label: unitKindLabel(value) }));
export const sessionKindOptions = () => SESSION_KINDS.map((value) => ({ value, label: sessionKindLabel(value) }));

const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  not_started: 'status.not_started',
  in_progress: 'status.in_progress',
  in_place: 'status.in_place',
};
export const statusLabel = (s: CheckStatus) => t(STATUS_KEYS[s]);

const ROUND_KIND_KEYS: Record<RoundKind, MessageKey> = {
  baseline: 'analysis.kind.baseline',
  follow_up: 'analysis.kind.follow_up',
};
export const roundKindLabel = (k: RoundKind) => t(ROUND_KIND_KEYS[k]);
