/**
 * A long queue in a real browser: a moderator who has scrolled through a
 * thousand comments jumps around the list (a scrollbar dragged, End pressed)
 * and the page stays where it landed while the cards that come into view are
 * measured — no jump back.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser } from './support/browser.js';
import { startApp, type E2EApp } from './support/app.js';

const COMMENTS = 1_000;

describeInBrowser('a long queue', () => {
  let app: E2EApp;
  beforeAll(async () => {
    app = await startApp({ history: COMMENTS });
  });
  afterAll(async () => app?.close());

  test('jumping into the middle or to the end of a thousand loaded comments stays where it landed', async () => {
    const { page, errors } = await app.open('moderator');
    await page.goto('/?status=all');
    await page.getByTestId('comment-card').first().waitFor();
    // Sent as source text: the page runs it as written.
    const result = (await page.evaluate(`(async () => {
      const root = document.scrollingElement;
      const loaded = () => Number(document.querySelector('[data-testid=queue-list]')?.dataset.loaded ?? 0);
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const settle = async (n) => { for (let i = 0; i < n; i++) await nextFrame(); };
      // Scroll to the bottom until every page has arrived.
      for (let i = 0; i < 3000 && loaded() < ${COMMENTS}; i++) { window.scrollTo(0, root.scrollHeight); await nextFrame(); }
      window.scrollTo(0, 0);
      await settle(20);
      // The card under a point a third of the way down the window, and where its top is.
      // The point may fall in the gap between two cards: then the card just below it.
      const seen = () => {
        for (const dy of [0, 8, 16, 24]) {
          const card = document.elementFromPoint(innerWidth / 2, innerHeight / 3 + dy)?.closest('[data-testid=comment-card]');
          if (card) return { id: card.dataset.commentId, top: Math.round(card.getBoundingClientRect().top) };
        }
        return null;
      };
      const jumps = {};
      for (const share of [0.5, 0.25, 0.75, 1]) {
        window.scrollTo(0, Math.round(share * (root.scrollHeight - innerHeight)));
        // The cards at the new place are drawn within a few frames; on a loaded machine (CI) it may take more.
        await settle(3);
        let landed = seen();
        for (let i = 0; i < 60 && !landed; i++) { await nextFrame(); landed = seen(); }
        await settle(30);
        jumps[share] = { landed, after: seen(), toBottom: Math.round(root.scrollHeight - innerHeight - root.scrollTop) };
      }
      return { loaded: loaded(), jumps, cards: document.querySelectorAll('[data-testid=comment-card]').length };
    })()`)) as { loaded: number; jumps: Record<string, { landed: { id: string; top: number } | null; after: { id: string; top: number } | null; toBottom: number }>; cards: number };
    expect(result.loaded).toBe(COMMENTS);
    // The card the moderator landed on stays put once the cards around it are measured.
    for (const [share, jump] of Object.entries(result.jumps)) {
      expect(jump.landed, `a card under the eye after the jump to ${share}`).not.toBeNull();
      expect(jump.after, `after the jump to ${share}`).toEqual(jump.landed);
    }
    // At the end it stays at the end, however the cards measured there change the list's height.
    expect(result.jumps['1']!.toBottom).toBeLessThanOrEqual(1);
    // Still virtualised: a screenful of cards, not a thousand.
    expect(result.cards).toBeLessThan(40);
    expect(errors).toEqual([]);
  });
});
