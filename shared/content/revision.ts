// Content revisions: when the app ships a newer revision of a pack, a
// municipality's copy takes the new text wherever the guide left the shipped
// text alone, and keeps the guide's text wherever it was edited, with a notice
// that offers the new text. Three-way by stable ids: base (the shipped revision
// the copy started from), mine (the copy), next (the new shipped revision).
import { t } from '../i18n';
import type { ChecklistItem, ContentPack, LawChecklist, RevisionNotice } from './pack';

export { RevisionNotice } from './pack';

type List = ContentPack['components'][number] | LawChecklist;

/** mine equals base (untouched), or base is unknown and mine already equals next. */
function untouched(mine: string, base: string | undefined): boolean {
  return base !== undefined && mine.trim() === base.trim();
}

export function mergeRevision(
  base: ContentPack | null,
  mine: ContentPack,
  next: ContentPack,
  earlier: RevisionNotice[] = [],
): { pack: ContentPack; notices: RevisionNotice[] } {
  const notices = new Map(earlier.map((n) => [n.key, n]));
  const text = (
    key: string,
    where: string,
    mineText: string,
    baseText: string | undefined,
    nextText: string,
  ): string => {
    if (mineText.trim() === nextText.trim()) {
      notices.delete(key);
      return nextText;
    }
    if (untouched(mineText, baseText)) {
      notices.delete(key);
      return nextText;
    }
    // Edited by the guide: keep it. Offer the new text only if the shipped text changed.
    if (baseText === undefined || baseText.trim() !== nextText.trim()) {
      notices.set(key, { key, where, mine: mineText, shipped: nextText, revision: next.version });
    }
    return mineText;
  };

  const baseLists = new Map<string, List>(
    base ? [...base.components, ...base.lawChecklists].map((l) => [l.id, l]) : [],
  );
  const mergeItems = (
    listWhere: string,
    mineItems: ChecklistItem[],
    baseList: List | undefined,
    nextItems: ChecklistItem[],
  ): ChecklistItem[] => {
    const baseItems = new Map((baseList?.items ?? []).map((i) => [i.id, i]));
    const nextById = new Map(nextItems.map((i) => [i.id, i]));
    const out: ChecklistItem[] = [];
    for (const item of mineItems) {
      const n = nextById.get(item.id);
      const b = baseItems.get(item.id);
      if (!n) {
        // Shipped item withdrawn: drop it if the guide left it alone, keep it if edited or the guide's own.
        if (b && untouched(item.text, b.text)) continue;
        out.push(item);
        continue;
      }
      const merged = text(`item:${item.id}`, listWhere, item.text, b?.text, n.text);
      out.push(
        merged === n.text ? n : { ...item, reference: n.reference ?? item.reference, source: n.source ?? item.source },
      );
    }
    // New shipped items go in after their shipped predecessor (or first).
    const present = new Set(out.map((i) => i.id));
    nextItems.forEach((n, index) => {
      if (present.has(n.id) || baseItems.has(n.id)) return;
      let at = 0;
      for (let k = index - 1; k >= 0; k--) {
        const pos = out.findIndex((i) => i.id === nextItems[k].id);
        if (pos >= 0) {
          at = pos + 1;
          break;
        }
      }
      out.splice(at, 0, n);
      present.add(n.id);
    });
    return out;
  };

  const mineComponents = new Map(mine.components.map((c) => [c.id, c]));
  const components = next.components.map((n) => {
    const m = mineComponents.get(n.id);
    if (!m) return n;
    const b = baseLists.get(n.id) as ContentPack['components'][number] | undefined;
    return {
      ...n,
      title: text(`list-title:${n.id}`, n.title, m.title, b?.title, n.title),
      description: text(`list-description:${n.id}`, n.title, m.description, b?.description, n.description),
      items: mergeItems(m.title, m.items, b, n.items),
    };
  });

  const mineLaw = new Map(mine.lawChecklists.map((l) => [l.id, l]));
  const lawChecklists = next.lawChecklists.map((n) => {
    const m = mineLaw.get(n.id);
    if (!m) return n;
    const b = baseLists.get(n.id);
    return {
      ...n,
      title: text(`list-title:${n.id}`, n.title, m.title, b?.title, n.title),
      items: mergeItems(m.title, m.items, b, n.items),
    };
  });

  const staircase = next.staircase.map((n) => {
    const m = mine.staircase.find((s) => s.step === n.step);
    const b = base?.staircase.find((s) => s.step === n.step);
    if (!m) return n;
    const where = t('pack.where.step', { step: n.step });
    return {
      ...n,
      title: text(`step-title:${n.step}`, where, m.title, b?.title, n.title),
      description: text(`step-description:${n.step}`, where, m.description, b?.description, n.description),
    };
  });

  const ffss = next.ffss.map((n) => {
    const m = mine.ffss.find((f) => f.id === n.id);
    const b = base?.ffss.find((f) => f.id === n.id);
    if (!m) return n;
    return {
      ...n,
      title: text(`ffss-title:${n.id}`, 'FFSS', m.title, b?.title, n.title),
      description: text(`ffss-description:${n.id}`, 'FFSS', m.description, b?.description, n.description),
    };
  });

  const pack: ContentPack = { ...next, components, staircase, ffss, lawChecklists };
  return { pack, notices: [...notices.values()] };
}

/** Put the shipped text of one notice into the copy; false when the text no longer exists there. */
export function acceptNotice(pack: ContentPack, notice: RevisionNotice, shipped: ContentPack): boolean {
  const [kind, id] = [notice.key.slice(0, notice.key.indexOf(':')), notice.key.slice(notice.key.indexOf(':') + 1)];
  const lists: List[] = [...pack.components, ...pack.lawChecklists];
  const shippedLists: List[] = [...shipped.components, ...shipped.lawChecklists];
  if (kind === 'item') {
    for (const list of lists) {
      const index = list.items.findIndex((i) => i.id === id);
      if (index < 0) continue;
      const fromShipped = shippedLists.flatMap((l) => l.items).find((i) => i.id === id);
      list.items[index] = fromShipped
        ? { ...fromShipped, text: notice.shipped }
        : { ...list.items[index], text: notice.shipped };
      return true;
    }
    return false;
  }
  if (kind === 'list-title' || kind === 'list-description') {
    const list = lists.find((l) => l.id === id);
    if (!list) return false;
    if (kind === 'list-title') list.title = notice.shipped;
    else if ('description' in list) list.description = notice.shipped;
    return true;
  }
  if (kind === 'step-title' || kind === 'step-description') {
    const step = pack.staircase.find((s) => String(s.step) === id);
    if (!step) return false;
    if (kind === 'step-title') step.title = notice.shipped;
    else step.description = notice.shipped;
    return true;
  }
  if (kind === 'ffss-title' || kind === 'ffss-description') {
    const f = pack.ffss.find((x) => x.id === id);
    if (!f) return false;
    if (kind === 'ffss-title') f.title = notice.shipped;
    else f.description = notice.shipped;
    return true;
  }
  return false;
}
