// /api/export: the CLI's `argus export` over HTTP. Streams: the body is pulled from the export's chunks as the client
// reads it (a ReadableStream with pull), so memory stays flat and a client that goes away stops the export.
import type { z } from 'zod';
import { route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import { exportChunks, exportFileName, checkExport, mediaType } from '../../services/export/index.js';

export const EXPORT_ROUTES: RouteDef[] = [
  route<z.output<typeof S.ExportParams>>({
    method: 'get', path: '/api/export',
    summary: 'The articles matching a search (q and the Search filters) as JSONL, CSV (table=events|quotes), a STIX 2.1 bundle or GeoJSON (table=places|events), streamed',
    query: S.ExportParams,
    produces: ['application/x-ndjson', 'text/csv', 'application/stix+json', 'application/geo+json'],
    handle: async ({ store, query: q }) => {
      const { format, table } = checkExport(q.format, q.table ?? null);
      const chunks = exportChunks(store, {
        text: q.q, entity: q.entity ?? null, type: q.type ?? null, source: q.source ?? null, country: q.country ?? null, from: q.from ?? null, to: q.to ?? null,
        minSources: q.minSources ?? null, minConfidence: q.minConfidence ?? null,
      }, { format, table });
      const it = chunks[Symbol.asyncIterator]();
      // the first chunk is read before answering: a failure up to there is still an error response, not a cut stream
      const first = await it.next();
      const enc = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(ctl) {
          if (first.done) ctl.close();
          else ctl.enqueue(enc.encode(first.value));
        },
        async pull(ctl) {
          try {
            const n = await it.next();
            if (n.done) ctl.close();
            else ctl.enqueue(enc.encode(n.value));
          } catch (e) {
            // headers are sent: all that is left is to cut the stream, so the client sees an incomplete download
            process.stderr.write(`argus serve: /api/export failed mid-stream: ${e instanceof Error ? e.message : String(e)}\n`);
            ctl.error(e);
          }
        },
        async cancel() {
          await it.return?.(undefined);
        },
      });
      return new Response(body, {
        status: 200,
        headers: { 'content-type': mediaType(format), 'content-disposition': `attachment; filename="${exportFileName(format, table)}"` },
      });
    },
  }),
];
