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
  /** The commenter's share of flagged comments, 0..1, when the list was read or the event sent (a reconnect's replay leaves it out). */
  commenterFlaggedRate?: number;
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

/**
 * One line of the audit log as the dashboard applies it: comment `id` has
 * `status` since `at`, set by `by`. On an undo line, `status` is the one the
 * undo brought back. `actionId` is the line's id: a socket in several rooms
 * gets a decision once per room, and deduplicates by it.
 */
export interface CommentUpdate {
  id: number;
  status: ModerationStatus;
  by: string;
  at: string;
  reason?: string;
  actionId: number;
}

export interface ServerToClientEvents {
  /** Scored comments, coalesced: several may arrive in one event. `cursor` is the highest id sent. */
  'comment:new': (payload: { comments: CommentSummary[]; cursor: number }) => void;
  /** Decisions and undos, oldest first, coalesced. `cursor` is the highest `actionId` sent (the decisions cursor). */
  'comment:updated': (payload: { updates: CommentUpdate[]; cursor: number }) => void;
  'queue:counts': (counts: QueueCounts) => void;
  'article:stats': (delta: StatsDelta) => void;
  'commenter:stats': (delta: StatsDelta) => void;
  'rules:progress': (progress: { version: number; done: number; total: number; finished: boolean }) => void;
}

/** Rooms a dashboard page joins: the queue, one article, one commenter. */
export type Room = { kind: 'queue' } | { kind: 'article'; id: number } | { kind: 'commenter'; id: number };

export interface RoomJoinPayload {
  room: Room;
  /** The last `comment:new` cursor: the room's comments after it are replayed before the ack. */
  since?: number;
  /** The last `comment:updated` cursor: the room's decisions after it are replayed before the ack. */
  decisionsSince?: number;
}

/** `cursor` and `decisionsCursor`: where the live stream takes over from the replay (or from the page the client loaded). */
export type RoomJoinAck = { ok: true; cursor: number; decisionsCursor: number } | { ok: false; error: string };

export interface ClientToServerEvents {
  /** Join a page's room; the cursors replay the comments and decisions missed while away. */
  'room:join': (payload: RoomJoinPayload, ack: (result: RoomJoinAck) => void) => void;
  'room:leave': (payload: { room: Room }) => void;
}

export type { Stats };
