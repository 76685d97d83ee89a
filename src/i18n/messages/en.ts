/** The English catalogue, assembled from one file per part of the program. */
import { enCommon } from './en-common';
import { enMail } from './en-mail';

export const en: Record<string, string> = {
  ...enCommon,
  ...enMail,
};

export type MessageKey = keyof typeof enCommon | keyof typeof enMail;
