/**
 * Full-text search over items' title, detail and notes (minisearch: prefix matching and
 * small typos forgiven). The index follows the item list incrementally: only items that
 * are new, changed or gone are re-indexed, so an edit does not rebuild it.
 */
import MiniSearch from 'minisearch';
import type { ActionItem } from '../../../shared/model';

type IndexedFields = Pick<ActionItem, 'id' | 'title' | 'detail' | 'notes'>;

export class ItemSearchIndex {
  private readonly index = new MiniSearch<IndexedFields>({
    fields: ['title', 'detail', 'notes'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 2 } },
  });
  /** The `updatedAt` of every indexed item. */
  private readonly versions = new Map<string, string>();

  /** Brings the index in step with `items`. */
  sync(items: readonly ActionItem[]): void {
    const present = new Set<string>();
    const added: IndexedFields[] = [];
    for (const item of items) {
      present.add(item.id);
      const version = this.versions.get(item.id);
      if (version === item.updatedAt) continue;
      if (version !== undefined) this.index.discard(item.id);
      added.push({ id: item.id, title: item.title, detail: item.detail, notes: item.notes });
      this.versions.set(item.id, item.updatedAt);
    }
    for (const id of this.versions.keys()) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.versions.delete(id);
    }
    this.index.addAll(added);
  }

  /** Ids of the items matching every word of `query`. */
  search(query: string): Set<string> {
    return new Set(this.index.search(query).map((result) => String(result.id)));
  }
}
