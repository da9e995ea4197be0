import { expect, test } from 'vitest';
import { z } from 'zod/v4';
import { parseBody } from '../../server/http/parseInput.js';
import { HttpError } from '../../server/http/errors.js';

const schema = z.strictObject({ username: z.string(), password: z.string() });

function problems(body: unknown) {
  try {
    parseBody(schema, body);
  } catch (e) {
    return (e as HttpError).details;
  }
  return [];
}

test('a missing field is "required", a field of the wrong type says so, an unknown one is named', () => {
  expect(problems({ password: 'x' })).toEqual([{ field: 'username', message: 'is required' }]);
  const wrongType = problems({ username: 42, password: 'x' }) as { field: string; message: string }[];
  expect(wrongType).toHaveLength(1);
  expect(wrongType[0]!.field).toBe('username');
  expect(wrongType[0]!.message).not.toBe('is required');
  expect(problems({ username: 'a', password: 'b', extra: 1 })).toEqual([{ field: 'extra', message: 'is not a known field' }]);
});
