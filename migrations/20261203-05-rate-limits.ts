/**
 * Hit counters for rate limits (sign-in first), kept in the database so that every instance
 * behind a load balancer counts against the same limit. One row per limited client and rule:
 * `hits` within the window that ends at `reset_at`.
 */
import type { Knex } from 'knex';

export const name = '20261203-05-rate-limits';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mm_rate_limits', (t) => {
    // The rule's prefix and the client's address, e.g. "sign-in-start:203.0.113.7".
    t.string('client_key', 191).primary();
    t.integer('hits').unsigned().notNullable();
    t.bigInteger('reset_at').notNullable().index();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_rate_limits');
}
