/** The English catalogue, assembled from one file per part of the program. */
import { enAdmin } from './en-admin';
import { enCommon } from './en-common';
import { enMail } from './en-mail';
import { enMatching } from './en-matching';
import { enPartnerships } from './en-partnerships';
import { enProfile } from './en-profile';

export const en: Record<string, string> = {
  ...enCommon,
  ...enMail,
  ...enMatching,
  ...enProfile,
  ...enAdmin,
  ...enPartnerships,
};

export type MessageKey =
  | keyof typeof enCommon
  | keyof typeof enMail
  | keyof typeof enMatching
  | keyof typeof enProfile
  | keyof typeof enAdmin
  | keyof typeof enPartnerships;
