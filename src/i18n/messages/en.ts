/** The English catalogue, assembled from one file per part of the program. */
import { enAdmin } from './en-admin';
import { enAdminSettings } from './en-admin-settings';
import { enAdminOversight } from './en-admin-oversight';
import { enAdminInstitutions } from './en-admin-institutions';
import { enCommon } from './en-common';
import { enLanguage } from './en-language';
import { enMail } from './en-mail';
import { enMatching } from './en-matching';
import { enPartnerships } from './en-partnerships';
import { enProfile } from './en-profile';

export const en: Record<string, string> = {
  ...enCommon,
  ...enLanguage,
  ...enMail,
  ...enMatching,
  ...enProfile,
  ...enAdmin,
  ...enAdminSettings,
  ...enAdminOversight,
  ...enAdminInstitutions,
  ...enPartnerships,
};

export type MessageKey =
  | keyof typeof enCommon
  | keyof typeof enLanguage
  | keyof typeof enMail
  | keyof typeof enMatching
  | keyof typeof enProfile
  | keyof typeof enAdmin
  | keyof typeof enAdminSettings
  | keyof typeof enAdminOversight
  | keyof typeof enAdminInstitutions
  | keyof typeof enPartnerships;
