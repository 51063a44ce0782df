// The timeline of an entity, a pair of entities or a story: events and quotes by date, each with its sentence and span.
import { ArgusError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import type { TimelineItem } from '../store/timeline-types.js';
import { checkRange, QUAD_CLASS } from './dashboard.js';

export interface TimelineQuery {
  entity: number | null;
  other: number | null;
  story: number | null;
  from: string | null;
  to: string | null;
  limit: number;
}

export async function timelinePage(store: Store, q: TimelineQuery) {
  if (q.entity === null && q.story === null) throw new ArgusError('USAGE', 'entity', 'give an entity (entity=ID) or a story (story=ID) for the timeline');
  if (q.other !== null && q.entity === null) throw new ArgusError('USAGE', 'other', 'other= names the second entity of a pair: give entity= as well');
  if (q.other !== null && q.other === q.entity) throw new ArgusError('USAGE', 'other', 'a pair needs two different entities');
  checkRange(q);
  const [entity, other, story] = await Promise.all([
    q.entity !== null ? store.entities.get(q.entity) : null,
    q.other !== null ? store.entities.get(q.other) : null,
    q.story !== null ? store.reads.story(q.story) : null,
  ]);
  if (q.entity !== null && !entity) throw new ArgusError('NOT_FOUND', `entity ${q.entity}`, `no entity ${q.entity}; it may have been merged into another one — search for its name`);
  if (q.other !== null && !other) throw new ArgusError('NOT_FOUND', `entity ${q.other}`, `no entity ${q.other}; it may have been merged into another one — search for its name`);
  if (q.story !== null && !story) throw new ArgusError('NOT_FOUND', `story ${q.story}`, `no story ${q.story}`);
  const items = await store.timeline.items(q);
  return {
    entity, other,
    story: story ? { id: story.id, title: story.title, articles: story.articles } : null,
    items: items.map((i: TimelineItem) => ({ ...i, quad: i.type ? QUAD_CLASS[i.type] ?? null : null })),
  };
}
