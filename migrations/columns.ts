/** Column builders the migrations share: every row names its program, members cascade away. */
import type { Knex } from 'knex';

export function programColumn(t: Knex.CreateTableBuilder): void {
  t.integer('program_id').unsigned().notNullable().references('id').inTable('mm_programs');
}

/** A reference to a member that goes when the member deletes their data. */
export function memberColumn(t: Knex.CreateTableBuilder, column: string): void {
  t.integer(column)
    .unsigned()
    .notNullable()
    .references('id')
    .inTable('mm_members')
    .onDelete('CASCADE');
}
