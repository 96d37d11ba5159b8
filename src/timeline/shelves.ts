// Where fusion looks for candidate events: items filed under a key (type family × actor key) and
// by date, so a mention is compared only with events sharing an actor that come within its dates,
// not with every event of the store. Lookups may return extra items (the caller re-checks each
// one exactly) but never miss one whose range, when filed, came within the query.
import type { DayRange } from './dates.ts';

/** Block sizes in days, finest first: an item is filed at the finest level where it spans ≤ 2 blocks. */
const LEVELS = [8, 64, 512, 4096];

interface Shelf<T> {
  /** Items without a date: every query sees them. */
  undated: T[];
  /** Items with an open-ended (or wider than any level) range, with the range they were filed with. */
  open: { item: T; range: DayRange }[];
  /** Per level: block number → items. */
  blocks: Map<number, T[]>[];
  /** Items filed (an item filed in two blocks counts twice). */
  size: number;
}

function levelOf(range: DayRange): number {
  for (let i = 0; i < LEVELS.length; i++) {
    if (Math.floor(range.end / LEVELS[i]) - Math.floor(range.start / LEVELS[i]) <= 1) return i;
  }
  return -1;
}

export class DateShelves<T> {
  private readonly shelves = new Map<string, Shelf<T>>();

  /** Files `item` under `key` with the days it may cover (null: undated). */
  add(key: string, item: T, range: DayRange | null): void {
    let shelf = this.shelves.get(key);
    if (!shelf) this.shelves.set(key, (shelf = { undated: [], open: [], blocks: LEVELS.map(() => new Map()), size: 0 }));
    shelf.size++;
    if (!range) return void shelf.undated.push(item);
    const level = Number.isFinite(range.start) && Number.isFinite(range.end) ? levelOf(range) : -1;
    if (level < 0) return void shelf.open.push({ item, range });
    const size = LEVELS[level], blocks = shelf.blocks[level];
    if (Math.floor(range.end / size) > Math.floor(range.start / size)) shelf.size++;
    for (let b = Math.floor(range.start / size); b <= Math.floor(range.end / size); b++) {
      const list = blocks.get(b);
      if (list) list.push(item);
      else blocks.set(b, [item]);
    }
  }

  /** How many items are filed under `key` (what walking them all would cost). */
  size(key: string): number {
    return this.shelves.get(key)?.size ?? 0;
  }

  /**
   * Adds to `into` the lists holding the items under `key` filed with a range that meets `query`
   * (null: every item), and every undated item. The caller walks them (no call per item: a fusion
   * meets millions) and must not modify them. An item may be in several lists (filed in two blocks).
   */
  collect(key: string, query: DayRange | null, into: T[][]): void {
    const shelf = this.shelves.get(key);
    if (!shelf) return;
    if (shelf.undated.length) into.push(shelf.undated);
    if (shelf.open.length) {
      const open = shelf.open.filter((o) => !query || (o.range.start <= query.end && query.start <= o.range.end)).map((o) => o.item);
      if (open.length) into.push(open);
    }
    for (let level = 0; level < LEVELS.length; level++) {
      const blocks = shelf.blocks[level];
      if (!blocks.size) continue;
      if (!query) {
        for (const list of blocks.values()) into.push(list);
        continue;
      }
      const first = Math.floor(query.start / LEVELS[level]), last = Math.floor(query.end / LEVELS[level]);
      // Walk the query's blocks when they are fewer than the filled ones, else the filled ones.
      if (last - first < blocks.size) {
        for (let b = first; b <= last; b++) {
          const list = blocks.get(b);
          if (list) into.push(list);
        }
      } else {
        for (const [b, list] of blocks) if (b >= first && b <= last) into.push(list);
      }
    }
  }
}
