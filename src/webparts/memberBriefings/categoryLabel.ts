import * as strings from 'MemberBriefingsWebPartStrings';
import type { BRIEFING_CATEGORIES } from '../../schema';
import { choiceLabel } from '../../ui/choiceLabel';

const CATEGORY: Readonly<Record<(typeof BRIEFING_CATEGORIES)[number], string>> = {
  'Service disruption': strings.CategoryServiceDisruption,
  Consultation: strings.CategoryConsultation,
  'Policy development': strings.CategoryPolicyDevelopment,
  'Media interest': strings.CategoryMediaInterest,
  Event: strings.CategoryEvent,
  Decision: strings.CategoryDecision,
  General: strings.CategoryGeneral
};

/** The reader's words for a briefing item's stored category. */
export const categoryLabel = (value: string): string => choiceLabel(CATEGORY, value);
