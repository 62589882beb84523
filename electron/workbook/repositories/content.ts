// Each municipality's own copy of a content pack: choose, edit, reset.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { parsePack, type ContentPack, type MunicipalityContent } from '../../../shared/content/pack';
import type { ContentListUpdate, ContentStepUpdate } from '../../../shared/content/edit';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';
import { shippedPacks, shippedRevision } from '../../content/shipped';
import { acceptNotice, mergeRevision, RevisionNotice } from '../../../shared/content/revision';

interface Row {
  municipality_id: string;
  pack_id: string;
  pack_version: number;
  content: string;
  edited: number;
  revision_notices: string;
  updated_at: string;
}

const noticesOf = (r: Row): RevisionNotice[] =>
  z
    .array(RevisionNotice)
    .catch([])
    .parse(JSON.parse(r.revision_notices || '[]'));

const toContent = (r: Row): MunicipalityContent => ({
  municipalityId: r.municipality_id,
  packId: r.pack_id,
  packVersion: r.pack_version,
  edited: r.edited === 1,
  content: JSON.parse(r.content) as ContentPack,
  notices: noticesOf(r),
  updatedAt: r.updated_at,
});

export function contentRepository(db: Database.Database) {
  const one = db.prepare<[string], Row>('SELECT * FROM municipality_content WHERE municipality_id = ?');
  const municipalityExists = db.prepare<[string], { id: string }>('SELECT id FROM municipalities WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO municipality_content (municipality_id, pack_id, pack_version, content, edited, revision_notices, created_at, updated_at)
     VALUES (@municipalityId, @packId, @packVersion, @content, @edited, @notices, @now, @now)
     ON CONFLICT (municipality_id) DO UPDATE SET pack_id = excluded.pack_id, pack_version = excluded.pack_version,
       content = excluded.content, edited = excluded.edited, revision_notices = excluded.revision_notices, updated_at = excluded.updated_at`,
  );

  function shipped(packId: string): ContentPack {
    const pack = shippedPacks().get(packId);
    if (!pack) throw new ApiError('not_found', t('error.packNotFound'));
    return pack;
  }

  function get(municipalityId: string): MunicipalityContent | null {
    if (!municipalityExists.get(municipalityId)) throw new ApiError('not_found', t('error.municipalityNotFound'));
    const row = one.get(municipalityId);
    if (!row) return null;
    const current = toContent(row);
    const next = shippedPacks().get(current.packId);
    return next && next.version > current.packVersion ? upgrade(current, next) : current;
  }

  /**
   * A newer shipped revision: untouched text takes the new wording, the guide's
   * edits stay and get a notice offering the new text. Statuses keep their ids.
   */
  const upgrade = db.transaction((current: MunicipalityContent, next: ContentPack): MunicipalityContent => {
    const base = shippedRevision(current.packId, current.packVersion);
    const merged = mergeRevision(base, current.content, next, current.notices);
    return save(current.municipalityId, merged.pack, next.version, current.edited, merged.notices);
  });

  function require(municipalityId: string): MunicipalityContent {
    const c = get(municipalityId);
    if (!c) throw new ApiError('conflict', t('error.noVariant'));
    return c;
  }

  function save(
    municipalityId: string,
    pack: ContentPack,
    packVersion: number,
    edited: boolean,
    notices: RevisionNotice[] = [],
  ): MunicipalityContent {
    const checked = parsePack(pack, t('content.pack'));
    if (!checked.ok) throw new ApiError('invalid_input', checked.message);
    upsert.run({
      municipalityId,
      packId: pack.id,
      packVersion,
      content: JSON.stringify(checked.pack),
      edited: edited ? 1 : 0,
      notices: JSON.stringify(notices),
      now: nowIso(),
    });
    return require(municipalityId);
  }

  function notice(current: MunicipalityContent, key: string): RevisionNotice {
    const found = current.notices.find((n) => n.key === key);
    if (!found) throw new ApiError('not_found', t('error.noticeNotFound'));
    return found;
  }

  return {
    summaries: () =>
      [...shippedPacks().values()].map((p) => ({
        id: p.id,
        version: p.version,
        title: p.title,
        description: p.description,
        order: p.components.map((c) => c.title),
      })),
    get,
    require,
    /** Choose a variant: the municipality gets a fresh copy of the shipped pack. */
    choose(municipalityId: string, packId: string): MunicipalityContent {
      get(municipalityId);
      const pack = shipped(packId);
      return save(municipalityId, pack, pack.version, false);
    },
    /** Back to the shipped text; statuses of items that still exist are untouched. */
    reset(municipalityId: string): MunicipalityContent {
      const current = require(municipalityId);
      const pack = shipped(current.packId);
      return save(municipalityId, pack, pack.version, false);
    },
    updateList(input: z.output<typeof ContentListUpdate>): MunicipalityContent {
      const current = require(input.municipalityId);
      const pack = structuredClone(current.content);
      const list =
        pack.components.find((c) => c.id === input.listId) ?? pack.lawChecklists.find((l) => l.id === input.listId);
      if (!list) throw new ApiError('not_found', t('error.listNotFound'));
      const known = new Map(list.items.map((i) => [i.id, i]));
      list.title = input.title;
      if ('description' in list && input.description !== undefined) list.description = input.description;
      list.items = input.items.map((item) => {
        // Items keep their ids; new items get a fresh one. An id from elsewhere is refused.
        if (item.id && !known.has(item.id)) throw new ApiError('invalid_input', t('error.itemNotInList'));
        const id = item.id ?? `${pack.id}-custom-${newId().slice(0, 8)}`;
        // The source stays with the item: it names where the shipped claim comes from.
        const source = known.get(id)?.source;
        return {
          id,
          text: item.text,
          ...(item.reference ? { reference: item.reference } : {}),
          ...(source ? { source } : {}),
        };
      });
      return save(input.municipalityId, pack, current.packVersion, true, current.notices);
    },
    updateStep(input: z.output<typeof ContentStepUpdate>): MunicipalityContent {
      const current = require(input.municipalityId);
      const pack = structuredClone(current.content);
      const step = pack.staircase.find((s) => s.step === input.step);
      if (!step) throw new ApiError('not_found', t('error.listNotFound'));
      step.title = input.title;
      step.description = input.description;
      return save(input.municipalityId, pack, current.packVersion, true, current.notices);
    },
    /** Take the new shipped text offered by a notice. */
    acceptNotice(municipalityId: string, key: string): MunicipalityContent {
      const current = require(municipalityId);
      const found = notice(current, key);
      const pack = structuredClone(current.content);
      acceptNotice(pack, found, shipped(current.packId));
      return save(
        municipalityId,
        pack,
        current.packVersion,
        current.edited,
        current.notices.filter((n) => n.key !== key),
      );
    },
    /** Keep the guide's text: the notice goes away. */
    dismissNotice(municipalityId: string, key: string): MunicipalityContent {
      const current = require(municipalityId);
      notice(current, key);
      return save(
        municipalityId,
        current.content,
        current.packVersion,
        current.edited,
        current.notices.filter((n) => n.key !== key),
      );
    },
  };
}
