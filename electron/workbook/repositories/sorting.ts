// SQLite sorts bytes, not Norwegian (Æ, Ø, Å last): lists are sorted here.
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export function byName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => collator.compare(a.name, b.name));
}
