/**
 * Every socket.io event name and payload, declared once and used by the
 * server and the dashboard alike (socket.io's typed events).
 */
import type { CommentScore, FlagReason, ModerationStatus, Stats } from './types.js';

/** A comment as the dashboard lists it. */
export interface CommentSummary {
  id: number;
  articleId: number;
  articleTitle: string | null;
  commenterId: number;
  author: string;
  text: string;
  postedAt: string | null;
  receivedAt: string;
  status: ModerationStatus;
  score: CommentScore;
}

export interface QueueCounts {
  flagged: number;
  pending: number;
  approved: number;
  rejected: number;
  escalated: number;
  all: number;
}

/** What changed in an article's or commenter's stats since the last event. */
export interface StatsDelta {
  id: number;
  comments: number;
  flagged: number;
  toneSum: number;
  reasons: Partial<Record<FlagReason, number>>;
}

export interface ServerToClientEvents {
  /** Scored comments, coalesced: several may arrive in one event. `cursor` is the highest id sent. */
  'comment:new': (payload: { comments: CommentSummary[]; cursor: number }) => void;
  'comment:updated': (payload: { updates: { id: number; status: ModerationStatus; by: string; at: string; reason?: string }[] }) => void;
  'queue:counts': (counts: QueueCounts) => void;
  'article:stats': (delta: StatsDelta) => void;
  'commenter:stats': (delta: StatsDelta) => void;
  'rules:progress': (progress: { version: number; done: number; total: number; finished: boolean }) => void;
}

/** Rooms a dashboard page joins: the queue, one article, one commenter. */
export type Room = { kind: 'queue' } | { kind: 'article'; id: number } | { kind: 'commenter'; id: number };

export interface ClientToServerEvents {
  /** Join a page's room; `since` (a cursor) replays the comments missed while away. */
  'room:join': (payload: { room: Room; since?: number }, ack: (result: { ok: true; cursor: number } | { ok: false; error: string }) => void) => void;
  'room:leave': (payload: { room: Room }) => void;
}

export type { Stats };
