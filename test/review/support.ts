/** What the review API's tests share: a JSON call with a signed-in user's headers, and seeded comments. */
import type { ScoredInput } from '../../server/store/store.js';
import type { TestLogin, TestServer } from '../support/server.js';
import { scored, type Template } from '../store/factories.js';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
  text: string;
}

/** `who`: a signed-in user, or null for no session at all. */
export async function call(srv: TestServer, who: TestLogin | null, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: who ? who.headers : { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  // Decoded keeping a byte order mark, which res.text() would drop: the CSV export sends one.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  const json = (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : null;
  return { status: res.status, body: json, headers: res.headers, text };
}

/** The fields a 400 named. */
export const fieldsOf = (r: Answer): string[] => (r.body?.error?.details ?? []).map((d: { field: string }) => d.field);

/** Comments on three articles by four commenters, the templates in turn; returns their ids. */
export async function seed(srv: TestServer, count: number, templates: Template[], extra: (i: number) => Partial<ScoredInput['input']> = () => ({})): Promise<number[]> {
  const items = Array.from({ length: count }, (_, i) =>
    scored(
      {
        external_id: `seed-${i}-${Math.random().toString(36).slice(2)}`,
        article: { id: `a-${i % 3}`, title: `Article ${i % 3}` },
        author: `Lecteur ${i % 4}`,
        posted_at: new Date(Date.UTC(2024, 2, 1, 0, i % 60, Math.floor(i / 60))).toISOString(),
        ...extra(i),
      },
      templates[i % templates.length]!,
    ),
  );
  return (await srv.store.ingest('site', items)).map((o) => o.id);
}
