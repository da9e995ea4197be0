import { describe, expect, test } from 'vitest';
import { jsonReport, progressBar, progressLine, summary } from '../../server/cli/importOutput.js';
import type { ImportReport } from '../../server/import/importFiles.js';

const report: ImportReport = {
  files: 2,
  articles: { new: 1, existing: 2 },
  comments: { new: 1_500, duplicate: 1 },
  commenters: 4,
  newCommenters: 1,
  errors: [{ file: 'a.csv', line: 7, message: 'text: must not be empty' }],
};

describe('import output', () => {
  test.each([
    [0, 10_000, '[..............................]   0% 0/10,000'],
    [4_500, 10_000, '[##############................]  45% 4,500/10,000'],
    [10_000, 10_000, '[##############################] 100% 10,000/10,000'],
  ])('progress %i of %i', (done, total, line) => {
    expect(progressLine(done, total)).toBe(line);
  });

  test('the bar is drawn on a terminal for more than 1,000 records only', () => {
    const draw = (isTTY: boolean, total: number) => {
      const out: string[] = [];
      const bar = progressBar({ isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream);
      bar.update(total, total);
      bar.clear();
      return out.join('');
    };
    expect(draw(true, 1_001)).toMatch(/^\r\[#+\] 100% 1,001\/1,001\r +\r$/);
    expect(draw(true, 1_000)).toBe('');
    expect(draw(false, 50_000)).toBe('');
  });

  test('the JSON report has exactly the documented keys', () => {
    expect(JSON.stringify(jsonReport(report))).toBe(
      '{"articles":{"new":1,"existing":2},"comments":{"new":1500,"duplicate":1},"commenters":4,"errors":[{"file":"a.csv","line":7,"message":"text: must not be empty"}]}',
    );
  });

  test('the summary lists errors as file:line', () => {
    expect(summary(report)).toBe(
      [
        'Imported 2 files:',
        '  articles    1 new, 2 already known',
        '  comments    1,500 new, 1 duplicate skipped',
        '  commenters  4 (1 new)',
        '  1 error (skipped):',
        '    a.csv:7: text: must not be empty',
        '',
      ].join('\n'),
    );
  });
});
