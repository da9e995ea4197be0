/**
 * What every benchmark's record starts with (when, which command, which
 * machine) and how it is published: docs/<file> unless --no-record, then
 * JSON or the text table on stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface BenchRun {
  date: string;
  command: string;
  node: string;
  cpu: string;
  cores: number;
}

/** `script`: the npm script, e.g. "bench:live". A password in a URL given on the command line stays out of the record. */
export function benchRun(script: string): BenchRun {
  const argv = process.argv.slice(2).join(' ');
  return {
    date: new Date().toISOString(),
    command: `npm run ${script}${argv ? ` -- ${argv}` : ''}`.replace(/(:\/\/[^:@/\s]+):[^@/\s]*@/g, '$1:***@'),
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
  };
}

export function publishBench<R>(report: R, { file, record, json, markdown, text }: { file: string; record: boolean; json: boolean; markdown: (r: R) => string; text: (r: R) => string }): void {
  if (record) {
    const docs = new URL('../../../docs/', import.meta.url);
    mkdirSync(docs, { recursive: true });
    writeFileSync(new URL(file, docs), markdown(report));
  }
  if (json) {
    process.stdout.write(JSON.stringify(report) + '\n');
    return;
  }
  process.stdout.write(`\n${text(report)}\n`);
  if (record) process.stdout.write(`\nRecorded in docs/${file}\n`);
}
