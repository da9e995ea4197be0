/**
 * Reviewing with others in real browsers: one moderator's decision reaches
 * another's screen live, a decision can be undone with z, and a selection is
 * decided at once.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser.js';
import { startApp, type E2EApp } from './support/app.js';

const cardOf = (page: Page, text: string) => page.locator('[data-testid=comment-card]', { hasText: text });

describeInBrowser('reviewing together', () => {
  let app: E2EApp;
  beforeAll(async () => {
    app = await startApp({ history: 60 });
  });
  afterAll(async () => app?.close());

  async function queueWith(text: string) {
    const watched = await app.open('moderator');
    await watched.page.goto('/?status=all&sort=newest');
    await watched.page.getByTestId('queue-list').waitFor();
    await expect.poll(() => watched.page.getByTestId('live-status').getAttribute('class')).toContain('live-on');
    await cardOf(watched.page, text).waitFor();
    return watched;
  }

  test("a decision by one moderator changes the other's card live, saying who decided", async () => {
    await app.post([{ external_id: 'shared-1', article: { id: 'a-shared' }, author: 'Rami', text: 'Espèce de nain poutinien, retourne à Moscou.' }]);
    const alice = await queueWith('nain poutinien');
    const bob = await queueWith('nain poutinien');
    await cardOf(alice.page, 'nain poutinien').getByRole('button', { name: 'Transmettre' }).click();
    await expect.poll(() => cardOf(bob.page, 'nain poutinien').getAttribute('data-status')).toBe('escalated');
    const aliceName = (await alice.page.getByText(/Connecté : /).textContent())!.match(/Connecté : (\S+)/)![1]!;
    expect(await cardOf(bob.page, 'nain poutinien').textContent()).toContain(`décidé par ${aliceName}`);
    expect([...alice.errors, ...bob.errors]).toEqual([]);
  });

  test('z undoes the last decision within the undo window', async () => {
    await app.post([{ external_id: 'undo-1', article: { id: 'a-undo' }, author: 'Rami', text: 'Bande de huluberlus, relisez l’article.' }]);
    const { page, errors } = await queueWith('huluberlus');
    const card = cardOf(page, 'huluberlus');
    await card.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('a');
    await expect.poll(() => card.getAttribute('data-status')).toBe('approved');
    await page.keyboard.press('z');
    await expect.poll(() => card.getAttribute('data-status')).toBe('pending');
    expect(await page.getByTestId('toast').textContent()).toContain('Décision annulée');
    const id = Number(await card.getAttribute('data-comment-id'));
    expect((await app.srv.store.getComment(id))?.status).toBe('pending');
    expect(errors).toEqual([]);
  });

  test('x selects comments and one key rejects them all', async () => {
    await app.post([
      { external_id: 'bulk-1', article: { id: 'a-bulk' }, author: 'Spammeur', text: 'ACHETEZ MAINTENANT bulk-one http://promo.example' },
      { external_id: 'bulk-2', article: { id: 'a-bulk' }, author: 'Spammeur', text: 'ACHETEZ MAINTENANT bulk-two http://promo.example' },
    ]);
    const { page, errors } = await queueWith('bulk-two');
    await cardOf(page, 'bulk-one').waitFor();
    for (const text of ['bulk-one', 'bulk-two']) {
      await cardOf(page, text).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('x');
    }
    expect(await page.getByTestId('bulk-bar').textContent()).toContain('2 sélectionnés');
    await page.keyboard.press('r');
    for (const text of ['bulk-one', 'bulk-two']) await expect.poll(() => cardOf(page, text).getAttribute('data-status')).toBe('rejected');
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });
    expect(await page.getByTestId('toast').textContent()).toContain('2 commentaires');
    expect(errors).toEqual([]);
  });
});
