/** What `npm run import` prints: the progress bar and the summary (stderr), the JSON report (stdout). */
import type { ImportReport } from '../import/importTally.js';

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** Below this many records an import is over before a bar would be worth reading. */
export const PROGRESS_MIN_RECORDS = 1_000;

/** "[#########...........] 45% 4,500/10,000" */
export function progressLine(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(done / total, 1) : 1;
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${n(done)}/${n(total)}`;
}

/** A progress bar redrawn in place on a terminal, at most ten times a second. */
export function progressBar(stream: NodeJS.WriteStream): { update: (done: number, total: number) => void; clear: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY || total <= PROGRESS_MIN_RECORDS) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r${progressLine(done, total)}`);
    },
    clear() {
      if (shown) stream.write(`\r${' '.repeat(60)}\r`);
    },
  };
}

/** The JSON report: exactly these keys, in this order. */
export function jsonReport(r: ImportReport) {
  return {
    articles: { new: r.articles.new, existing: r.articles.existing },
    comments: { new: r.comments.new, duplicate: r.comments.duplicate },
    commenters: r.commenters,
    errors: r.errors.map((e) => ({ file: e.file, line: e.line, message: e.message })),
  };
}

/** Errors listed in the human summary; --json lists them all. */
const MAX_LISTED_ERRORS = 20;

export function summary(r: ImportReport): string {
  const lines = [
    `Imported ${plural(r.files, 'file')}:`,
    `  articles    ${n(r.articles.new)} new, ${n(r.articles.existing)} already known`,
    `  comments    ${n(r.comments.new)} new, ${plural(r.comments.duplicate, 'duplicate')} skipped`,
    `  commenters  ${n(r.commenters)} (${n(r.newCommenters)} new)`,
  ];
  if (r.errors.length === 0) lines.push('  no errors');
  else {
    lines.push(`  ${plural(r.errors.length, 'error')} (skipped):`);
    for (const e of r.errors.slice(0, MAX_LISTED_ERRORS)) lines.push(`    ${e.file}:${e.line}: ${e.message}`);
    if (r.errors.length > MAX_LISTED_ERRORS) lines.push(`    … and ${n(r.errors.length - MAX_LISTED_ERRORS)} more (--json lists them all)`);
  }
  return lines.join('\n') + '\n';
}
