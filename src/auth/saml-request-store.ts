/**
 * Remembers every AuthnRequest this plugin sends, in the database, so that a response is only
 * accepted when it answers one of them, and only once, across instances and restarts.
 *
 * node-saml reads and removes entries in separate steps, which two replays racing each other
 * could both pass; `consume` is the single atomic step that makes a request answerable once.
 */
import type { CacheProvider } from '@node-saml/node-saml';
import type { Database } from '../db/database';

const TABLE = 'mm_saml_requests';

export class SamlRequestStore implements CacheProvider {
  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  async saveAsync(id: string, issueInstant: string): Promise<{ value: string; createdAt: number }> {
    const createdAt = this.now();
    await this.db(TABLE).where('expires_at', '<', createdAt - this.ttlMs).delete();
    await this.db(TABLE).insert({
      id,
      issue_instant: issueInstant,
      expires_at: createdAt + this.ttlMs,
    });
    return { value: issueInstant, createdAt };
  }

  async getAsync(id: string): Promise<string | null> {
    const row = await this.db(TABLE)
      .where({ id })
      .whereNull('consumed_at')
      .andWhere('expires_at', '>', this.now())
      .first('issue_instant');
    return row?.issue_instant ?? null;
  }

  /** Left to `consume`: node-saml calls this on failures too, which must not burn a request. */
  async removeAsync(id: string | null): Promise<string | null> {
    return id;
  }

  /** Marks the request answered; false when it was already answered, expired or never made. */
  async consume(id: string): Promise<boolean> {
    const updated = await this.db(TABLE)
      .where({ id })
      .whereNull('consumed_at')
      .andWhere('expires_at', '>', this.now())
      .update({ consumed_at: this.now() });
    return updated === 1;
  }
}
