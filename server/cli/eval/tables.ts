/** One table model, rendered for the terminal and for markdown, so both always show the same figures. */

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  /** Lines printed under the table. */
  notes?: string[];
}

export interface Section {
  heading: string;
  /** One-line description of what is predicted and from which file. */
  intro: string;
  tables: Table[];
}

export const fmt = (x: number): string => x.toFixed(3);
export const status = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
export const NONE = '—';

const FIGURE = /^[-—≥\d.,/() ]+$/;

/** Columns of figures are right-aligned so the decimals line up; words read better left-aligned. */
function rightAligned(table: Table): boolean[] {
  return table.head.map((_, c) => table.rows.length > 0 && table.rows.every((r) => FIGURE.test(r[c] ?? '')));
}

export function renderText(table: Table): string {
  const widths = table.head.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length)));
  const right = rightAligned(table);
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [table.title, line(table.head), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)];
  return [...out, ...(table.notes ?? []).map((n) => `  ${n}`)].join('\n');
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|');

export function renderMarkdown(table: Table): string {
  const row = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  const right = rightAligned(table);
  return [
    `**${table.title}**`,
    '',
    row(table.head),
    `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`,
    ...table.rows.map(row),
    ...(table.notes?.length ? ['', ...table.notes] : []),
  ].join('\n');
}

export function sectionsToText(sections: Section[]): string {
  return sections
    .map((s) => [`== ${s.heading} ==`, s.intro, '', s.tables.map(renderText).join('\n\n')].join('\n'))
    .join('\n\n');
}

export function sectionsToMarkdown(sections: Section[]): string {
  return sections.map((s) => [`## ${s.heading}`, '', s.intro, '', s.tables.map(renderMarkdown).join('\n\n')].join('\n')).join('\n\n');
}
