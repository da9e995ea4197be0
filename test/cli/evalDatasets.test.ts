/** How `npm run eval` reads the labelled files (server/cli/eval/datasets.ts). */
import { expect, test } from 'vitest';
import { decodeEscapes } from '../../server/cli/eval/datasets.js';

test('characters a tweet export left as JSON escapes are read as the characters', () => {
  expect(decodeEscapes('Didn\\u2019t see it\\u002c sadly')).toBe('Didn’t see it, sadly');
  // Only a backslash, a "u" and four hex digits: other text is left as it is.
  expect(decodeEscapes('C:\\users and \\u12 stay')).toBe('C:\\users and \\u12 stay');
});
