// The self-check's thresholds, named once: the rules (rules.ts) test them and the conditions in plain words
// (ruleConditions.ts) print them.
export const ADULT_AGE = 16;
export const YOUNG_ATHLETE_MAX = 19;
export const OLDER_AGE = 50;
export const FALL_AGE = 65;
export const FRAIL_AGE = 70;
export const FALL_INTENSITY = 7;
export const SEVERE_INTENSITY = 8;
