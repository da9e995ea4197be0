/**
 * The review queue in a real browser against the real server: signing in and
 * out, a comment arriving live with its insult highlighted, a rejection made
 * with the keyboard reaching the counts and the audit log, comment text that
 * stays text, and the language toggle.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import { describeInBrowser } from './support/browser.js';
import { SCREENSHOTS, startApp, type E2EApp } from './support/app.js';
import { TEST_PASSWORD } from '../support/server.js';

describeInBrowser('the review queue', () => {
  let app: E2EApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  test('a moderator signs in on the form, lands on the queue, and signs out', async () => {
    const { page, errors } = await app.open();
    const { user } = await app.srv.login('moderator');
    await page.goto('/');
    await page.getByLabel('Identifiant').fill(user.username);
    await page.getByLabel('Mot de passe').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Identifiant ou mot de passe incorrect');
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login.png') });
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'File d’attente' }).waitFor();
    await expect.poll(() => page.getByTestId('comment-card').count()).toBeGreaterThan(0);
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    // Signed out for real: the API refuses the old cookie.
    expect(await page.evaluate(() => fetch('/api/comments').then((r) => r.status))).toBe(401);
    // The wrong password's 401 is an answer the page shows, not a console error.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  test('a comment posted through the API appears live, with its insult highlighted; rejecting it with the keyboard updates the counts and the audit log', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/?sort=newest');
    await page.getByTestId('queue-list').waitFor();
    await expect.poll(() => page.getByTestId('live-status').getAttribute('class')).toContain('live-on');
    const flaggedBefore = Number(await page.getByTestId('count-flagged').textContent());
    const rejectedBefore = Number(await page.getByTestId('count-rejected').textContent());

    await app.post([{ external_id: 'live-1', article: { id: 'syrie-1', title: 'Frappes russes en Syrie' }, author: 'Nadim', text: 'Ce ministre est une chiffe molle, un vrai guignol.' }]);
    const bar = page.getByTestId('incoming-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/1 nouveau commentaire/);
    await bar.click();
    const card = page.locator('[data-testid=comment-card]', { hasText: 'chiffe molle' });
    await card.waitFor();
    const insult = card.locator('mark[data-kind=insult]').first();
    expect(await insult.textContent()).toMatch(/chiffe molle|guignol/);
    expect(await insult.getAttribute('title')).toMatch(/Insulte · règle insult\./);
    await expect.poll(async () => Number(await page.getByTestId('count-flagged').textContent())).toBe(flaggedBefore + 1);

    // Newest first: the new comment is the first card; make it the active one, then r, Enter.
    await card.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await page.getByTestId('reject-form').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getAttribute('data-status')).toBe('rejected');
    await expect.poll(async () => Number(await page.getByTestId('count-rejected').textContent())).toBe(rejectedBefore + 1);
    await expect.poll(async () => Number(await page.getByTestId('count-flagged').textContent())).toBe(flaggedBefore);
    expect(await page.getByTestId('toast').textContent()).toContain('Rejeté');

    await page.getByRole('link', { name: 'Journal' }).click();
    const row = page.getByTestId('audit-row').first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/rejet/i);
    expect(errors).toEqual([]);
  });

  test('a <script> inside a comment is shown as text and never run', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/?status=all&sort=newest');
    await page.getByTestId('queue-list').waitFor();
    await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
    const text = 'Bande d’idiots <script>window.pwned = true</script><img src=x onerror="window.pwned=true">';
    await app.post([{ external_id: 'xss-1', article: { id: 'syrie-1' }, author: 'Mallory', text }]);
    await page.getByTestId('incoming-bar').click();
    const card = page.locator('[data-testid=comment-card]', { hasText: '<script>' });
    await card.waitFor();
    expect(await card.locator('.card-text').textContent()).toBe(text);
    expect(await card.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the interface switches to English and back, and remembers the choice', async () => {
    const { page, errors } = await app.open('viewer');
    await page.goto('/');
    await page.getByRole('heading', { name: 'File d’attente' }).waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain('Commenters');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'File d’attente' }).waitFor();
    // A viewer reads, never decides.
    expect(await page.getByRole('button', { name: 'Approuver' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the keyboard moves through the queue and ? lists the shortcuts', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/?status=all');
    await page.getByTestId('queue-list').waitFor();
    const activeId = () => page.locator('[data-testid=comment-card][aria-current=true]').getAttribute('data-comment-id');
    const first = await activeId();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(activeId).not.toBe(first);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect.poll(activeId).toBe(first);
    await page.keyboard.press('x');
    await page.getByTestId('bulk-bar').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });
    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    expect(await page.getByTestId('shortcut-help').textContent()).toContain('Commentaire suivant');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-shortcuts.png') });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'queue.png') });
    expect(errors).toEqual([]);
  });
});
