// JSONL: one argus.analysis/1 object per line, as stored (article text included), in the store's scan order.
import { each, type Rows } from './common.js';

export async function* jsonlChunks(rows: Rows): AsyncGenerator<string> {
  for await (const r of each(rows)) yield JSON.stringify(r.analysis) + '\n';
}
