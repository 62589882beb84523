// The content packs shipped with the app (resources/content/*.json), bundled
// into the main process and validated when first used. Earlier revisions of a
// pack stay bundled (resources/content/revisions/) so a municipality's copy can
// tell the guide's edits from text it never touched.
import beiarn from '../../resources/content/omni-beiarn.json';
import fauske from '../../resources/content/omni-fauske.json';
import beiarn1 from '../../resources/content/revisions/omni-beiarn-1.json';
import fauske1 from '../../resources/content/revisions/omni-fauske-1.json';
import { parsePack, type ContentPack } from '../../shared/content/pack';
import { t } from '../../shared/i18n';

/** The model a municipality sees before it chooses its own content: the newer (Fauske) order. */
export const DEFAULT_PACK = 'omni-fauske';

const RAW: Record<string, unknown> = { 'omni-beiarn': beiarn, 'omni-fauske': fauske };
const EARLIER: Record<string, unknown> = { 'omni-beiarn-1': beiarn1, 'omni-fauske-1': fauske1 };
let cache: Map<string, ContentPack> | undefined;
let earlierCache: Map<string, ContentPack> | undefined;

function parseAll(raw: Record<string, unknown>, idOf: (pack: ContentPack) => string): Map<string, ContentPack> {
  const packs = new Map<string, ContentPack>();
  for (const [file, data] of Object.entries(raw)) {
    const r = parsePack(data, t('pack.shippedName', { file }));
    if (!r.ok) throw new Error(r.message);
    if (idOf(r.pack) !== file) throw new Error(t('pack.shippedWrongId', { file, id: idOf(r.pack) }));
    packs.set(file, r.pack);
  }
  return packs;
}

/** All shipped packs by id; throws naming the problem if one is broken. */
export function shippedPacks(): Map<string, ContentPack> {
  cache ??= parseAll(RAW, (p) => p.id);
  return cache;
}

/** A shipped pack as it was at a given revision (the current one included), or null if unknown. */
export function shippedRevision(packId: string, version: number): ContentPack | null {
  const current = shippedPacks().get(packId);
  if (current?.version === version) return current;
  earlierCache ??= parseAll(EARLIER, (p) => `${p.id}-${p.version}`);
  return earlierCache.get(`${packId}-${version}`) ?? null;
}
