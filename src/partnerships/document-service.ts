/**
 * Documents the two partners share (a CV to critique, say). Only the two partners reach them:
 * every call starts from the member's own partnership, so anyone else, whatever id they try,
 * gets "not found". A file is accepted only when its content is one of the allowed kinds and
 * is the kind its name claims. After a partnership ends they are kept for a while, then a job
 * deletes them.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { JobQueue } from '../jobs/job-queue';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../web/errors';
import {
  documentsAwaitingPurge,
  type DocumentSummary,
  type StoredDocument,
} from './document-store';
import { kindFromContent, kindFromName, safeFileName, type DocumentKind } from './document-types';
import { memberName, type PartnershipDeps } from './partnership-deps';
import { PARTNERSHIP_JOBS, type PartnershipJobPayload } from './partnership-schedule';
import { DAY_MS } from './partnership-settings';
import type { Partnership } from './partnership-store';

export interface Upload {
  /** The name the browser sent. */
  originalName: string;
  content: Buffer;
}

export class DocumentService {
  constructor(private readonly deps: PartnershipDeps) {}

  /** Stores a partner's upload while the partnership is active; resolves the document id. */
  async upload(programId: number, memberId: number, partnershipId: number, upload: Upload) {
    const partnership = await this.partnershipOf(programId, memberId, partnershipId);
    if (partnership.status !== 'active')
      throw new ConflictError('partnerships.documents.not_active');
    const kind = this.checkUpload(upload);
    const count = await this.deps.documents.count(partnership.id);
    if (count >= this.deps.settings.maxDocumentsPerPartnership) {
      throw new ConflictError('partnerships.documents.too_many');
    }

    const fileName = safeFileName(upload.originalName, kind);
    const id = await this.deps.db.transaction(async (trx) => {
      const added = await this.deps.documents.add(
        trx,
        {
          programId,
          partnershipId: partnership.id,
          uploadedBy: memberId,
          fileName,
          kind,
          sha256: crypto.createHash('sha256').update(upload.content).digest('hex'),
          content: upload.content,
        },
        this.deps.now(),
      );
      await this.tellPartner(trx, partnership, memberId, fileName);
      return added;
    });
    this.deps.logger.info({
      event: 'document_uploaded',
      partnership_id: partnership.id,
      document_id: id,
      member_id: memberId,
      kind,
      size_bytes: upload.content.length,
    });
    return id;
  }

  /** Emails the other partner that the uploader shared `fileName`, with a link to the page. */
  private async tellPartner(
    trx: Knex,
    partnership: Partnership,
    uploaderId: number,
    fileName: string,
  ) {
    const { mentorId, menteeId } = partnership;
    const partnerId = uploaderId === mentorId ? menteeId : mentorId;
    const data = {
      otherName: await memberName(this.deps, uploaderId, trx),
      partnershipId: partnership.id,
      fileName,
    };
    const template = 'partnership-document-shared';
    await this.deps.mail.send(trx, partnership.programId, partnerId, template, data);
  }

  /** The kind of an acceptable upload; a ValidationError on the `file` field otherwise. */
  private checkUpload(upload: Upload): DocumentKind {
    const refuse = (key: string) => new ValidationError({ file: `partnerships.documents.${key}` });
    if (upload.content.length === 0) throw refuse('empty');
    if (upload.content.length > this.deps.settings.maxDocumentBytes) throw refuse('too_large');

    const claimed = kindFromName(upload.originalName);
    if (claimed === null) throw refuse('type_not_allowed');
    const actual = kindFromContent(upload.content);
    if (actual !== claimed) {
      this.deps.logger.warn({ event: 'document_refused', claimed, actual: actual ?? 'unknown' });
      throw refuse('content_mismatch');
    }
    return actual;
  }

  async list(programId: number, memberId: number, partnershipId: number) {
    const partnership = await this.partnershipOf(programId, memberId, partnershipId);
    return this.deps.documents.list(partnership.id);
  }

  async download(
    programId: number,
    memberId: number,
    partnershipId: number,
    documentId: number,
  ): Promise<StoredDocument> {
    const partnership = await this.partnershipOf(programId, memberId, partnershipId);
    const document = await this.deps.documents.withContent(partnership.id, documentId);
    if (!document) throw new NotFoundError('document');
    return document;
  }

  /** Deletes the member's own upload; a partner's upload is theirs to delete. */
  async delete(programId: number, memberId: number, partnershipId: number, documentId: number) {
    const partnership = await this.partnershipOf(programId, memberId, partnershipId);
    const deleted = await this.deps.db.transaction((trx) =>
      this.deps.documents.deleteOwn(trx, partnership.id, documentId, memberId),
    );
    if (deleted) {
      this.deps.logger.info({
        event: 'document_deleted',
        partnership_id: partnership.id,
        document_id: documentId,
      });
      return;
    }

    const listed = await this.deps.documents.list(partnership.id);
    if (listed.some((d: DocumentSummary) => d.id === documentId)) throw new ForbiddenError();
    throw new NotFoundError('document');
  }

  /**
   * Job: the retention time after the end has passed; every document of it goes. Jobs are set
   * at the end and again whenever the program changes its retention (schedulePurges), so more
   * than one may wait: the first due deletes, a later one finds nothing left to do.
   */
  async purge(trx: Knex, partnershipId: number, now: number): Promise<void> {
    const partnership = await this.deps.partnerships.lockedById(trx, partnershipId);
    if (!partnership || partnership.endedAt === null || partnership.documentsPurgedAt !== null)
      return;
    const { documentRetentionDays } = await this.deps.settingsFor(partnership.programId, trx);
    if (partnership.endedAt + documentRetentionDays * DAY_MS > now) {
      // The program lengthened its retention after this job was set: wait for the new day.
      const closed = { id: partnership.id, endedAt: partnership.endedAt, documentRetentionDays };
      await this.deps.schedule.partnershipClosed(trx, closed);
      return;
    }

    const deleted = await this.deps.documents.deleteAll(trx, partnership.id);
    await this.deps.partnerships.change(
      trx,
      partnership.id,
      ['completed', 'ended'],
      { documents_purged_at: now },
      now,
    );
    this.deps.logger.info({ event: 'documents_purged', partnership_id: partnership.id, deleted });
  }

  private async partnershipOf(
    programId: number,
    memberId: number,
    partnershipId: number,
  ): Promise<Partnership> {
    const partnerships = this.deps.partnerships;
    const found = await partnerships.ofPartner(this.deps.db, programId, partnershipId, memberId);
    if (!found) throw new NotFoundError('partnership');
    return found;
  }
}

/**
 * Sets the deletion of the documents every ended partnership of the program still holds for a
 * retention the program just changed, in the transaction that saves it; resolves how many.
 * The key carries the new date, so that the job already waiting for the old one (under the
 * partnership's plain key) does not absorb it: a shortened retention takes effect on its own
 * date, and a lengthened one no longer waits for an earlier job to find out.
 */
export async function schedulePurges(
  trx: Knex,
  jobs: Pick<JobQueue, 'enqueue'>,
  programId: number,
  retentionDays: number,
): Promise<number> {
  const waiting = await documentsAwaitingPurge(trx, programId);
  const type = PARTNERSHIP_JOBS.documentsPurge;
  for (const { partnershipId, endedAt } of waiting) {
    const payload: PartnershipJobPayload = { partnershipId };
    const runAt = endedAt + retentionDays * DAY_MS;
    const dedupeKey = `${type}:${partnershipId}:${runAt}`;
    await jobs.enqueue(trx, type, payload, { runAt, dedupeKey });
  }
  return waiting.length;
}
