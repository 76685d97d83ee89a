import { classifyDeliveryError } from '../../src/mail/delivery-errors';

function smtpError(fields: Record<string, unknown>) {
  return Object.assign(new Error(String(fields.message ?? 'failed')), fields);
}

describe('delivery error classification', () => {
  it('treats a refused recipient or message (5xx) as permanent', () => {
    const refused = smtpError({
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
      message: "Can't send mail - all recipients were rejected: 550 <gone@example.org> unknown",
    });
    const rejectedData = smtpError({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' });

    expect(classifyDeliveryError(refused)).toMatchObject({
      permanent: true,
      reason:
        "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 <[address]> unknown",
    });
    expect(classifyDeliveryError(rejectedData).permanent).toBe(true);
  });

  it('treats a down, slow or busy server (4xx) as temporary', () => {
    const refused = smtpError({ code: 'ESOCKET', command: 'CONN', message: 'ECONNREFUSED' });
    const timeout = smtpError({ code: 'ETIMEDOUT', command: 'CONN' });
    const busy = smtpError({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' });

    for (const err of [refused, timeout, busy]) {
      expect(classifyDeliveryError(err).permanent).toBe(false);
    }
  });

  it('treats a server-wide refusal as temporary, so that no email is lost to a bad setting', () => {
    const badLogin = smtpError({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' });
    const badGreeting = smtpError({ code: 'EPROTOCOL', responseCode: 554, command: 'CONN' });

    expect(classifyDeliveryError(badLogin).permanent).toBe(false);
    expect(classifyDeliveryError(badGreeting).permanent).toBe(false);
  });

  it('never records an address in the reason or the logged error', () => {
    const failure = classifyDeliveryError(
      smtpError({ code: 'EENVELOPE', message: 'Invalid recipient "jane.doe@example.org"' }),
    );

    expect(failure.permanent).toBe(true);
    expect(JSON.stringify(failure)).not.toContain('jane.doe@example.org');
  });
});
