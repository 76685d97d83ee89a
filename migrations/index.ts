/**
 * Every migration, oldest first. Listing them here (rather than scanning a folder) keeps one
 * set that works the same from TypeScript sources and from the compiled package.
 */
import * as core from './20261203-01-core';
import * as outboxAndJobs from './20261203-02-outbox-and-jobs';
import * as profiles from './20261203-03-profiles';
import * as partnerships from './20261203-04-partnerships';
import * as rateLimits from './20261203-05-rate-limits';
import * as matching from './20261203-06-matching';
import * as language from './20261203-07-language';
import * as programSettings from './20261203-08-program-settings';
import * as oversight from './20261203-09-oversight';
import * as roleSessions from './20261204-11-role-sessions';
import * as programAdminRole from './20261204-12-program-admin-role';
import * as draftSessions from './20261204-13-draft-sessions';
import * as agreementLanguage from './20261204-14-agreement-language';

export const migrations = [
  core,
  outboxAndJobs,
  profiles,
  partnerships,
  rateLimits,
  matching,
  language,
  programSettings,
  oversight,
  roleSessions,
  programAdminRole,
  draftSessions,
  agreementLanguage,
];
