/**
 * The emails of the steps partners take in an active partnership, delivered through the
 * outbox to a real SMTP server: a shared document, the first contact, the meeting plan. Each
 * goes to the other partner only, and a step that is refused sends nothing.
 */
import type { ParsedMail } from 'mailparser';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { smtpSettings } from '../admin/admin-helpers';
import { activePartnership, csrfToken, join, postForm, type Person } from './partnership-helpers';
import { pdfFile, pngFile } from './sample-files';

describe.each(databaseKinds())('emails of the partners’ steps on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer;
  let serial = 0;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    test = await startTestPlugin(kind, smtpSettings(smtp.port));
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  /** An active partnership whose earlier emails are delivered and forgotten. */
  async function partners(): Promise<[Person, Person, number]> {
    serial += 1;
    const mentor = await join(test, {
      key: `smentor${serial}`,
      givenName: 'Nora',
      surname: `Guide${serial}`,
      years: 14,
      roles: ['mentor'],
    });
    const mentee = await join(test, {
      key: `smentee${serial}`,
      givenName: 'Theo',
      surname: `Learner${serial}`,
      years: 1,
      roles: ['mentee'],
    });
    const id = await activePartnership(test, mentor, mentee);
    await deliver();
    smtp.messages.splice(0);
    return [mentor, mentee, id];
  }

  async function deliver() {
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
  }

  /** What reached the member's contact address since the last look, and forgets it. */
  async function received(person: Person): Promise<ParsedMail[]> {
    await deliver();
    const mine = smtp.messages.filter((m) => m.envelopeTo.includes(person.contactEmail));
    smtp.messages.splice(0);
    return mine.map((m) => m.parsed);
  }

  async function upload(person: Person, partnershipId: number, content: Buffer, name: string) {
    return person.agent
      .post(at(test, `/partnerships/${partnershipId}/documents`))
      .field('_csrf', await csrfToken(person.agent, test))
      .attach('file', content, name);
  }

  function linksTo(email: ParsedMail, partnershipId: number): boolean {
    const link = new RegExp(`RelayState=%2Fpartnerships%2F${partnershipId}(\\s|$)`);
    return link.test(email.text ?? '');
  }

  it('emails the other partner the name of a shared document, with a link', async () => {
    const [mentor, mentee, id] = await partners();

    const refused = await upload(mentee, id, pngFile(), 'Not a PDF.pdf');
    expect(refused.status).toBe(422);
    await deliver();
    expect(smtp.messages).toHaveLength(0);

    const res = await upload(mentee, id, pdfFile(), 'Reading list.pdf');
    expect(res.status).toBe(303);
    await deliver();
    const toMentee = smtp.messages.filter((m) => m.envelopeTo.includes(mentee.contactEmail));
    const [email, ...more] = await received(mentor);

    expect(more).toEqual([]);
    expect(toMentee).toEqual([]);
    expect(email.subject).toBe(`${mentee.name} shared a document with you`);
    expect(email.text).toContain(`${mentee.name} shared the document “Reading list.pdf”`);
    expect(email.html).toContain('“Reading list.pdf”');
    expect(linksTo(email, id)).toBe(true);
  });

  it('emails the mentee when the mentor confirms the first contact', async () => {
    const [mentor, mentee, id] = await partners();

    const res = await postForm(mentor.agent, test, `/partnerships/${id}/first-contact`);
    expect(res.status).toBe(303);
    await deliver();
    const toMentor = smtp.messages.filter((m) => m.envelopeTo.includes(mentor.contactEmail));
    const [email, ...more] = await received(mentee);

    expect(more).toEqual([]);
    expect(toMentor).toEqual([]);
    expect(email.subject).toBe(`${mentor.name} has made the first contact`);
    expect(email.text).toContain(`${mentor.name}, your mentor, confirmed in MentorMatch`);
    expect(linksTo(email, id)).toBe(true);

    const again = await postForm(mentor.agent, test, `/partnerships/${id}/first-contact`);
    expect(again.status).toBe(409);
    await deliver();
    expect(smtp.messages).toHaveLength(0);
  });

  it('emails the partner the meeting plan when it is recorded and when it changes', async () => {
    const [mentor, mentee, id] = await partners();
    const path = `/partnerships/${id}/meeting-plan`;
    const first = { modes: ['phone', 'video'], frequency: 'monthly' };

    expect((await postForm(mentee.agent, test, path, first)).status).toBe(303);
    const [recorded, ...more] = await received(mentor);
    expect((await postForm(mentee.agent, test, path, first)).status).toBe(303);
    const unchanged = await received(mentor);
    const second = { modes: ['email'], frequency: 'weekly' };
    expect((await postForm(mentor.agent, test, path, second)).status).toBe(303);
    const [changed, ...others] = await received(mentee);

    expect(more).toEqual([]);
    expect(recorded.subject).toBe(`${mentee.name} recorded how you will meet`);
    expect(recorded.text).toContain('- Phone\n- Video call\n');
    expect(recorded.text).toContain('How often: Every month.');
    expect(linksTo(recorded, id)).toBe(true);
    expect(unchanged).toEqual([]);
    expect(others).toEqual([]);
    expect(changed.subject).toBe(`${mentor.name} changed how you will meet`);
    expect(changed.text).toContain('- Email\n');
    expect(changed.text).toContain('How often: Every week.');
  });
});
