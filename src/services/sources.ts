// Source reliability use cases: the outlets' profiles (store.corroboration) with the corroboration window they were counted in.
import { ArgusError } from '../core/errors.js';
import { CONFIDENCE_CAP, DOUBT_PER_SOURCE, EVENT_PRIOR, QUOTE_PRIOR } from '../core/confidence.js';
import type { Store } from '../store/types.js';

/** how corroboration and confidence are counted, for the page and API clients */
export async function method(store: Store) {
  return {
    windowDays: await store.corroboration.windowDays(),
    formula: `confidence = min(${CONFIDENCE_CAP}, 1 - (1 - prior) * ${DOUBT_PER_SOURCE}^(sources - 1))`,
    priors: { events: EVENT_PRIOR, quotes: QUOTE_PRIOR },
  };
}

export async function sourcesPage(store: Store) {
  return { ...(await method(store)), sources: await store.corroboration.sources() };
}

export async function sourcePage(store: Store, name: string) {
  const source = await store.corroboration.source(name);
  if (!source) throw new ArgusError('NOT_FOUND', name, `no outlet named '${name}'; GET /api/sources lists them`);
  return { ...(await method(store)), source };
}
