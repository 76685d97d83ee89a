/**
 * The language each Mentoring Agreement version is written in, so that pages in the other
 * language mark it (WCAG 3.1.2) and an administrator may write the agreement in French.
 * Versions saved before this were the English default or an administrator's text assumed to
 * be English, as the settings page then said nothing of language.
 */
import type { Knex } from 'knex';

export const name = '20261204-14-agreement-language';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('mm_agreement_versions', (t) => {
    t.string('language', 8).notNullable().defaultTo('en');
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL: Knex would rebuild the SQLite table. SQLite drops a column in place since 3.35.
  await db.raw('alter table mm_agreement_versions drop column language');
}
