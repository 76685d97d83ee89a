/**
 * The upload of a shared document. A multipart form has no body until it is parsed, so this
 * router is mounted before the plugin's form parser and CSRF check: it parses the upload
 * (in memory, within the size limit), then runs the same CSRF check on the parsed fields
 * before anything is stored.
 */
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { csrfProtection } from '../web/csrf';
import { ValidationError } from '../web/errors';
import { requireMember } from '../web/request-context';
import { pluginPath } from '../web/render';
import type { DocumentService } from './document-service';
import type { PartnershipPages } from './partnership-pages';
import { showPartnership } from './partnership-routes';
import { asker, conflictPage, idParam } from './route-helpers';

interface UploadLocals {
  /** Why multer stopped reading the upload (LIMIT_FILE_SIZE, ...), if it did. */
  uploadProblem?: string;
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

  router.post(path, requireMember, receiveFile(maxBytes), csrfProtection(), async (req, res) => {
    const { programId, memberId } = asker(res);
    const partnershipId = idParam(req.params.partnershipId);
    try {
      const file = receivedFile(req.file, (res.locals as UploadLocals).uploadProblem);
      await documents.upload(programId, memberId, partnershipId, file);
      res.redirect(303, pluginPath(res, `/partnerships/${partnershipId}#documents`));
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
