import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import { OperationTypeNode } from 'graphql';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';

/**
 * At most GRAPHQL_MAX_CONCURRENT_QUERIES queries execute at once; the others wait their turn, first come first served,
 * before their execution starts (once parsed, validated and priced: a waiting query holds its small request only).
 *
 * Why: a collectivity page is 66–250 KB of JSON built from thousands of objects, and its execution awaits the database
 * several times. With 50 pages executing together, each one's rows and objects stay alive across the others' awaits,
 * survive the young generation's collections into the old one, and the heap (the process's RSS) grows to hold them all:
 * 488 MiB in the bench's throughput scenario (issue 12). The process has one thread to build answers with: executing a
 * few at a time answers as many per second, each sooner, with less garbage promoted (docs/operations.md, *Memory*).
 *
 * Only queries are bounded. A mutation is small and may wait for a row lock (an import holds its table until it
 * commits): in a slot it would keep the readers waiting behind it. 0 turns the bound off.
 */
@Plugin()
export class OperationBoundPlugin implements ApolloServerPlugin {
  private readonly slots: Semaphore | null;
  private executingNow = 0;
  private waitingNow = 0;
  private mostExecuting = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const bound = config.graphql.maxConcurrentQueries;
    this.slots = bound > 0 ? new Semaphore(bound) : null;
  }

  /** Queries executing now, queries waiting for a slot, and the most seen executing at once since the start. */
  get state(): { executing: number; waiting: number; mostExecuting: number } {
    return {
      executing: this.executingNow,
      waiting: this.waitingNow,
      mostExecuting: this.mostExecuting,
    };
  }

  requestDidStart(): Promise<GraphQLRequestListener<never>> {
    const slots = this.slots;
    if (!slots) return Promise.resolve({});
    let release: (() => void) | null = null;
    const done = () => {
      if (!release) return;
      release();
      release = null;
      this.executingNow -= 1;
    };
    return Promise.resolve({
      executionDidStart: async ({ operation }) => {
        if (operation?.operation !== OperationTypeNode.QUERY) return undefined;
        this.waitingNow += 1;
        try {
          [, release] = await slots.acquire();
        } finally {
          this.waitingNow -= 1;
        }
        this.executingNow += 1;
        this.mostExecuting = Math.max(this.mostExecuting, this.executingNow);
        return { executionDidEnd: () => Promise.resolve(done()) };
      },
      // Also when the execution did not run to its end (the slot is given back once: a lost slot would shrink the bound
      // for good).
      willSendResponse: () => Promise.resolve(done()),
    });
  }
}
