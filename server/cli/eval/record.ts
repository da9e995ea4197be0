/**
 * docs/quality.md: the figures of the last `npm run eval`, kept in the
 * repository so a change in quality shows up in review. It receives only
 * aggregate results, never dataset rows: the labelled data must not be copied
 * into the project.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Results } from './measure.js';
import { reportSections } from './report.js';
import { sectionsToMarkdown } from './tables.js';

export interface RunInfo {
  date: string;
  node: string;
  /** The data folder as the reader should see it (relative to the repository when possible). */
  dataDir: string;
}

const MEANING = `## What these figures mean

The engine, with its default rules and detecting the language itself, is run on labelled data kept outside the repository (\`../shared/datasets/\`, see its README): ToxiFrench (French forum comments labelled toxic or not; MIT), Multilingual HateCheck in French (functional tests of hate against protected groups; CC BY 4.0) and UMSAB/XLM-T sentiment (French tweets from DEFT 2017, English tweets from SemEval-2017; research use).
Precision is the share of the engine's flags that the annotators agree with, recall the share of the annotators' labels the engine finds, F1 their harmonic mean; macro-F1 averages F1 over the three tone classes so each weighs the same.
Tweets, forum posts and HateCheck's narrow "hateful" (aimed at a protected group) are not news-site comments: the figures show how the engine generalises, not moderation quality on the site.
The data is used only to measure, never copied into lexicons, rules, tests or fixtures, so the figures describe text the engine has not seen.
`;

export function qualityMarkdown(results: Results, run: RunInfo): string {
  const passed = results.targets.filter((t) => t.pass).length;
  return [
    '# Vigie — scoring quality',
    '',
    `- Date: ${run.date}`,
    '- Command: `npm run eval`',
    `- Node: ${run.node}`,
    `- Data: \`${run.dataDir}\``,
    `- Targets met: ${passed} of ${results.targets.length}`,
    '',
    sectionsToMarkdown(reportSections(results)),
    '',
    MEANING,
  ].join('\n');
}

export function writeQualityReport(path: string, results: Results, run: RunInfo): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, qualityMarkdown(results, run));
}
