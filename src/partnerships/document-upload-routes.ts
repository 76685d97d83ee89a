/**
 * The upload of a shared document. A multipart form has no body until it is parsed, so this
 * router is mounted before the plugin's form parser and CSRF check: it parses the upload
 * (in memory, within the size limit), then runs the same CSRF check on the parsed fields
 * before anything is stored. A body that cannot hold an acceptable upload is refused unread.
 */
import { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { csrfProtection } from '../web/csrf';
import { BodyRefusedError, ValidationError } from '../web/errors';
import { requireMember } from '../web/request-context';
import { pluginPath } from '../web/render';
import type { DocumentService } from './document-service';
import type { PartnershipPages } from './partnership-pages';
import { showPartnership } from './partnership-routes';
import { asker, conflictPage, idParam } from './route-helpers';

interface UploadLocals {
  /** Why multer stopped reading the upload (LIMIT_FILE_SIZE, ...), if it did. */
  uploadProblem?: string;
  /** Why the body was cut off before its end, if it was. */
  bodyRefused?: BodyRefusedError;
}

/** Room beside the file for the form's few small fields and the parts' headers. */
const FORM_ALLOWANCE_BYTES = 64 * 1024;

/**
 * Refuses a body that cannot hold an acceptable upload, without reading it. A compressed one
 * is refused (browsers never compress a form, and multer would parse the compressed bytes as
 * the form); one that declares a length over the cap is answered at once; one sent without a
 * length is cut off as soon as more than the cap has arrived. Left alone, multer reads and
 * discards the rest of an oversize body, however long, before it answers.
 */
function refuseUnreadableBody(capBytes: number): RequestHandler {
  return (req, res, next) => {
    const refusal = refusalByHeaders(req, capBytes);
    if (refusal) {
      // Closing the connection after the answer is what stops Node reading the body.
      res.set('Connection', 'close');
      return next(refusal);
    }

    // multer pipes the request within this next() call, so no chunk is missed. Destroyed
    // without an error, the request emits none that could go unheard; multer sees it closed.
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= capBytes || req.destroyed) return;
      (res.locals as UploadLocals).bodyRefused = new BodyRefusedError(413, 'BODY_TOO_LARGE');
      req.destroy();
    });
    next();
  };
}

function refusalByHeaders(req: Request, capBytes: number): BodyRefusedError | null {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') return new BodyRefusedError(415, 'BODY_ENCODED');
  const declared = Number(req.headers['content-length']);
  return declared > capBytes ? new BodyRefusedError(413, 'BODY_TOO_LARGE') : null;
}

/** Reads the multipart body; a limit that is hit becomes a message, not an error page. */
function receiveFile(maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as UTF-8 without saying so.
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
  }).single('file');

  return (req, res, next) => {
    upload(req, res, (err: unknown) => {
      // Cut off for its size: the connection is gone, the error handler only records it.
      const refused = (res.locals as UploadLocals).bodyRefused;
      if (refused) return next(refused);
      if (err instanceof multer.MulterError) {
        (res.locals as UploadLocals).uploadProblem = err.code;
        return next();
      }
      // With memory storage the only other failures are the parser's (a malformed part
      // header, say from a control character in a file name, or a body cut short): bad input.
      if (err instanceof Error) {
        (res.locals as UploadLocals).uploadProblem = 'MALFORMED_BODY';
        return next();
      }
      next(err);
    });
  };
}

export function createDocumentUploadRouter(
  documents: DocumentService,
  pages: PartnershipPages,
  maxBytes: number,
): Router {
  const router = Router();
  const path = '/partnerships/:partnershipId/documents';

  const capBytes = maxBytes + FORM_ALLOWANCE_BYTES;
  const receive = [refuseUnreadableBody(capBytes), receiveFile(maxBytes), csrfProtection()];
  router.post(path, requireMember, ...receive, async (req, res) => {
    const { programId, memberId } = asker(res);
    const partnershipId = idParam(req.params.partnershipId);
    try {
      const file = receivedFile(req.file, (res.locals as UploadLocals).uploadProblem);
      await documents.upload(programId, memberId, partnershipId, file);
      const back = `/partnerships/${partnershipId}?notice=uploaded#documents`;
      res.redirect(303, pluginPath(res, back));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      await showPartnership(pages, req, res, err.fields);
    }
  });

  router.use(conflictPage);
  return router;
}

function receivedFile(file: Express.Multer.File | undefined, problem: string | undefined) {
  if (problem === 'LIMIT_FILE_SIZE') {
    throw new ValidationError({ file: 'partnerships.documents.too_large' });
  }
  if (problem || !file) throw new ValidationError({ file: 'partnerships.documents.missing' });
  return { originalName: file.originalname, content: file.buffer };
}
