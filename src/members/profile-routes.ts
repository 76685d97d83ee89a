/**
 * The member's own pages: their profile, the form to fill or edit it, the place search the
 * form's script uses, pausing, the export of their data and its deletion. Every page is the
 * signed-in member's own; contact details appear nowhere else yet.
 */
import { Router, type Request, type Response } from 'express';
import type { Logger } from '../logging/logger';
import { ValidationError, type FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember, signedInMember } from '../web/request-context';
import type { InstitutionService } from './institution-service';
import type { MemberDataService } from './member-data-service';
import type { Member } from './member-store';
import type { Place, PlaceDirectory } from './places';
import { formFromProfile, formViewModel, placeLabel } from './profile-form-view';
import { PROFILE_LIMITS } from './profile-options';
import type { ProfileService } from './profile-service';
import { checkProfileForm, readProfileForm, type ProfileForm } from './profile-validation';

export interface ProfileRouteDeps {
  profiles: ProfileService;
  institutions: InstitutionService;
  memberData: MemberDataService;
  places: PlaceDirectory;
  logger: Logger;
}

const PLACE_SEARCH_LIMIT = 10;

function programId(res: Response): number {
  return pageLocals(res).program.id;
}

async function renderForm(
  deps: ProfileRouteDeps,
  res: Response,
  member: Member,
  form: ProfileForm,
  problems: { errors: FieldErrors; placeChoices: Place[] },
  status: number,
) {
  const overview = await deps.profiles.overview(programId(res), member.id);
  const choices = await deps.institutions.choices(programId(res), member.hostInstitution);
  const failed = Object.keys(problems.errors).length > 0;

  renderPage(res, 'profile/edit', {
    title: t(res, failed ? 'profile.edit.title_with_errors' : 'profile.edit.title'),
    isNew: !overview.profile,
    ...formViewModel(res, {
      member,
      form,
      ...problems,
      institutionNames: choices.names,
      savedYears: overview.profile?.yearsExperience ?? null,
      maxMentorCapacity: await deps.profiles.mentorCapacityLimit(programId(res)),
    }),
  }, status);
}

async function showEditForm(deps: ProfileRouteDeps, res: Response) {
  const member = signedInMember(res);
  const overview = await deps.profiles.overview(programId(res), member.id);
  const proposed = overview.profile
    ? overview.institutionName
    : (await deps.institutions.choices(programId(res), member.hostInstitution)).proposed;
  const roles = overview.roles.map((role) => role.role);

  const form = formFromProfile(overview.profile, roles, member, deps.places, proposed);
  await renderForm(deps, res, member, form, { errors: {}, placeChoices: [] }, 200);
}

async function saveProfile(deps: ProfileRouteDeps, req: Request, res: Response) {
  const member = signedInMember(res);
  const form = readProfileForm(req.body);
  const maxCapacity = await deps.profiles.mentorCapacityLimit(programId(res));
  const check = checkProfileForm(form, deps.places, maxCapacity);
  if (!check.input) return renderForm(deps, res, member, form, check, 422);

  try {
    await deps.profiles.save(member, programId(res), check.input);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renderForm(deps, res, member, form, { errors: err.fields, placeChoices: [] }, 422);
  }
  res.redirect(303, pluginPath(res, '/profile?saved=1'));
}

function rolesView(overview: Awaited<ReturnType<ProfileService['overview']>>) {
  return overview.roles.map((role) => ({
    role: role.role,
    status: role.status,
    reason: role.statusReason,
    note: role.decisionNote,
  }));
}

async function showProfile(deps: ProfileRouteDeps, req: Request, res: Response) {
  const member = signedInMember(res);
  const overview = await deps.profiles.overview(programId(res), member.id);

  renderPage(res, 'profile/show', {
    title: t(res, 'profile.show.title'),
    saved: req.query.saved === '1',
    profile: overview.profile,
    roles: rolesView(overview),
    placeText: overview.place ? placeLabel(overview.place) : null,
    institutionName: overview.institutionName,
    hasMentorRole: overview.roles.some((role) => role.role === 'mentor'),
  });
}

function searchPlaces(deps: ProfileRouteDeps, req: Request, res: Response) {
  const raw = req.query.q;
  const query = typeof raw === 'string' ? raw.slice(0, PROFILE_LIMITS.placeQueryLength) : '';
  const places = deps.places.search(query, PLACE_SEARCH_LIMIT).map((place) => ({
    id: place.id,
    name: place.name,
    label: placeLabel(place),
  }));
  res.json({ places });
}

async function exportData(deps: ProfileRouteDeps, res: Response) {
  const memberId = pageLocals(res).viewer!.memberId;
  const document = await deps.memberData.export(memberId);

  deps.logger.info({ event: 'member_data_exported', member_id: memberId });
  res.attachment('mentormatch-my-data.json');
  res.type('application/json').send(JSON.stringify(document, null, 2));
}

function showDeletePage(res: Response, errors: FieldErrors = {}, status = 200) {
  const failed = Object.keys(errors).length > 0;
  const title = t(res, failed ? 'profile.delete.title_with_errors' : 'profile.delete.title');
  renderPage(res, 'profile/delete', { title, errors }, status);
}

async function deleteData(deps: ProfileRouteDeps, req: Request, res: Response) {
  // The box on the confirmation page; a post without it (a stray or forged one) deletes nothing.
  const confirmed = (req.body as Record<string, unknown> | undefined)?.confirm === 'yes';
  try {
    await deps.memberData.deleteEverything(pageLocals(res).viewer!.memberId, { confirmed });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return showDeletePage(res, err.fields, 422);
  }

  // Nothing is left to be signed in as: the session goes with the data.
  await new Promise<void>((resolve, reject) =>
    req.session.destroy((err) => (err ? reject(err) : resolve())),
  );
  res.redirect(303, pluginPath(res, '/profile/deleted'));
}

async function setPaused(deps: ProfileRouteDeps, res: Response, paused: boolean) {
  const member = signedInMember(res);
  await deps.profiles.setPaused(member, programId(res), paused);
  res.redirect(303, pluginPath(res, '/profile'));
}

export function createProfileRouter(deps: ProfileRouteDeps): Router {
  const router = Router();

  router.get('/places', requireMember, (req, res) => searchPlaces(deps, req, res));
  router.get('/profile', requireMember, (req, res) => showProfile(deps, req, res));
  router.get('/profile/edit', requireMember, (_req, res) => showEditForm(deps, res));
  router.post('/profile/edit', requireMember, (req, res) => saveProfile(deps, req, res));
  router.post('/profile/pause', requireMember, (_req, res) => setPaused(deps, res, true));
  router.post('/profile/resume', requireMember, (_req, res) => setPaused(deps, res, false));
  router.get('/profile/export', requireMember, (_req, res) => exportData(deps, res));

  router.get('/profile/delete', requireMember, (_req, res) => showDeletePage(res));
  router.post('/profile/delete', requireMember, (req, res) => deleteData(deps, req, res));
  router.get('/profile/deleted', (_req, res) => {
    renderPage(res, 'profile/deleted', { title: t(res, 'profile.deleted.title') });
  });

  return router;
}
