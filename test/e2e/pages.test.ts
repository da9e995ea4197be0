/**
 * Every page of the dashboard in a real browser: each draws what it should
 * (charts asserted on the data they were given, not on a canvas being
 * there), charts follow live comments without a reload, no page logs an
 * error, and each page leaves a 1280×800 screenshot.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser.js';
import { SCREENSHOTS, startApp, type E2EApp } from './support/app.js';

interface ChartData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

async function chartData(page: Page, testId: string): Promise<ChartData> {
  const canvas = page.getByTestId(testId);
  await canvas.waitFor();
  return JSON.parse((await canvas.getAttribute('data-chart')) ?? 'null') as ChartData;
}

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describeInBrowser('the pages', () => {
  let app: E2EApp;
  let busiest: { commenter: number; article: number; articleTitle: string };
  beforeAll(async () => {
    app = await startApp();
    const admin = await app.srv.login('admin');
    const commenters = (await (await fetch(`${app.srv.url}/api/commenters?sort=flagged_rate&limit=1`, { headers: admin.headers })).json()) as { items: { id: number }[] };
    const articles = (await (await fetch(`${app.srv.url}/api/articles?sort=comments&limit=1`, { headers: admin.headers })).json()) as { items: { id: number; title: string }[] };
    busiest = { commenter: commenters.items[0]!.id, article: articles.items[0]!.id, articleTitle: articles.items[0]!.title };
  });
  afterAll(async () => app?.close());

  test("a commenter's profile draws their tone over time and their reasons", async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/commenters');
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'commenters.png') });
    await page.goto(`/commenters/${busiest.commenter}`);
    const tone = await chartData(page, 'commenter-tone-chart');
    expect(tone.labels.length).toBeGreaterThan(0);
    expect(tone.datasets[0]!.data.every((v) => v === null || (v >= -1 && v <= 1))).toBe(true);
    const reasons = await chartData(page, 'commenter-reasons-chart');
    expect(reasons.datasets.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'commenter.png') });
    expect(errors).toEqual([]);
  });

  test('a moderator notes a commenter and watches them; the list shows the watch', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto(`/commenters/${busiest.commenter}`);
    await page.getByTestId('commenter-note-form').locator('textarea, input').first().fill('Insulte les ministres à chaque article.');
    await page.getByTestId('commenter-note-form').getByRole('button').click();
    await page.getByTestId('commenter-notes').getByText('Insulte les ministres à chaque article.').waitFor();
    const watch = page.getByTestId('commenter-watch');
    await watch.click();
    await expect.poll(() => watch.getAttribute('aria-pressed')).toBe('true');
    await page.goto('/commenters?watched=1');
    await page.locator(`[data-testid=commenter-row][data-commenter-id="${busiest.commenter}"]`).waitFor();
    expect(await page.getByTestId('commenter-row').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test("an article's page draws its charts and follows a new comment live, without reloading", async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/articles');
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'articles.png') });

    let statsRequests = 0;
    page.on('request', (r) => r.url().includes(`/api/articles/${busiest.article}/stats`) && statsRequests++);
    // The charts and the comment list show one room: the tab joins it once (one replay after a reconnect, not two).
    const joins: string[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (f) => String(f.payload).includes('"room:join"') && joins.push(String(f.payload))));
    await page.goto(`/articles/${busiest.article}`);
    const histogram = await chartData(page, 'article-histogram-chart');
    expect(histogram.datasets[0]!.data).toHaveLength(10);
    const before = sum(histogram.datasets[0]!.data);
    expect(before).toBeGreaterThan(0);
    const tone = await chartData(page, 'article-tone-chart');
    expect(tone.labels.length).toBeGreaterThan(0);
    const reasons = await chartData(page, 'article-reasons-chart');
    expect(sum(reasons.datasets[0]!.data)).toBeGreaterThan(0);
    await page.getByTestId('comment-card').first().waitFor();
    await expect.poll(() => page.getByTestId('live-status').getAttribute('class')).toContain('live-on');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article.png') });

    const article = await app.srv.store.getArticle(busiest.article);
    await app.post([{ external_id: 'live-article-1', article: { id: article!.externalId }, author: 'Nadim', text: 'QUELLE HONTE, une chiffe molle au pouvoir !' }]);
    await expect.poll(async () => sum((await chartData(page, 'article-histogram-chart')).datasets[0]!.data)).toBe(before + 1);
    expect(statsRequests).toBe(1);
    expect(joins.filter((j) => j.includes(`"kind":"article","id":${busiest.article}`))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('the overview shows today against yesterday and the most heated articles', async () => {
    const { page, errors } = await app.open('viewer');
    await page.goto('/overview');
    const hourly = await chartData(page, 'overview-hourly-chart');
    expect(hourly.datasets.length).toBe(2);
    expect(hourly.labels).toHaveLength(24);
    await page.getByRole('link', { name: busiest.articleTitle }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png') });
    expect(errors).toEqual([]);
  });

  test("the rules page scores a comment as it is typed, with the server's engine", async () => {
    const { page, errors } = await app.open('admin');
    await page.goto('/rules');
    await page.getByTestId('rules-page').waitFor();
    await page.getByTestId('rules-try-input').fill('Quel guignol, ce ministre !');
    const result = page.getByTestId('rules-try-result');
    await result.locator('mark[data-kind=insult]').first().waitFor();
    expect(await result.locator('mark[data-kind=insult]').first().textContent()).toBe('guignol');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rules.png') });
    expect(errors).toEqual([]);
  });

  test('the rules page is for admins only', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/rules');
    await page.getByText('Cette page est réservée aux administrateurs.').waitFor();
    expect(await page.getByRole('link', { name: 'Règles' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the audit log lists decisions, newest first, with who decided', async () => {
    const moderator = await app.srv.login('moderator');
    const { page, errors } = await app.open('viewer');
    await fetch(`${app.srv.url}/api/comments/1/decision`, { method: 'POST', headers: moderator.headers, body: JSON.stringify({ action: 'approve' }) });
    await page.goto('/audit');
    const row = page.getByTestId('audit-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(moderator.user.username);
    const href = await page.getByTestId('audit-export-log').getAttribute('href');
    const csv = await page.evaluate((url) => fetch(url!).then((r) => r.text()), href);
    expect(csv).toContain(`,${moderator.user.username},approved,1,`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit.png') });
    expect(errors).toEqual([]);
  });
});
