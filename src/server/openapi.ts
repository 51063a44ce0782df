// /api/openapi.json, generated from the route table and its zod schemas so it cannot drift from the code.
import { z } from 'zod';
import type { RouteDef } from './http.js';

const ERROR = {
  description: 'an error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function openApi(routes: RouteDef[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [name, s] of Object.entries(r.params ?? {})) parameters.push({ name, in: 'path', required: true, schema: jsonSchema(s) });
    if (r.query) {
      const js = jsonSchema(r.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema, ...(r.arrays?.includes(name) ? { explode: true } : {}) });
      }
    }
    const produces = r.produces ?? 'application/json';
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      parameters,
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
      responses: { [r.method === 'post' && (r.path === '/api/watchlists' || r.path === '/api/articles/:id/corrections') ? '201' : '200']: { description: 'OK', content: Object.fromEntries([produces].flat().map((t) => [t, {}])) }, 400: ERROR, 404: ERROR, 500: ERROR },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Argus API', version, description: 'Every dashboard page has a JSON twin here. Errors answer {"error": {"code", "message", "input"}}.' },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, input: { type: ['string', 'null'] } } } },
        },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the server listens on a non-loopback address' } },
    },
  };
}
