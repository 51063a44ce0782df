// One pass over the events that changes some recipients: the list is copied from the first change on, never before.
import type { ArgusEvent } from '../../core/analysis.js';

/** The events with the recipient `pick` gives each (an id, or null for none), or as they are where it gives undefined. */
export function withTargets(events: ArgusEvent[], pick: (e: ArgusEvent) => string | null | undefined): ArgusEvent[] {
  let out: ArgusEvent[] | null = null;
  for (let j = 0; j < events.length; j++) {
    const e = events[j] as ArgusEvent;
    const target = pick(e);
    if (target === undefined) {
      out?.push(e);
      continue;
    }
    out ??= events.slice(0, j);
    out.push({ ...e, target });
  }
  return out ?? events;
}
