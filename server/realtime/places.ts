/**
 * Where recent comments belong (article, commenter), so that routing a
 * decision to its rooms needs no query for a comment the broadcaster has
 * just seen; an older one costs one lookup (decisions come at human pace).
 */
import type { Store } from '../store/store.js';

export interface CommentPlace {
  articleId: number;
  commenterId: number;
}

/** Enough for the comments a moderator is deciding on now. */
const PLACES_KEPT = 20_000;

export interface PlaceBook {
  remember(commentId: number, place: CommentPlace): void;
  get(commentId: number): CommentPlace | undefined;
  /** Looks up the comments not remembered; an unknown id stays unknown. */
  learn(commentIds: Iterable<number>): Promise<void>;
}

export function createPlaceBook(store: Store, kept = PLACES_KEPT): PlaceBook {
  const places = new Map<number, CommentPlace>();
  const book: PlaceBook = {
    remember(id, { articleId, commenterId }) {
      places.set(id, { articleId, commenterId });
      if (places.size > kept) places.delete(places.keys().next().value!);
    },
    get: (id) => places.get(id),
    async learn(ids) {
      for (const id of new Set(ids)) {
        if (places.has(id)) continue;
        const comment = await store.getComment(id);
        if (comment) book.remember(id, comment);
      }
    },
  };
  return book;
}
