// The content packs shipped with the app (resources/content/*.json), bundled
// into the main process and validated when first used.
import beiarn from '../../resources/content/omni-beiarn.json';
import fauske from '../../resources/content/omni-fauske.json';
import { parsePack, type ContentPack } from '../../shared/content/pack';

/** The model a municipality sees before it chooses its own content: the newer (Fauske) order. */
export const DEFAULT_PACK = 'omni-fauske';

const RAW: Record<string, unknown> = { 'omni-beiarn': beiarn, 'omni-fauske': fauske };
let cache: Map<string, ContentPack> | undefined;

/** All shipped packs by id; throws naming the problem if one is broken. */
export function shippedPacks(): Map<string, ContentPack> {
  if (!cache) {
    const packs = new Map<string, ContentPack>();
    for (const [file, raw] of Object.entries(RAW)) {
      const r = parsePack(raw, `Innholdspakken ${file}.json`);
      if (!r.ok) throw new Error(r.message);
      if (r.pack.id !== file) throw new Error(`Innholdspakken ${file}.json har id «${r.pack.id}».`);
      packs.set(r.pack.id, r.pack);
    }
    cache = packs;
  }
  return cache;
}
