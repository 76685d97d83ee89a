/**
 * Hostile markup in every free-text field, rendered everywhere it appears, emails included.
 *
 * Each field that a member, an administrator or the identity provider fills gets its own hostile
 * value (a script, an attribute break-out, a closing </textarea> or </title>, a javascript: URL,
 * Handlebars syntax, text already escaped, a spreadsheet formula), each carrying a marker such
 * as "xq07". A program is then lived through: profiles, suggestions, requests, a decline,
 * signatures, ends by a partner and by the program, role decisions, settings and a session.
 * Every page where a value appears, every email the outbox held (received over real SMTP) and
 * both CSV exports are read, and asserted:
 *
 * - no HTML page or HTML part holds markup built from a value: the page is read by a small
 *   tokenizer (test/security/markup-reader.ts), and a marker may sit only in text or in a plain
 *   attribute value, never in an element, an event handler, a script or a javascript: URL;
 * - each value expected on a page reads back exactly as typed, so a value that vanished (or was
 *   escaped twice) fails as surely as one left raw;
 * - the plain-text part of an email carries its values verbatim, not HTML-escaped;
 * - CSV cells that start like a formula (=, +, -, @) are neutralised with an apostrophe, as
 *   src/admin/report-csv.ts promises, and every other cell holds the value as typed;
 * - a form refused for bad input shows the hostile input back, escaped, in its field.
 */
import Handlebars from 'handlebars';
import type { ParsedMail } from 'mailparser';
import request, { type Response } from 'supertest';
import { messageIdFor } from '../../src/mail/outbox';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { post, smtpSettings } from '../admin/admin-helpers';
import { csvRecords, parseCsv, runMatching } from '../admin/oversight-helpers';
import {
  accept,
  postForm,
  profileForm as joinProfileForm,
  requestPartnership,
  type Agent,
  type FormBody,
  type Person,
} from '../partnerships/partnership-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR, signIn } from '../support/saml';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { injectionsIn, shownAsTyped } from './markup-reader';

/** One hostile value per field, grouped by who fills it. */
const HOSTILE = {
  // Sent by the identity provider as SAML attributes.
  mentorGiven: `<script>alert('xq01')</script>`,
  mentorSurname: `</title><svg onload=alert('xq02')>`,
  mentorHostInstitution: `'><img src=x onerror=alert('xq03')>`,
  mentorPortalEmail: `x'onmouseover='alert(xq04)'@host.example`,
  menteeGiven: `=HYPERLINK("https://evil.example/xq05","open")`,
  menteeSurname: `"><img src=x onerror=alert('xq06')>`,
  menteeHostInstitution: `{{constructor.constructor 'alert(xq07)'}}`,
  declinedGiven: `</textarea><script>alert('xq08')</script>`,
  declinedSurname: `&lt;b&gt;xq09&amp;`,
  secondMenteeGiven: `@SUM(1+1)*cmd|' /C calc'!xq10`,
  secondMenteeSurname: `<a href=javascript:alert('xq11')>x</a>`,
  unknownGiven: `<iframe src=javascript:alert('xq12')>`,
  unknownSurname: `'"><script>alert('xq13')</script>`,
  unknownMemberType: `<svg/onload=alert('xq14')>`,
  lapsedStatus: `<script>alert('xq15')</script>`,
  bouncedGiven: `"onfocus="alert('xq16')" autofocus x="`,
  bouncedSurname: `-xq17+cmd|' /C calc'!A0`,
  adminGiven: `<b onmouseover=alert('xq18')>`,
  adminSurname: `{{#each this}}xq19{{/each}}`,
  waitingGiven: `<img src=x onerror=alert('xq42')>`,
  waitingSurname: `';alert('xq43');//`,
  // Typed by members.
  mentorOtherInformation: `</textarea><script>alert('xq20')</script>`,
  menteeOtherInformation: `&lt;script&gt;alert('xq21')&lt;/script&gt;`,
  mentorInstitution: `@SUM(1+1)*cmd|' /C calc'!xq22 "><b>`,
  menteeInstitution: `-2+3+cmd|' /C calc'!xq23 "><i>`,
  // Addresses are hostile only within what mail servers accept, or no email would leave.
  mentorContactEmail: `'&{{xq24}}=/?@evil.example`,
  menteeContactEmail: `+xq25'&=@evil.example`,
  requestMessage: `<script>alert('xq26')</script> then "><img src=x onerror=alert('xq26')>`,
  declineReason: `</textarea><img src=x onerror=alert('xq27')>`,
  partnerEndReason: `-1+cmd|' /C calc'!xq28 <script>alert('xq28')</script>`,
  // Typed by the program administrator.
  programEndReason: `+xq29"><svg onload=alert('xq29')>`,
  declineNote: `</textarea><img src=x onerror=alert('xq30')>`,
  suspendNote: `javascript:alert('xq31')`,
  programName: `"></title><script>alert('xq32')</script>`,
  programContactEmail: `'&{{xq33}}=/?@ola.example`,
  introduction: `</textarea><script>alert('xq34')</script> intro of`,
  agreementTitle: `"><svg onload=alert('xq35')>`,
  agreementFirstParagraph: `</textarea><script>alert('xq36')</script>`,
  agreementSecondParagraph: `{{constructor.constructor 'alert(xq37)'}}`,
  sessionName: `"></textarea></title><script>alert('xq38')</script>`,
  secondProgramName: `"><img src=x onerror=alert('xq39')>`,
  // Typed into the address bar, and shown back in a search box.
  participantSearch: `"><script>alert('xq40')</script>`,
  pairSearch: `'><svg onload=alert('xq41')>`,
} as const;

type Field = keyof typeof HOSTILE;

/** A signature typed in capitals: the same name to the check, a value of its own. */
const SIGNATURES = {
  mentor: `${HOSTILE.mentorGiven} ${HOSTILE.mentorSurname}`.toUpperCase(),
  mentee: `${HOSTILE.menteeGiven} ${HOSTILE.menteeSurname}`.toUpperCase(),
};

const PHONE = '+1 (416) 555-0142';
const DAY_MS = 86_400_000;

/** A value with the name of its field, for messages that say which went wrong. */
interface Expected {
  field: string;
  value: string;
}

const the = (...fields: Field[]): Expected[] =>
  fields.map((field) => ({ field, value: HOSTILE[field] }));

const signature = (who: keyof typeof SIGNATURES): Expected => ({
  field: `${who}Signature`,
  value: SIGNATURES[who],
});

const introFor = (template: string) => `${HOSTILE.introduction} ${template}`;

interface MemberSpec {
  key: string;
  given: string;
  surname: string;
  roles: Array<'mentor' | 'mentee'>;
  years: number;
  hostInstitution?: string;
  institution?: string;
  other?: string;
  contactEmail?: string;
  portalEmail?: string;
  membershipStatus?: string;
  memberType?: string;
  /** What the profile form shows before anything is saved (the host's institution). */
  firstFormShows?: Expected[];
}

const MEMBERS: MemberSpec[] = [
  {
    key: 'mentor',
    given: HOSTILE.mentorGiven,
    surname: HOSTILE.mentorSurname,
    roles: ['mentor'],
    years: 12,
    hostInstitution: HOSTILE.mentorHostInstitution,
    institution: HOSTILE.mentorInstitution,
    other: HOSTILE.mentorOtherInformation,
    contactEmail: HOSTILE.mentorContactEmail,
    portalEmail: HOSTILE.mentorPortalEmail,
    firstFormShows: the('mentorHostInstitution'),
  },
  {
    key: 'mentee',
    given: HOSTILE.menteeGiven,
    surname: HOSTILE.menteeSurname,
    roles: ['mentee'],
    years: 1,
    hostInstitution: HOSTILE.menteeHostInstitution,
    institution: HOSTILE.menteeInstitution,
    other: HOSTILE.menteeOtherInformation,
    contactEmail: HOSTILE.menteeContactEmail,
    firstFormShows: the('menteeHostInstitution'),
  },
  // Asks the mentor and is declined; later an administrator suspends their role.
  {
    key: 'declined',
    given: HOSTILE.declinedGiven,
    surname: HOSTILE.declinedSurname,
    roles: ['mentee'],
    years: 1,
  },
  // Partners the mentor until the program ends the partnership.
  {
    key: 'second',
    given: HOSTILE.secondMenteeGiven,
    surname: HOSTILE.secondMenteeSurname,
    roles: ['mentee'],
    years: 2,
  },
  // The host reports no membership: the role waits, and an administrator declines it.
  {
    key: 'unknown',
    given: HOSTILE.unknownGiven,
    surname: HOSTILE.unknownSurname,
    roles: ['mentee'],
    years: 1,
    membershipStatus: '',
    memberType: HOSTILE.unknownMemberType,
  },
  {
    key: 'lapsed',
    given: 'Lee',
    surname: 'Lapsed',
    roles: ['mentee'],
    years: 1,
    membershipStatus: HOSTILE.lapsedStatus,
  },
  // Asks the mentor, withdraws, asks again and is never answered: the request expires.
  {
    key: 'waiting',
    given: HOSTILE.waitingGiven,
    surname: HOSTILE.waitingSurname,
    roles: ['mentee'],
    years: 1,
  },
  // Their mail server refuses every email: the email log lists them as failed.
  {
    key: 'bounced',
    given: HOSTILE.bouncedGiven,
    surname: HOSTILE.bouncedSurname,
    roles: ['mentee'],
    years: 1,
    contactEmail: 'bounced.member@example.org',
  },
];

/** Every text field of the profile hostile, and the contact fields invalid, so it is refused. */
const REFUSED_PROFILE: FormBody = {
  roles: ['mentor'],
  focus: 'public',
  years_experience: `"><script>alert('xq50')</script>`,
  place_query: `</textarea><script>alert('xq51')</script>`,
  supervisory_years: `'><svg onload=alert('xq52')>`,
  supervised_people: `"><img src=x onerror=alert('xq53')>`,
  institution: `"><iframe src=javascript:alert('xq54')>`,
  mentor_capacity: `{{constructor.constructor 'alert(xq55)'}}`,
  other_information: `</textarea><script>alert('xq56')</script>`,
  contact_email: `"><script>alert('xq57')</script>`,
  contact_phone: `"><img src=x onerror=alert('xq58')>`,
};

const REFUSED_SETTINGS: FormBody = {
  name: `</title><script>alert('xq67')</script>`,
  program_contact_email: `"><img src=x onerror=alert('xq68')>`,
  support_contact_email: 'help@ola.example',
  partnership_term_months: `'><svg onload=alert('xq69')>`,
  request_expiry_days: '14',
  max_mentor_capacity: '3',
  document_retention_days: '30',
};

const REFUSED_SESSION: FormBody = {
  name: `</textarea><script>alert('xq70')</script>`,
  registration_opens: `"><img src=x onerror=alert('xq71')>`,
  registration_closes: '2027-02-21',
  starts: `'><svg onload=alert('xq72')>`,
  term_months: `"><script>alert('xq73')</script>`,
};

const MARKERS = [
  ...new Set(
    [
      ...Object.values(HOSTILE),
      ...Object.values(SIGNATURES),
      ...[REFUSED_PROFILE, REFUSED_SETTINGS, REFUSED_SESSION].flatMap(Object.values),
    ].flatMap((value) => String(value).match(/xq\d\d/gi) ?? []),
  ),
];

interface Visited {
  label: string;
  status: number;
  html: string;
  expected: Expected[];
}

interface OutboxRow {
  id: number;
  uuid: string;
  template: string;
  to_address: string;
  status: string;
  data: string;
}

/** Problems of one HTML page or part: markup built from a value, or a value not shown. */
function problemsIn(label: string, html: string, expected: Expected[]): string[] {
  const injected = injectionsIn(html, MARKERS).map((problem) => `${label}: ${problem}`);
  const missing = expected
    .filter((e) => !shownAsTyped(html, e.value))
    .map((e) => `${label}: ${e.field} is not shown as typed`);
  return [...injected, ...missing];
}

/** Problems of plain text: a value missing, or a value escaped as if text were HTML. */
function textProblems(label: string, text: string, expected: Expected[]): string[] {
  const missing = expected
    .filter((e) => !text.includes(e.value))
    .map((e) => `${label}: ${e.field} is not there verbatim`);
  const escaped = Object.entries(HOSTILE)
    .filter(([, value]) => Handlebars.escapeExpression(value) !== value)
    .filter(([, value]) => text.includes(Handlebars.escapeExpression(value)))
    .map(([field]) => `${label}: ${field} is HTML-escaped in plain text`);
  return [...missing, ...escaped];
}

/**
 * What one delivered email shows wrongly, in its HTML part, text part or subject. It must
 * show the program's name, its own introduction, and every hostile value its data carries.
 */
function emailProblems(label: string, row: OutboxRow, parsed: ParsedMail): string[] {
  const data: Record<string, unknown> = JSON.parse(row.data);
  const carried = Object.entries(data)
    .filter(([, value]) => typeof value === 'string' && /xq\d\d/.test(value))
    .map(([field, value]) => ({ field, value: value as string }));
  const intro = { field: 'introduction', value: introFor(row.template) };
  const expected = [...the('programName'), intro, ...carried];
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const subject = parsed.subject ?? '';

  return [
    ...problemsIn(`${label} (HTML)`, html, expected),
    ...textProblems(`${label} (text)`, parsed.text ?? '', expected),
    ...textProblems(`${label} (subject)`, subject, []),
    ...(/[\r\n]/.test(subject) ? [`${label}: the subject spans lines`] : []),
  ];
}

/** The registration window of a session open today, by the real clock SAML follows. */
function openSession(name: string): Record<string, string> {
  const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
  return {
    name,
    registration_opens: day(-1),
    registration_closes: day(30),
    starts: day(40),
    term_months: '6',
  };
}

describe.each(databaseKinds())('hostile text in every field on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer;
  let admin: Agent;
  let outbox: OutboxRow[] = [];
  const visited: Visited[] = [];
  const ids: Record<string, number> = {};
  const people: Record<string, Person> = {};
  const exports: Record<string, Response> = {};

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ rejectRecipient: (to) => to.startsWith('bounced.') });
    test = await startTestPlugin(kind, smtpSettings(smtp.port));
    admin = await signInAs(ADMINISTRATOR, {
      givenName: HOSTILE.adminGiven,
      surname: HOSTILE.adminSurname,
    });

    await configureProgram();
    for (const spec of MEMBERS) people[spec.key] = await join(spec);
    await runMatching(test);
    await visitSuggestions();
    await askDeclineAndAccept();
    await signAgreements();
    await decideRoles();
    await endPartnerships();
    await adminSaves('/admin/sessions', openSession(HOSTILE.sessionName));
    await letARequestExpire();
    outbox = await test.database.db('mm_outbox').orderBy('id');
    for (const [label, path, expected] of await administrationPages()) {
      await see(label, admin, path, expected);
    }
    for (const report of ['participants', 'partnerships']) {
      exports[report] = await post(admin, test, `/admin/reports/${report}.csv`, { contact: 'yes' });
    }
  }, 60_000);

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  async function signInAs(member: SampleMember, overrides: Partial<SampleMember> = {}) {
    // One address signs in more members than the sign-in limit allows; a new window would.
    await test.database.db('mm_rate_limits').delete();
    const agent = request.agent(test.server);
    const res = await signIn(agent, test, member, { memberOverrides: overrides });
    if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
    return agent;
  }

  async function see(label: string, agent: Agent, path: string, expected: Expected[]) {
    const res = await agent.get(at(test, path));
    visited.push({ label, status: res.status, html: res.text, expected });
  }

  async function succeeds(agent: Agent, path: string, body: FormBody) {
    const res = await postForm(agent, test, path, body);
    if (res.status !== 303) throw new Error(`${path} answered ${res.status}: ${res.text}`);
  }

  const adminSaves = (path: string, body: FormBody) => succeeds(admin, path, body);

  async function configureProgram() {
    await adminSaves('/admin/settings', {
      name: HOSTILE.programName,
      program_contact_email: HOSTILE.programContactEmail,
      support_contact_email: 'help@ola.example',
      partnership_term_months: '6',
      request_expiry_days: '14',
      max_mentor_capacity: '3',
      document_retention_days: '30',
    });
    await adminSaves('/admin/settings/agreement', {
      agreement_language: 'en',
      agreement_title: HOSTILE.agreementTitle,
      agreement_body: `${HOSTILE.agreementFirstParagraph}\n\n${HOSTILE.agreementSecondParagraph}`,
    });
    const templates = test.plugin.mentormatch.outbox.templateNames;
    const intros = templates.flatMap((template) =>
      ['en', 'fr'].map((locale) => [`intro_${locale}_${template}`, introFor(template)]),
    );
    await adminSaves('/admin/settings/emails', Object.fromEntries(intros));
    await adminSaves('/admin/programs', {
      name: HOSTILE.secondProgramName,
      slug: 'second-program',
      program_contact_email: 'second@ola.example',
      support_contact_email: 'help@ola.example',
    });
  }

  /** Signs the member in, looks at the empty profile form, then saves the profile. */
  async function join(spec: MemberSpec): Promise<Person> {
    const member: SampleMember = {
      ...ACTIVE_MENTOR,
      nameId: `escaping-${spec.key}`,
      email: spec.portalEmail ?? `${spec.key}@host.example`,
      givenName: spec.given,
      surname: spec.surname,
      institution: spec.hostInstitution ?? `Host library of ${spec.key}`,
      membershipStatus: (spec.membershipStatus ?? 'active') as SampleMember['membershipStatus'],
      memberType: spec.memberType ?? 'professional',
      preferredLanguage: 'en',
    };
    const agent = await signInAs(member);
    await see(
      `the first profile form of ${spec.key}`,
      agent,
      '/profile/edit',
      spec.firstFormShows ?? [],
    );
    const contactEmail = spec.contactEmail ?? `${spec.key}.contact@example.org`;
    await succeeds(agent, '/profile/edit', profileForm(spec, contactEmail));

    const row = await test.database.db('mm_members').where({ external_id: member.nameId }).first();
    const name = `${spec.given} ${spec.surname}`;
    return { id: row.id, name, agent, member, contactEmail, contactPhone: PHONE };
  }

  function profileForm(spec: MemberSpec, contactEmail: string): FormBody {
    const person = { ...spec, givenName: spec.given, capacity: 3 };
    const institution = spec.institution ?? `Library of ${spec.key}`;
    return {
      ...joinProfileForm(person, institution, contactEmail, PHONE),
      skills_wanted: spec.roles.includes('mentee') ? ['communication'] : [],
      other_information: spec.other ?? '',
    };
  }

  async function visitSuggestions() {
    const { mentor, mentee } = people;
    const mentorProfile = the('mentorOtherInformation', 'mentorInstitution');
    const mentorName = the('mentorGiven', 'mentorSurname');
    await see("the mentor's home", mentor.agent, '/', the('programName', 'mentorGiven'));
    await see("the mentor's profile", mentor.agent, '/profile', [
      ...mentorProfile,
      ...the('mentorContactEmail'),
    ]);
    await see("the mentor's profile form", mentor.agent, '/profile/edit', [
      ...mentorProfile,
      ...the('mentorContactEmail', 'menteeInstitution'),
    ]);
    await see("the mentor's suggestions", mentor.agent, '/suggestions', [
      ...the('menteeGiven', 'menteeSurname', 'declinedGiven', 'declinedSurname'),
      ...the('secondMenteeGiven', 'secondMenteeSurname', 'bouncedGiven', 'bouncedSurname'),
    ]);
    await see('the mentee as a suggestion', mentor.agent, `/suggestions/${mentee.id}`, [
      ...the('menteeGiven', 'menteeSurname', 'menteeOtherInformation', 'menteeInstitution'),
    ]);
    await see("the mentee's suggestions", mentee.agent, '/suggestions', mentorName);
    await see('the mentor as a suggestion', mentee.agent, `/suggestions/${mentor.id}`, [
      ...mentorName,
      ...mentorProfile,
    ]);
    await see(
      'dismissing the mentor',
      mentee.agent,
      `/suggestions/${mentor.id}/dismiss`,
      mentorName,
    );
    await see(
      'asking the mentor',
      mentee.agent,
      `/partnerships/requests/new?memberId=${mentor.id}&role=mentee`,
      [...mentorName, ...mentorProfile],
    );
  }

  async function askDeclineAndAccept() {
    const { mentor, mentee, declined, second } = people;
    const refused = await requestPartnership(test, declined, mentor, 'mentee');
    const refusedPath = `/partnerships/requests/${refused}`;
    await succeeds(mentor.agent, `${refusedPath}/decline`, { reason: HOSTILE.declineReason });
    await see(
      'a declined request, to its sender',
      declined.agent,
      refusedPath,
      the('mentorGiven', 'mentorSurname', 'declineReason'),
    );
    await see(
      'a declined request, to its recipient',
      mentor.agent,
      refusedPath,
      the('declinedGiven', 'declinedSurname', 'declineReason'),
    );

    const asked = await requestPartnership(test, mentee, mentor, 'mentee', HOSTILE.requestMessage);
    const path = `/partnerships/requests/${asked}`;
    await see(
      'a request, to its recipient',
      mentor.agent,
      path,
      the('menteeGiven', 'menteeSurname', 'requestMessage', 'menteeOtherInformation'),
    );
    await see(
      'a request, to its sender',
      mentee.agent,
      path,
      the('mentorGiven', 'mentorSurname', 'requestMessage'),
    );
    ids.partnership = await accept(test, mentor, asked);
    const secondAsked = await requestPartnership(test, second, mentor, 'mentee');
    ids.second = await accept(test, mentor, secondAsked);
  }

  async function signAgreements() {
    const { mentor, mentee, second } = people;
    const page = `/partnerships/${ids.partnership}`;
    const sign = (person: Person, id: number, fullName: string) =>
      succeeds(person.agent, `/partnerships/${id}/sign`, { fullName, confirm: 'yes' });

    await sign(mentor, ids.partnership, SIGNATURES.mentor);
    await see('an agreement half signed', mentee.agent, page, [
      ...the('agreementTitle', 'mentorGiven', 'mentorSurname'),
      signature('mentor'),
    ]);
    await sign(mentee, ids.partnership, SIGNATURES.mentee);
    await sign(mentor, ids.second, SIGNATURES.mentor);
    await sign(second, ids.second, second.name);
    await succeeds(mentor.agent, `${page}/extension`, { months: '3' });
    await visitPartnership(page);
    // Weeks before the term ends: the first-contact and ending-soon reminders go out.
    const partnerships = test.database.db('mm_partnerships');
    const [endsAt] = await partnerships.where({ id: ids.second }).pluck('ends_at');
    await sendDueEmailsAt([Number(endsAt) - 20 * DAY_MS]);
  }

  /** Runs the jobs and sends the emails due at each moment, then puts the clock back. */
  async function sendDueEmailsAt(moments: number[]) {
    for (const moment of moments) {
      test.clock.now = moment;
      await test.plugin.mentormatch.jobs.runDueOnce();
      await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    }
    // SAML checks sign-ins against the real clock, and the sessions follow it.
    test.clock.now = Date.now();
  }

  async function visitPartnership(page: string) {
    const { mentor, mentee } = people;
    const both = [signature('mentor'), signature('mentee')];
    await see('a partnership, to its mentor', mentor.agent, page, [
      ...the('menteeGiven', 'menteeSurname', 'menteeOtherInformation', 'menteeInstitution'),
      ...the('menteeContactEmail', 'agreementTitle'),
      ...both,
    ]);
    await see('a partnership, to its mentee', mentee.agent, page, [
      ...the('mentorGiven', 'mentorSurname', 'mentorOtherInformation', 'mentorInstitution'),
      ...the('mentorContactEmail', 'agreementTitle'),
      ...both,
    ]);
    await see('the signed agreement', mentee.agent, `${page}/agreement`, [
      ...the('agreementTitle', 'agreementFirstParagraph', 'agreementSecondParagraph'),
      ...both,
    ]);
    await see("the mentor's partnerships", mentor.agent, '/partnerships', [
      ...the('menteeGiven', 'menteeSurname', 'declinedGiven', 'declinedSurname'),
      ...the('secondMenteeGiven', 'secondMenteeSurname'),
    ]);
    await see(
      "the mentee's partnerships",
      mentee.agent,
      '/partnerships',
      the('mentorGiven', 'mentorSurname'),
    );
  }

  async function decideRoles() {
    const { unknown, declined } = people;
    const [waiting] = await roleIdsOf(unknown.id);
    await see(
      'the approval queue',
      admin,
      '/admin/approvals',
      the('unknownGiven', 'unknownSurname'),
    );
    await adminSaves(`/admin/approvals/${waiting}/decline`, { note: HOSTILE.declineNote });
    const [approved] = await roleIdsOf(declined.id);
    await adminSaves(`/admin/participants/${declined.id}/roles/${approved}`, {
      action: 'suspend',
      note: HOSTILE.suspendNote,
    });
    await see("a declined member's profile", unknown.agent, '/profile', the('declineNote'));
    await see("a suspended member's profile", declined.agent, '/profile', the('suspendNote'));
  }

  async function roleIdsOf(memberId: number): Promise<number[]> {
    return test.database
      .db('mm_profile_roles as r')
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .where({ 'p.member_id': memberId })
      .pluck('r.id');
  }

  async function endPartnerships() {
    const { mentor, mentee } = people;
    const page = `/partnerships/${ids.partnership}`;
    await succeeds(mentee.agent, `${page}/end`, { reason: HOSTILE.partnerEndReason });
    await adminSaves(`/admin/partnerships/${ids.second}/end`, {
      reason: HOSTILE.programEndReason,
    });
    await see(
      'an ended partnership, to its mentor',
      mentor.agent,
      page,
      the('menteeGiven', 'menteeSurname'),
    );
  }

  /**
   * A request withdrawn, then one left unanswered until the reminder and the expiry jobs have
   * run and their emails have gone.
   */
  async function letARequestExpire() {
    const { mentor, waiting } = people;
    const withdrawn = await requestPartnership(test, waiting, mentor, 'mentee');
    await succeeds(waiting.agent, `/partnerships/requests/${withdrawn}/withdraw`, {});
    const unanswered = await requestPartnership(test, waiting, mentor, 'mentee');
    await sendDueEmailsAt([Date.now() + 12 * DAY_MS, Date.now() + 15 * DAY_MS]);
    await see(
      'an expired request, to its sender',
      waiting.agent,
      `/partnerships/requests/${unanswered}`,
      the('mentorGiven', 'mentorSurname'),
    );
    await see(
      'an expired request, to its recipient',
      mentor.agent,
      `/partnerships/requests/${unanswered}`,
      the('waitingGiven', 'waitingSurname'),
    );
  }

  /** The administrators' pages, each with the values it must show. */
  async function administrationPages(): Promise<Array<[string, string, Expected[]]>> {
    const { mentor, mentee, declined, second, unknown, lapsed } = people;
    const record = (id: number) => `/admin/participants/${id}`;
    const adminName = the('adminGiven', 'adminSurname');
    const search = encodeURIComponent(HOSTILE.participantSearch);
    const pair =
      `/admin/matching/pair?mentee=${second.id}&mentor=${mentor.id}` +
      `&menteeQuery=${encodeURIComponent(HOSTILE.pairSearch)}`;
    const [session] = await test.database.db('mm_program_sessions').pluck('id');
    return [
      ['administration home', '/admin', the('programName')],
      [
        'participants',
        '/admin/participants',
        [
          ...the('mentorGiven', 'mentorSurname', 'menteeGiven', 'menteeSurname'),
          ...the('declinedGiven', 'declinedSurname', 'secondMenteeGiven', 'secondMenteeSurname'),
          ...the('unknownGiven', 'unknownSurname', 'bouncedGiven', 'bouncedSurname'),
          ...the('waitingGiven', 'waitingSurname', 'mentorContactEmail', 'menteeContactEmail'),
        ],
      ],
      ['a participant search', `/admin/participants?q=${search}`, the('participantSearch')],
      [
        "the mentor's record",
        record(mentor.id),
        [
          ...the('mentorGiven', 'mentorSurname', 'mentorPortalEmail', 'mentorContactEmail'),
          ...the('mentorOtherInformation', 'mentorInstitution'),
          ...the('menteeGiven', 'menteeSurname', 'declinedGiven', 'declinedSurname'),
          ...the('secondMenteeGiven', 'secondMenteeSurname'),
          ...the('declineReason', 'partnerEndReason', 'programEndReason'),
        ],
      ],
      [
        "the mentee's record",
        record(mentee.id),
        [
          ...the('menteeGiven', 'menteeSurname', 'menteeContactEmail', 'menteeOtherInformation'),
          ...the('menteeInstitution', 'mentorGiven', 'mentorSurname', 'partnerEndReason'),
        ],
      ],
      [
        "a suspended member's record",
        record(declined.id),
        [...the('declinedGiven', 'declinedSurname', 'suspendNote', 'declineReason'), ...adminName],
      ],
      [
        "a declined member's record",
        record(unknown.id),
        [
          ...the('unknownGiven', 'unknownSurname', 'unknownMemberType', 'declineNote'),
          ...adminName,
        ],
      ],
      ["a lapsed member's record", record(lapsed.id), the('lapsedStatus')],
      [
        "the mentor's exclusions",
        `${record(mentor.id)}/exclusions`,
        the('mentorGiven', 'mentorSurname'),
      ],
      [
        'a pair checked by hand',
        pair,
        [
          ...the('pairSearch', 'mentorGiven', 'mentorSurname'),
          ...the('secondMenteeGiven', 'secondMenteeSurname'),
        ],
      ],
      [
        'partnerships',
        '/admin/partnerships',
        [
          ...the('mentorGiven', 'mentorSurname', 'menteeGiven', 'menteeSurname'),
          ...the('secondMenteeGiven', 'secondMenteeSurname'),
          ...the('partnerEndReason', 'programEndReason'),
          ...adminName,
        ],
      ],
      [
        'a partnership ended by a partner',
        `/admin/partnerships/${ids.partnership}`,
        [
          ...the('mentorGiven', 'mentorSurname', 'menteeGiven', 'menteeSurname'),
          ...the('partnerEndReason'),
        ],
      ],
      [
        'a partnership ended by the program',
        `/admin/partnerships/${ids.second}`,
        [...the('secondMenteeGiven', 'secondMenteeSurname', 'programEndReason'), ...adminName],
      ],
      ['reports', '/admin/reports', []],
      [
        'the email log',
        '/admin/email-log',
        [
          ...the('mentorGiven', 'mentorSurname', 'menteeGiven', 'menteeSurname'),
          ...the('declinedGiven', 'declinedSurname', 'unknownGiven', 'unknownSurname'),
          ...the('mentorContactEmail', 'menteeContactEmail'),
        ],
      ],
      ['failed emails', '/admin/email-log?status=failed', the('bouncedGiven', 'bouncedSurname')],
      [
        'the audit log',
        '/admin/audit-log',
        [
          ...adminName,
          ...the('programName', 'agreementTitle', 'sessionName', 'suspendNote', 'programEndReason'),
        ],
      ],
      ['general settings', '/admin/settings', the('programName', 'programContactEmail')],
      [
        'agreement settings',
        '/admin/settings/agreement',
        the('agreementTitle', 'agreementFirstParagraph', 'agreementSecondParagraph'),
      ],
      ['email settings', '/admin/settings/emails', the('introduction')],
      ['sessions', '/admin/sessions', the('sessionName')],
      ['a session', `/admin/sessions/${session}`, the('sessionName')],
      ['programs', '/admin/programs', the('programName', 'secondProgramName')],
    ];
  }

  /** Forms posted with hostile values that break a rule: each comes back with what was typed. */
  async function refuseHostileForms(): Promise<Visited[]> {
    const { mentor, bounced } = people;
    const tooLong = (value: string) => `${value} ${'x'.repeat(2100)}`;
    const refused: Visited[] = [];
    const submit = async (label: string, agent: Agent, path: string, body: FormBody) => {
      const res = await postForm(agent, test, path, body);
      // Each hostile value comes back in its field, unless the form offers only choices.
      const shown = path.endsWith('/meeting-plan') ? [] : Object.entries(body);
      const expected = shown
        .filter(([, value]) => typeof value === 'string' && /xq\d\d/.test(value))
        .map(([name, value]) => ({ field: name, value: value as string }));
      refused.push({ label, status: res.status, html: res.text, expected });
    };

    await submit('the profile form', mentor.agent, '/profile/edit', REFUSED_PROFILE);
    await submit('a request', bounced.agent, '/partnerships/requests', {
      memberId: String(mentor.id),
      role: 'mentee',
      message: tooLong(`</textarea><script>alert('xq60')</script>`),
    });
    const requestId = await requestPartnership(test, bounced, mentor, 'mentee');
    await submit('a decline', mentor.agent, `/partnerships/requests/${requestId}/decline`, {
      reason: tooLong(`</textarea><img src=x onerror=alert('xq61')>`),
    });
    const page = `/partnerships/${await accept(test, mentor, requestId)}`;
    await submit('a signature', bounced.agent, `${page}/sign`, {
      fullName: `"><script>alert('xq62')</script>`,
      confirm: 'yes',
    });
    await submit('a meeting plan', bounced.agent, `${page}/meeting-plan`, {
      modes: `"><script>alert('xq63')</script>`,
      frequency: `'><svg onload=alert('xq63')>`,
    });
    await submit('an end', bounced.agent, `${page}/end`, {
      reason: tooLong(`</textarea><script>alert('xq64')</script>`),
    });
    await submit("the program's end", admin, `/admin${page}/end`, {
      reason: tooLong(`</textarea><svg onload=alert('xq65')>`),
    });
    const [role] = await roleIdsOf(bounced.id);
    await submit('a suspension', admin, `/admin/participants/${bounced.id}/roles/${role}`, {
      action: 'suspend',
      note: tooLong(`</textarea><script>alert('xq66')</script>`),
    });
    await submit('the general settings', admin, '/admin/settings', REFUSED_SETTINGS);
    await submit('a new session', admin, '/admin/sessions', REFUSED_SESSION);
    return refused;
  }

  it('escapes every value on every page where it appears, and shows each as typed', () => {
    const broken = visited.filter((page) => page.status !== 200).map((p) => p.label);
    const problems = visited.flatMap((page) => problemsIn(page.label, page.html, page.expected));

    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
    const checks = visited.reduce((sum, page) => sum + page.expected.length, 0);
    process.stdout.write(
      `escaping: ${Object.keys(HOSTILE).length + 2} fields, ${visited.length} pages, ` +
        `${checks} values read back as typed\n`,
    );
  });

  it('escapes every value in the HTML part of each email and keeps it verbatim in the text', () => {
    const received = new Map(smtp.messages.map((m) => [m.parsed.messageId, m.parsed]));
    const problems: string[] = [];
    let bounced = 0;

    for (const row of outbox) {
      const label = `email ${row.template} #${row.id}`;
      const parsed = received.get(messageIdFor(row.uuid, test.publicUrl));
      if (parsed) problems.push(...emailProblems(label, row, parsed));
      else if (row.status === 'failed' && row.to_address.startsWith('bounced.')) bounced++;
      else problems.push(`${label}: not delivered (${row.status})`);
    }

    expect(problems).toEqual([]);
    expect(bounced).toBeGreaterThan(0);
    expect(smtp.messages).toHaveLength(outbox.length - bounced);
    const templates = new Set(outbox.map((row) => row.template)).size;
    process.stdout.write(
      `escaping: ${smtp.messages.length} emails of ${templates} templates read, HTML and text\n`,
    );
  });

  it('neutralises spreadsheet formulas in both exports and keeps every other value', () => {
    const participants = csvRecords(exports.participants.text);
    const partnerships = csvRecords(exports.partnerships.text);
    const member = (key: string) => participants.find((r) => r.member_id === `${people[key].id}`);
    const partnership = (id: number) => partnerships.find((r) => r.partnership_id === `${id}`);
    const formulaCells = Object.values(exports).flatMap((res) =>
      parseCsv(res.text)
        .flat()
        .filter((cell) => /^[=+\-@\t\r]/.test(cell)),
    );

    for (const res of Object.values(exports)) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=mentormatch-/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(formulaCells).toEqual([]);
    expect(member('mentor')).toMatchObject({
      given_name: HOSTILE.mentorGiven,
      surname: HOSTILE.mentorSurname,
      institution: `'${HOSTILE.mentorInstitution}`,
      portal_email: HOSTILE.mentorPortalEmail,
      contact_email: HOSTILE.mentorContactEmail,
      contact_phone: `'${PHONE}`,
    });
    expect(member('mentee')).toMatchObject({
      given_name: `'${HOSTILE.menteeGiven}`,
      surname: HOSTILE.menteeSurname,
      institution: `'${HOSTILE.menteeInstitution}`,
      contact_email: `'${HOSTILE.menteeContactEmail}`,
    });
    expect(member('second')).toMatchObject({ given_name: `'${HOSTILE.secondMenteeGiven}` });
    expect(member('bounced')).toMatchObject({
      given_name: HOSTILE.bouncedGiven,
      surname: `'${HOSTILE.bouncedSurname}`,
    });
    expect(partnership(ids.partnership)).toMatchObject({
      mentor_name: `${HOSTILE.mentorGiven} ${HOSTILE.mentorSurname}`,
      mentee_name: `'${HOSTILE.menteeGiven} ${HOSTILE.menteeSurname}`,
      end_reason: `'${HOSTILE.partnerEndReason}`,
      mentor_email: HOSTILE.mentorContactEmail,
      mentor_phone: `'${PHONE}`,
      mentee_email: `'${HOSTILE.menteeContactEmail}`,
    });
    expect(partnership(ids.second)).toMatchObject({
      mentee_name: `'${HOSTILE.secondMenteeGiven} ${HOSTILE.secondMenteeSurname}`,
      end_reason: `'${HOSTILE.programEndReason}`,
    });
  });

  it('shows refused input back escaped, beside the message, on every form', async () => {
    const refused = await refuseHostileForms();
    const notRefused = refused.filter((r) => r.status !== 422).map((r) => r.label);
    const problems = refused.flatMap((r) => problemsIn(r.label, r.html, r.expected));

    expect(notRefused).toEqual([]);
    expect(problems).toEqual([]);
    process.stdout.write(`escaping: ${refused.length} refused forms shown back escaped\n`);
  });
});
