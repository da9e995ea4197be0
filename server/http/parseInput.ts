/**
 * Edge validation for the review API: a query string, route parameters or a
 * body checked against a zod schema, or a 400
 * `{error: {code: 'invalid_request', message, details: [{field, message}]}}`
 * naming every field at fault — including fields the schema does not know.
 */
import type { z } from 'zod/v4';
import { HttpError } from './errors.js';

export interface FieldProblem {
  field: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

function problemsOf(issues: readonly Issue[], where: string): FieldProblem[] {
  return issues.flatMap((i): FieldProblem[] => {
    const path = i.path.map(String);
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ field: [...path, k].join('.'), message: 'is not a known field' }));
    const field = path.join('.') || `(${where})`;
    return [{ field, message: i.input === undefined && i.code === 'invalid_type' ? 'is required' : i.message }];
  });
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  // reportInput: zod v4 leaves the offending value out of issues unless asked, and "is required" depends on it.
  const r = schema.safeParse(input ?? {}, { reportInput: true });
  if (r.success) return r.data;
  const details = problemsOf(r.error.issues, where);
  throw new HttpError(400, 'invalid_request', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

export const parseQuery = <S extends z.ZodType>(schema: S, query: unknown) => parse(schema, query, 'query');
export const parseParams = <S extends z.ZodType>(schema: S, params: unknown) => parse(schema, params, 'params');
export const parseBody = <S extends z.ZodType>(schema: S, body: unknown) => parse(schema, body, 'body');
