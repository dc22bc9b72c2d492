// The one sentence on muscle breakdown (rhabdomyolysis, spec v3) that the plan's safety-netting and every
// training block give, word for word: a checklist can miss it until the pee darkens, so the plan says it too.
export const MUSCLE_BREAKDOWN_WARNING =
  'If your pain keeps getting worse by the hour after a hard session, or your pee turns dark (brown, like cola or tea), go to the emergency department (ER) the same day. This can be muscle breakdown, which needs treatment fast.';
