// The sources the rules follow (shared spec triage.md). Each rule names one; the result page shows its short
// form beside the reason. The full citations (sourceDetails.ts) stay out of the wizard's code.

export const sources = {
  ng59: { short: 'NICE guideline NG59' },
  finucane: { short: 'Finucane et al. 2020, JOSPT' },
  nhsBackPain: { short: 'NHS: back pain' },
  nhsAneurysm: { short: 'NHS: abdominal aortic aneurysm' },
  nhsHeart: { short: 'NHS: heart attack' },
  nhsKidney: { short: 'NHS: kidney stones' },
  nhsPregnancy: { short: 'NHS: back pain in pregnancy' },
  ng65: { short: 'NICE guideline NG65' },
  ng234: { short: 'NICE guideline NG234' },
  downie: { short: 'Downie et al. 2013, BMJ' },
  mountjoy: { short: 'Mountjoy et al. 2018, BJSM' },
  micheli: { short: 'Micheli and Wood 1995' },
  george: { short: 'George et al. 2021, JOSPT' },
  nhsRhabdo: { short: 'NHS: rhabdomyolysis' },
  nhsAnticoagulants: { short: 'NHS: anticoagulant medicines' },
  nhsTb: { short: 'NHS: tuberculosis' },
  warden: { short: 'Warden et al. 2014, JOSPT' },
  hoenig: { short: 'Hoenig et al. 2022, Nat Rev Dis Primers' },
} as const satisfies Record<string, { short: string }>;

export type SourceId = keyof typeof sources;
