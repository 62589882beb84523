// Checklist and content handlers: status changes checked against the
// municipality's content, progress and session work assembled from the log.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import { progressByMonth, tally, unitProgress } from '../../shared/checklists';
import { allItemIds, type ContentPack } from '../../shared/content/pack';
import { todayIso } from '../../shared/format';
import { t } from '../../shared/i18n';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { checklistRepository } from '../workbook/repositories/checklists';
import { contentRepository } from '../workbook/repositories/content';
import { sessionRepository } from '../workbook/repositories/sessions';
import { unitRepository } from '../workbook/repositories/units';

type ChecklistHandlers = Pick<
  Handlers,
  | 'content.packs'
  | 'content.get'
  | 'content.choose'
  | 'content.reset'
  | 'content.updateList'
  | 'content.updateStep'
  | 'content.acceptNotice'
  | 'content.dismissNotice'
  | 'checklists.get'
  | 'checklists.set'
  | 'checklists.history'
  | 'progress.municipality'
  | 'sessions.checklistWork'
>;

/** The title of the component or law checklist an item belongs to. */
function listOf(pack: ContentPack, itemId: string): { id: string; title: string } | undefined {
  for (const l of [...pack.components, ...pack.lawChecklists])
    if (l.items.some((i) => i.id === itemId)) return { id: l.id, title: l.title };
  return undefined;
}

export function createChecklistHandlers(workbook: Workbook): ChecklistHandlers {
  const { db } = workbook;
  const content = contentRepository(db);
  const checklists = checklistRepository(db);
  const units = unitRepository(db);
  const sessions = sessionRepository(db);
  const write = transactional(db);

  return {
    'content.packs': () => content.summaries(),
    'content.get': ({ municipalityId }) => content.get(municipalityId),
    'content.choose': write(({ municipalityId, packId }) => content.choose(municipalityId, packId)),
    'content.reset': write(({ municipalityId }) => content.reset(municipalityId)),
    'content.updateList': write(content.updateList),
    'content.updateStep': write(content.updateStep),
    'content.acceptNotice': write(({ municipalityId, key }) => content.acceptNotice(municipalityId, key)),
    'content.dismissNotice': write(({ municipalityId, key }) => content.dismissNotice(municipalityId, key)),

    'checklists.get': ({ unitId }) => {
      units.get(unitId);
      return { unitId, statuses: checklists.statuses(unitId) };
    },
    'checklists.set': write((input) => {
      const unit = units.get(input.unitId);
      const pack = content.require(unit.municipalityId).content;
      if (!allItemIds(pack).has(input.itemId)) throw new ApiError('not_found', t('error.itemNotInContent'));
      if (input.sessionId && sessions.get(input.sessionId).municipalityId !== unit.municipalityId) {
        throw new ApiError('invalid_input', t('error.sessionOtherMunicipality'));
      }
      return checklists.set(input);
    }),
    'checklists.history': ({ unitId, itemId }) => {
      units.get(unitId);
      return checklists.logOfItem(unitId, itemId);
    },

    'progress.municipality': ({ municipalityId }) => {
      const c = content.require(municipalityId);
      const list = units.list(municipalityId);
      const statuses = checklists.statusesOfMunicipality(municipalityId);
      return {
        packId: c.packId,
        packTitle: c.content.title,
        components: c.content.components.map((x) => ({ id: x.id, title: x.title })),
        units: list.map((u) => {
          const mine = statuses.filter((s) => s.unitId === u.id);
          const components = unitProgress(c.content, mine);
          const byItem = new Map(mine.map((s) => [s.itemId, s.status]));
          return {
            id: u.id,
            name: u.name,
            kind: u.kind,
            components,
            total: tally(
              c.content.components.flatMap((x) => x.items.map((i) => i.id)),
              (id) => byItem.get(id),
            ),
          };
        }),
        monthly: progressByMonth(
          c.content,
          list.map((u) => u.id),
          checklists.logOfMunicipality(municipalityId),
          todayIso().slice(0, 7),
        ),
      };
    },

    'sessions.checklistWork': ({ id }) => {
      const session = sessions.get(id);
      const c = content.get(session.municipalityId);
      if (!c) return [];
      const unitNames = new Map(units.list(session.municipalityId).map((u) => [u.id, u.name]));
      const groups = new Map<
        string,
        {
          unitId: string;
          unitName: string;
          listId: string;
          listTitle: string;
          changes: number;
          items: Map<string, string>;
        }
      >();
      for (const e of checklists.logOfSession(id)) {
        const list = listOf(c.content, e.itemId);
        if (!list || !unitNames.has(e.unitId)) continue;
        const key = `${e.unitId}|${list.id}`;
        const g = groups.get(key) ?? {
          unitId: e.unitId,
          unitName: unitNames.get(e.unitId)!,
          listId: list.id,
          listTitle: list.title,
          changes: 0,
          items: new Map(),
        };
        g.changes++;
        g.items.set(e.itemId, e.status);
        groups.set(key, g);
      }
      return [...groups.values()].map(({ items, ...g }) => ({
        ...g,
        inPlace: [...items.values()].filter((s) => s === 'in_place').length,
      }));
    },
  };
}
