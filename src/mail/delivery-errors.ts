/**
 * Tells a temporary delivery failure (the server is down, slow, or answers 4xx: try again
 * later) from a permanent one (the server refuses this message or recipient with 5xx: trying
 * again cannot help). Server-wide refusals (a 5xx greeting, failed authentication) count as
 * temporary: every email would fail alike until an operator fixes the setting, and none
 * should be lost meanwhile. Reasons never carry an email address.
 */

export interface DeliveryFailure {
  permanent: boolean;
  /** One line for the outbox row and the operator; addresses replaced by [address]. */
  reason: string;
  /** What the log records as `err`. */
  logged: { code?: string; response_code?: number; command?: string; message: string };
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

// Commands whose refusal concerns this one message rather than the whole server.
const MESSAGE_COMMANDS = ['MAIL FROM', 'RCPT TO', 'DATA'];

export function classifyDeliveryError(err: unknown): DeliveryFailure {
  const e = (err ?? {}) as SmtpError;
  const message = redactAddresses(String(e.message ?? err)).slice(0, 500);
  const logged = { code: e.code, response_code: e.responseCode, command: e.command, message };
  const reason = [e.code, e.responseCode].filter(Boolean).join(' ');

  return {
    permanent: isPermanent(e),
    reason: reason ? `${reason}: ${message}` : message,
    logged,
  };
}

function isPermanent(e: SmtpError): boolean {
  const code = e.responseCode;
  if (typeof code === 'number' && code >= 500 && code < 600) {
    return MESSAGE_COMMANDS.includes(e.command ?? '') || e.code === 'EENVELOPE';
  }
  // nodemailer refuses a malformed recipient or sender before talking to the server.
  return e.code === 'EENVELOPE' && code === undefined;
}

export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/g, '[address]');
}
