import { coreEn } from './messages/core.en';
import { overviewEn } from './messages/overview.en';
import { searchEn } from './messages/search.en';
import { rulesEn } from './messages/rules.en';
import { errorsEn } from './messages/errors.en';
import type { firstFr } from './messages.first.fr';

/** English messages of the first load: the keys of ./messages.first.fr. */
export const firstEn: Record<keyof typeof firstFr, string> = {
  ...coreEn,
  ...overviewEn,
  ...searchEn,
  ...rulesEn,
  ...errorsEn,
};
