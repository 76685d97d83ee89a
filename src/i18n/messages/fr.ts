/** The French catalogue: one file per English one, with the same keys and parameters. */
import { frAdmin } from './fr-admin';
import { frAdminSettings } from './fr-admin-settings';
import { frAdminOversight } from './fr-admin-oversight';
import { frAdminInstitutions } from './fr-admin-institutions';
import { frCommon } from './fr-common';
import { frLanguage } from './fr-language';
import { frMail } from './fr-mail';
import { frMatching } from './fr-matching';
import { frPartnerships } from './fr-partnerships';
import { frProfile } from './fr-profile';

export const fr: Record<string, string> = {
  ...frCommon,
  ...frLanguage,
  ...frMail,
  ...frMatching,
  ...frProfile,
  ...frAdmin,
  ...frAdminSettings,
  ...frAdminOversight,
  ...frAdminInstitutions,
  ...frPartnerships,
};
