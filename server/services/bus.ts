/**
 * Domain events inside one process: ingestion and decisions publish, the
 * real-time layer (and anything else) subscribes. Keeps services free of
 * socket.io. Never relayed between instances: with several (REDIS_URL),
 * each one's broadcaster reads the shared database instead, and this bus
 * only tells it to read now (server/realtime/follow.ts says why).
 */
import { EventEmitter } from 'node:events';
import type { ModerationStatus } from '../../shared/types.js';
import type { IngestResult } from './ingest.js';

export interface BusEvents {
  /** Newly stored comments (duplicates left out). */
  'comments:stored': { source: string; results: IngestResult[] };
  /**
   * A decision or undo, once committed. `actionId` is its audit-log line:
   * published in that order (one writing process, announced right after the
   * commit), which the live cursor of decisions relies on.
   */
  'comment:decided': { commentId: number; actionId: number; status: ModerationStatus; previous: ModerationStatus; by: string; at: string; reason?: string };
  'rules:progress': { version: number; done: number; total: number; finished: boolean };
}

export class Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(100);

  emit<K extends keyof BusEvents>(name: K, payload: BusEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof BusEvents>(name: K, listener: (payload: BusEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
