/**
 * The partnership pages and forms: "My partnerships", asking another member, answering a
 * request, and one page per partnership with its agreement, term and documents. Routes parse
 * the form, call one service and render or redirect; the rules live in the services.
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { isRole, type Role } from '../members/profile-options';
import { ConflictError, NotFoundError, type FieldErrors } from '../web/errors';
import { requireMember } from '../web/request-context';
import { pageLocals, renderPage, t } from '../web/render';
import { CONTENT_TYPES } from './document-types';
import type { DocumentService } from './document-service';
import type { PartnershipPages } from './partnership-pages';
import type { PartnershipService } from './partnership-service';
import type { RequestService } from './request-service';
import {
  asker,
  conflictPage,
  type Asker,
  field,
  fieldList,
  formRoute,
  idParam,
  noticeParam,
  renderForm,
  translator,
  type FormInvalid,
} from './route-helpers';

export interface PartnershipServices {
  requests: RequestService;
  partnerships: PartnershipService;
  documents: DocumentService;
  pages: PartnershipPages;
}

/** What the member typed, shown again beside the messages when a form is refused. */
type FormInput = Record<string, unknown>;

const passThrough: RequestHandler = (_req, _res, next) => next();

/** `requestLimit` runs before a request is sent, once the member is known to be signed in. */
export function createPartnershipRouter(
  services: PartnershipServices,
  requestLimit: RequestHandler = passThrough,
): Router {
  const router = Router();
  router.use('/partnerships', requireMember);

  addOverview(router, services);
  addRequestRoutes(router, services, requestLimit);
  addPartnershipRoutes(router, services);
  addDocumentRoutes(router, services);

  router.use(conflictPage);
  return router;
}

function addOverview(router: Router, { pages }: PartnershipServices) {
  router.get('/partnerships', async (_req, res) => {
    const { programId, memberId } = asker(res);
    const overview = await pages.overview(programId, memberId);
    renderPage(res, 'partnerships/index', {
      title: t(res, 'partnerships.index.title'),
      ...overview,
    });
  });
}

/** The form to ask a member, with the messages beside its fields when it was refused. */
async function showNewRequest(
  pages: PartnershipPages,
  req: Request,
  res: Response,
  errors: FieldErrors = {},
) {
  const { programId, memberId } = asker(res);
  const otherId = idParam(field(req, 'memberId') || String(req.query.memberId ?? ''));
  const role = roleParam(field(req, 'role') || String(req.query.role ?? ''));
  const page = await pages.newRequest(programId, memberId, otherId, role, translator(res));

  renderForm(
    res,
    'partnerships/new-request',
    {
      title: t(res, 'partnerships.new_request.title', { name: page.other.name }),
      ...page,
      input: { message: field(req, 'message') },
    },
    errors,
  );
}

type RequestLookup = PartnershipPages['request'];

/** The request the address names, as `lookup` lets the asking member see it. */
function namedRequest(req: Request, res: Response, lookup: RequestLookup) {
  const { programId, memberId } = asker(res);
  return lookup(programId, memberId, idParam(req.params.requestId), translator(res));
}

/** One request, for the member who made it or received it. */
async function showRequest(pages: PartnershipPages, req: Request, res: Response) {
  const page = await namedRequest(req, res, (...args) => pages.request(...args));
  renderPage(res, 'partnerships/request', {
    title: t(res, 'partnerships.request.title', { name: page.other?.name ?? '' }),
    ...page,
    notice: noticeParam(req),
  });
}

/** The confirmation before declining a request, with the optional reason asked for. */
async function showDecline(
  pages: PartnershipPages,
  req: Request,
  res: Response,
  errors: FieldErrors = {},
) {
  const page = await namedRequest(req, res, (...args) => pages.requestToDecline(...args));
  renderForm(
    res,
    'partnerships/decline-request',
    {
      title: t(res, 'partnerships.decline_confirm.title', { name: page.other?.name ?? '' }),
      request: page.request,
      other: page.other,
      input: { reason: field(req, 'reason') },
    },
    errors,
  );
}

/** Answers to a request and where each sends the member afterwards. */
type RequestAnswer = (who: Asker, requestId: number, req: Request) => Promise<string>;

function requestAnswers(requests: RequestService): Array<[string, RequestAnswer]> {
  return [
    [
      'accept',
      async (who, id) => {
        const partnershipId = await requests.accept(who.programId, who.memberId, id);
        return `/partnerships/${partnershipId}?notice=accepted`;
      },
    ],
    [
      'decline',
      async (who, id, req) => {
        await requests.decline(who.programId, who.memberId, id, field(req, 'reason') || null);
        return `/partnerships/requests/${id}?notice=declined`;
      },
    ],
    [
      'withdraw',
      async (who, id) => {
        await requests.withdraw(who.programId, who.memberId, id);
        return `/partnerships/requests/${id}?notice=withdrawn`;
      },
    ],
  ];
}

function addRequestRoutes(
  router: Router,
  { requests, pages }: PartnershipServices,
  requestLimit: RequestHandler,
) {
  const newForm: FormInvalid = (req, res, errors) => showNewRequest(pages, req, res, errors);
  // Of the answers' forms only the decline has a field (its reason) that can be refused, and
  // it comes back on the decline page; accepting and withdrawing send nothing to check.
  const declinePage: FormInvalid = (req, res, errors) => showDecline(pages, req, res, errors);

  router.get('/partnerships/requests/new', (req, res) => showNewRequest(pages, req, res));
  router.post(
    '/partnerships/requests',
    requestLimit,
    formRoute(async (req, res) => {
      const { programId, memberId } = asker(res);
      const id = await requests.request(programId, memberId, {
        otherMemberId: idParam(field(req, 'memberId')),
        role: roleParam(field(req, 'role')),
        message: field(req, 'message') || null,
      });
      return `/partnerships/requests/${id}?notice=requested`;
    }, newForm),
  );

  router.get('/partnerships/requests/:requestId', (req, res) => showRequest(pages, req, res));
  router.get('/partnerships/requests/:requestId/withdraw', async (req, res) => {
    const page = await namedRequest(req, res, (...args) => pages.requestToWithdraw(...args));
    renderPage(res, 'partnerships/withdraw-request', {
      title: t(res, 'partnerships.withdraw_confirm.title', { name: page.other?.name ?? '' }),
      ...page,
    });
  });
  router.get('/partnerships/requests/:requestId/decline', (req, res) =>
    showDecline(pages, req, res),
  );
  for (const [path, answer] of requestAnswers(requests)) {
    const act = (req: Request, res: Response) =>
      answer(asker(res), idParam(req.params.requestId), req);
    router.post(`/partnerships/requests/:requestId/${path}`, formRoute(act, declinePage));
  }
}

/** The partnership page, with a form's messages and input when one was refused. */
export async function showPartnership(
  pages: PartnershipPages,
  req: Request,
  res: Response,
  errors: FieldErrors = {},
  input: FormInput = {},
) {
  const { programId, memberId } = asker(res);
  const partnershipId = idParam(req.params.partnershipId);
  const page = await pages.partnership(programId, memberId, partnershipId, translator(res), input);
  renderForm(
    res,
    'partnerships/partnership',
    {
      title: t(res, 'partnerships.page.title', { name: page.other?.name ?? '' }),
      ...page,
      notice: noticeParam(req),
      input,
    },
    errors,
  );
}

interface StepTarget extends Asker {
  /** The partnership named in the path. */
  id: number;
}

type PartnershipStep = (target: StepTarget, req: Request) => Promise<unknown>;

/** The confirmation before ending a partnership early, with the reason asked for. */
async function showEnd(
  pages: PartnershipPages,
  req: Request,
  res: Response,
  errors: FieldErrors = {},
) {
  const { programId, memberId } = asker(res);
  const partnershipId = idParam(req.params.partnershipId);
  const page = await pages.partnership(programId, memberId, partnershipId, translator(res));
  if (!page.actions.end) {
    throw new ConflictError(`partnerships.error.status_${page.partnership.status}`);
  }

  renderForm(
    res,
    'partnerships/end',
    {
      title: t(res, 'partnerships.end_confirm.title', { name: page.other?.name ?? '' }),
      partnership: page.partnership,
      other: page.other,
      input: { reason: field(req, 'reason') },
    },
    errors,
  );
}

/**
 * Every form of the partnership page: its path, what it does, and where the browser goes
 * back to (the notice that says it was done, and the section to scroll to).
 */
function partnershipSteps(service: PartnershipService): Array<[string, PartnershipStep, string]> {
  return [
    [
      'sign',
      (s, req) => service.sign(s.programId, s.memberId, s.id, signature(req)),
      '?notice=signed#agreement',
    ],
    [
      'first-contact',
      (s) => service.confirmFirstContact(s.programId, s.memberId, s.id),
      '?notice=first_contact#contact',
    ],
    [
      'meeting-plan',
      (s, req) =>
        service.recordMeetingPlan(s.programId, s.memberId, s.id, {
          modes: fieldList(req, 'modes'),
          frequency: field(req, 'frequency'),
        }),
      '?notice=meeting_plan#meetings',
    ],
    [
      'extension',
      (s, req) =>
        service.proposeExtension(s.programId, s.memberId, s.id, Number(field(req, 'months'))),
      '?notice=extension_proposed#term',
    ],
    [
      'extension/accept',
      (s) => service.acceptExtension(s.programId, s.memberId, s.id),
      '?notice=extension_accepted#term',
    ],
    [
      'extension/drop',
      (s) => service.dropExtension(s.programId, s.memberId, s.id),
      '?notice=extension_dropped#term',
    ],
  ];
}

/** Runs a step on the partnership in the path, then shows its page again. */
function partnershipForm(pages: PartnershipPages, step: PartnershipStep, back: string) {
  return formRoute(
    async (req, res) => {
      const id = idParam(req.params.partnershipId);
      await step({ ...asker(res), id }, req);
      return `/partnerships/${id}${back}`;
    },
    (req, res, errors) => showPartnership(pages, req, res, errors, formInput(req)),
  );
}

/** Ending early is asked on a page of its own, which states what will happen. */
function addEndRoutes(router: Router, { partnerships, pages }: PartnershipServices) {
  const path = '/partnerships/:partnershipId/end';

  router.get(path, (req, res) => showEnd(pages, req, res));
  router.post(
    path,
    formRoute(
      async (req, res) => {
        const { programId, memberId } = asker(res);
        const id = idParam(req.params.partnershipId);
        await partnerships.end(programId, memberId, id, field(req, 'reason'));
        return `/partnerships/${id}?notice=ended`;
      },
      (req, res, errors) => showEnd(pages, req, res, errors),
    ),
  );
}

function addPartnershipRoutes(router: Router, services: PartnershipServices) {
  const { partnerships, pages } = services;
  const base = '/partnerships/:partnershipId';

  router.get(base, (req, res) => showPartnership(pages, req, res));

  router.get(`${base}/agreement`, async (req, res) => {
    const { programId, memberId } = asker(res);
    const id = idParam(req.params.partnershipId);
    const page = await pages.agreement(programId, memberId, id);

    // A document title cannot mark a language of its own, so an agreement written in the
    // other language is titled in the page's.
    const { title, language, version } = page.agreement;
    const inPageLanguage = language === pageLocals(res).locale;
    renderPage(res, 'partnerships/agreement', {
      ...page,
      title: inPageLanguage ? title : t(res, 'partnerships.agreement.page_title', { version }),
    });
  });

  for (const [path, step, back] of partnershipSteps(partnerships)) {
    router.post(`${base}/${path}`, partnershipForm(pages, step, back));
  }
  addEndRoutes(router, services);
}

function addDocumentRoutes(router: Router, { documents, pages }: PartnershipServices) {
  const base = '/partnerships/:partnershipId/documents/:documentId';

  router.get(base, async (req, res) => {
    const { programId, memberId } = asker(res);
    const document = await documents.download(
      programId,
      memberId,
      idParam(req.params.partnershipId),
      idParam(req.params.documentId),
    );

    // res.attachment writes a safe Content-Disposition (with a UTF-8 filename*); the type is
    // then fixed to the kind found in the content, whatever the name suggests.
    res.attachment(document.fileName);
    res.set({
      'Content-Type': CONTENT_TYPES[document.kind],
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.send(document.content);
  });

  router.get(`${base}/delete`, async (req, res) => {
    const { programId, memberId } = asker(res);
    const partnershipId = idParam(req.params.partnershipId);
    const documentId = idParam(req.params.documentId);
    const page = await pages.ownDocument(programId, memberId, partnershipId, documentId);
    renderPage(res, 'partnerships/delete-document', {
      title: t(res, 'partnerships.delete_confirm.title', { name: page.document.fileName }),
      ...page,
    });
  });

  router.post(
    `${base}/delete`,
    formRoute(
      async (req, res) => {
        const { programId, memberId } = asker(res);
        const partnershipId = idParam(req.params.partnershipId);
        await documents.delete(programId, memberId, partnershipId, idParam(req.params.documentId));
        return `/partnerships/${partnershipId}?notice=document_deleted#documents`;
      },
      (req, res, errors) => showPartnership(pages, req, res, errors),
    ),
  );
}

function roleParam(value: string): Role {
  if (!isRole(value)) throw new NotFoundError('role');
  return value;
}

function signature(req: Request) {
  return { fullName: field(req, 'fullName'), confirmed: field(req, 'confirm') === 'yes' };
}

/** Every field a partnership form sends, to fill the forms in again. */
function formInput(req: Request): FormInput {
  // Only the meeting form sends a frequency; other forms leave the recorded plan as it is.
  const meetingForm = field(req, 'frequency') !== '' || fieldList(req, 'modes').length > 0;
  return {
    fullName: field(req, 'fullName'),
    confirm: field(req, 'confirm') === 'yes',
    modes: meetingForm ? fieldList(req, 'modes') : undefined,
    frequency: meetingForm ? field(req, 'frequency') : undefined,
    months: field(req, 'months'),
  };
}
