/** The `npm run score` command line, run as a real process: its JSON-lines output is a contract. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(args: string[], input?: string) {
  const r = spawnSync('npm', ['run', '--silent', 'score', '--', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run --silent score -- --jsonl', () => {
  test('one output line per input line, in order, with the documented fields only', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Quel mollasson, ce président !' }),
      'not json',
      JSON.stringify({ id: 'b', lang: 'en' }),
      JSON.stringify({ id: 3, text: 'x'.repeat(20_001) }),
      JSON.stringify({ id: { nested: true }, text: 'Great article, thanks.', lang: 'en' }),
      JSON.stringify({ id: 4, text: 'Bonjour', lang: 'de' }),
    ].join('\n');
    const { status, stdout } = run(['--jsonl'], input + '\n');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);

    expect(Object.keys(lines[0])).toEqual(['id', 'lang', 'tone', 'shouting', 'insult', 'toxicity', 'flagged', 'reasons', 'evidence']);
    expect(lines[0]).toMatchObject({ id: 1, lang: 'fr', insult: { flag: true, target: 'public_figure' }, flagged: true, reasons: ['insult'] });
    expect(Object.keys(lines[0].toxicity)).toEqual(['score', 'flag']);
    expect(lines[0].evidence.find((e: { kind: string }) => e.kind === 'insult')).toMatchObject({ start: 5, end: 14, match: 'mollasson' });

    expect(lines[1]).toEqual({ error: 'not valid JSON' });
    expect(lines[2]).toEqual({ id: 'b', error: 'text: is required' });
    expect(lines[3]).toEqual({ id: 3, error: 'text: is longer than 20000 characters' });
    expect(lines[4]).toMatchObject({ id: { nested: true }, lang: 'en', tone: { label: 'positive' } });
    expect(lines[5].id).toBe(4);
    expect(lines[5].error).toMatch(/^lang: /);
  });

  test('prints nothing else on stdout for an empty input', () => {
    expect(run(['--jsonl'], '').stdout).toBe('');
  });
});

describe('npm run score -- "text"', () => {
  test('prints a readable breakdown with the evidence highlighted', () => {
    const { status, stdout } = run(['Quel mollasson, ce président !']);
    expect(status).toBe(0);
    expect(stdout).toContain('Quel [mollasson], ce président !');
    expect(stdout).toMatch(/insult .* mild, aimed at public_figure/);
    expect(stdout).toContain('flagged    yes: insult');
  });

  test('refuses a bad --lang with a message naming the flag', () => {
    const { status, stderr } = run(['--lang', 'xx', 'bonjour']);
    expect(status).toBe(2);
    expect(stderr).toContain('--lang must be fr or en');
  });
});
