/** SQL for the documents partners share; the content is read only when it is downloaded. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { DocumentKind } from './document-types';

export interface DocumentSummary {
  id: number;
  partnershipId: number;
  uploadedBy: number;
  fileName: string;
  kind: DocumentKind;
  sizeBytes: number;
  createdAt: number;
}

export interface StoredDocument extends DocumentSummary {
  content: Buffer;
}

export interface NewDocument {
  programId: number;
  partnershipId: number;
  uploadedBy: number;
  fileName: string;
  kind: DocumentKind;
  sha256: string;
  content: Buffer;
}

const SUMMARY_COLUMNS = [
  'id',
  'partnership_id',
  'uploaded_by_member_id',
  'file_name',
  'kind',
  'size_bytes',
  'created_at',
];

interface DocumentRow {
  id: number;
  partnership_id: number;
  uploaded_by_member_id: number;
  file_name: string;
  kind: DocumentKind;
  size_bytes: number;
  created_at: number | string;
  content?: Buffer;
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    uploadedBy: row.uploaded_by_member_id,
    fileName: row.file_name,
    kind: row.kind,
    sizeBytes: Number(row.size_bytes),
    createdAt: Number(row.created_at),
  };
}

/** An ended partnership whose documents still wait for their deletion. */
export interface DocumentsAwaitingPurge {
  partnershipId: number;
  endedAt: number;
}

/** The program's ended partnerships that still hold documents, not yet purged. */
export async function documentsAwaitingPurge(
  trx: Knex,
  programId: number,
): Promise<DocumentsAwaitingPurge[]> {
  const rows: Array<{ id: number; ended_at: number | string }> = await trx('mm_partnerships as p')
    .where('p.program_id', programId)
    .whereNotNull('p.ended_at')
    .whereNull('p.documents_purged_at')
    .whereExists(function held() {
      this.select(trx.raw('1'))
        .from('mm_partnership_documents as d')
        .where('d.partnership_id', trx.ref('p.id'));
    })
    .select('p.id', 'p.ended_at');
  return rows.map((row) => ({ partnershipId: row.id, endedAt: Number(row.ended_at) }));
}

export class DocumentStore {
  constructor(private readonly db: Database) {}

  async list(partnershipId: number, trx: Knex = this.db): Promise<DocumentSummary[]> {
    const rows: DocumentRow[] = await trx('mm_partnership_documents')
      .where({ partnership_id: partnershipId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select(SUMMARY_COLUMNS);
    return rows.map(toSummary);
  }

  async count(partnershipId: number, trx: Knex = this.db): Promise<number> {
    const row = await trx('mm_partnership_documents')
      .where({ partnership_id: partnershipId })
      .count({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  /** The document with its content, only if it belongs to the partnership named. */
  async withContent(partnershipId: number, documentId: number, trx: Knex = this.db) {
    const row: DocumentRow | undefined = await trx('mm_partnership_documents')
      .where({ id: documentId, partnership_id: partnershipId })
      .first([...SUMMARY_COLUMNS, 'content']);
    if (!row) return undefined;
    return { ...toSummary(row), content: Buffer.from(row.content as Buffer) } as StoredDocument;
  }

  async add(trx: Knex, document: NewDocument, now: number): Promise<number> {
    const [id] = await trx('mm_partnership_documents').insert({
      program_id: document.programId,
      partnership_id: document.partnershipId,
      uploaded_by_member_id: document.uploadedBy,
      file_name: document.fileName,
      kind: document.kind,
      size_bytes: document.content.length,
      sha256: document.sha256,
      content: document.content,
      created_at: now,
    });
    return Number(id);
  }

  /** Deletes a document its uploader removes; false if it is not theirs or not there. */
  async deleteOwn(trx: Knex, partnershipId: number, documentId: number, memberId: number) {
    const deleted = await trx('mm_partnership_documents')
      .where({ id: documentId, partnership_id: partnershipId, uploaded_by_member_id: memberId })
      .delete();
    return Number(deleted) === 1;
  }

  async deleteAll(trx: Knex, partnershipId: number): Promise<number> {
    return trx('mm_partnership_documents').where({ partnership_id: partnershipId }).delete();
  }
}
