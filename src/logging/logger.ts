/**
 * Structured logs with pino. Secrets, cookies, SAML assertions and contact details never reach
 * the log: the paths below are redacted wherever they appear.
 */
import pino, { Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'SAMLResponse',
  'samlResponse',
  'assertion',
  '*.SAMLResponse',
  '*.assertion',
  'password',
  '*.password',
  'sessionSecret',
  '*.sessionSecret',
  'email',
  '*.email',
  'phone',
  '*.phone',
];

export function createLogger(options: pino.LoggerOptions = {}): Logger {
  return pino({
    name: 'mentormatch',
    level: process.env.MENTORMATCH_LOG_LEVEL ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...options,
  });
}
