/** The counts an import reports, kept as batches are stored. */
import type { IngestOutcome } from '../store/store.js';

export interface ImportError {
  file: string;
  /** 1-based; 1 for a problem with the whole file (unreadable, empty, unknown format). */
  line: number;
  message: string;
}

export interface ImportReport {
  files: number;
  articles: { new: number; existing: number };
  comments: { new: number; duplicate: number };
  /** Distinct commenters among the valid comments read, whether new to the database or already known. */
  commenters: number;
  /** Of those, how many the database did not know before. */
  newCommenters: number;
  errors: ImportError[];
}

export class ImportTally {
  readonly errors: ImportError[] = [];
  private comments = { new: 0, duplicate: 0 };
  /** id → whether this run created it (an article or commenter can be seen in many batches). */
  private articles = new Map<number, boolean>();
  private commenters = new Map<number, boolean>();

  constructor(private readonly files: number) {}

  error(file: string, line: number, message: string): void {
    this.errors.push({ file, line, message });
  }

  article(id: number, created: boolean): void {
    this.articles.set(id, created || (this.articles.get(id) ?? false));
  }

  stored(outcomes: readonly IngestOutcome[]): void {
    for (const o of outcomes) {
      if (o.duplicate) this.comments.duplicate++;
      else this.comments.new++;
      this.article(o.articleId, o.newArticle);
      this.commenters.set(o.commenterId, o.newCommenter || (this.commenters.get(o.commenterId) ?? false));
    }
  }

  report(): ImportReport {
    const count = (m: Map<number, boolean>) => [...m.values()].filter(Boolean).length;
    const newArticles = count(this.articles);
    return {
      files: this.files,
      articles: { new: newArticles, existing: this.articles.size - newArticles },
      comments: { ...this.comments },
      commenters: this.commenters.size,
      newCommenters: count(this.commenters),
      errors: [...this.errors],
    };
  }
}
