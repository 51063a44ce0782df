// Request plumbing shared by the routes: a route table (also the source of the OpenAPI document), input parsing, error bodies.
import type { Context } from 'hono';
import { z } from 'zod';
import { isArgusError } from '../core/errors.js';
import type { Store } from '../store/types.js';

export interface RouteContext<Q, B> {
  store: Store;
  query: Q;
  body: B;
  params: Record<string, string>;
  c: Context;
  baseUrl: string;
}

export interface RouteDef<Q = unknown, B = unknown> {
  method: 'get' | 'post' | 'delete';
  /** hono path, e.g. /api/articles/:id */
  path: string;
  summary: string;
  query?: z.ZodType<Q>;
  /** query keys that may repeat (?entity=a&entity=b) */
  arrays?: string[];
  body?: z.ZodType<B>;
  /** path parameters with their schema, for validation and the OpenAPI document */
  params?: Record<string, z.ZodType>;
  /** what a 200 answers with (default JSON; a list when a parameter chooses); a route that produces something else is never cached */
  produces?: string | readonly string[];
  handle(ctx: RouteContext<Q, B>): Promise<unknown>;
}

/** Keeps the type parameters of one route while the table holds many. */
export function route<Q = undefined, B = undefined>(def: RouteDef<Q, B>): RouteDef {
  return def as unknown as RouteDef;
}

export interface ErrorBody {
  error: { code: string; message: string; input: string | null };
}

export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500, readonly code: string, message: string, readonly input: string | null = null) {
    super(message);
  }
}

export function queryObject(url: URL, arrays: string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'token') continue;
    const values = url.searchParams.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    out[key] = arrays.includes(key) ? values : (values[values.length - 1] ?? '');
  }
  return out;
}

function zodMessage(e: z.ZodError, where: string): { message: string; input: string | null } {
  const issue = e.issues[0];
  if (!issue) return { message: `invalid ${where}`, input: null };
  const path = issue.path.map(String).join('.');
  return { message: path ? `${path}: ${issue.message}` : issue.message, input: path || null };
}

/** Every error as a JSON body with a stable code; unexpected ones are logged and answered 500. */
export function errorResponse(c: Context, e: unknown, where = 'input'): Response {
  const body = (status: number, code: string, message: string, input: string | null): Response =>
    c.json({ error: { code, message, input } } satisfies ErrorBody, status as 400);
  if (e instanceof z.ZodError) {
    const m = zodMessage(e, where);
    return body(400, 'INVALID_INPUT', m.message, m.input);
  }
  if (e instanceof HttpError) return body(e.status, e.code, e.message, e.input);
  if (isArgusError(e)) return body(e.code === 'NOT_FOUND' ? 404 : 400, e.code, e.message, e.input);
  process.stderr.write(`argus serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  return body(500, 'INTERNAL', 'the server failed on this request; it has been logged — try again, or report it with the URL', null);
}
