/** Requests the auth tests share: signing in and reading the session cookie of an answer. */
export const CSRF = { 'x-vigie-csrf': '1' };

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
  /** The Set-Cookie line for vigie_session, if the answer set one. */
  setCookie: string | undefined;
  /** `vigie_session=TOKEN`, ready for a Cookie header. */
  cookie: string | undefined;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('vigie_session='));
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers, setCookie, cookie: setCookie?.split(';')[0] };
}

export function signIn(base: string, username: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  return call(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF, ...headers },
    body: JSON.stringify({ username, password }),
  });
}

export function me(base: string, cookie: string | undefined): Promise<Answer> {
  return call(`${base}/api/auth/me`, { headers: cookie ? { cookie } : {} });
}
