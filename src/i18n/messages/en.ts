/** The English catalogue, assembled from one file per part of the program. */
import { enCommon } from './en-common';

export const en: Record<string, string> = {
  ...enCommon,
};

export type MessageKey = keyof typeof enCommon;
