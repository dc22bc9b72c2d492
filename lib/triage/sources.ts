// The sources the rules follow (shared spec triage.md). Each rule names one; the result page shows its short
// form beside the reason, and "How the self-check works" lists them in full.

export interface Source {
  /** What the result page shows beside a reason. */
  short: string;
  /** The full citation on "How the self-check works". */
  full: string;
  url?: string;
}

export const sources = {
  ng59: {
    short: 'NICE guideline NG59',
    full: 'NICE guideline NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  finucane: {
    short: 'Finucane et al. 2020, JOSPT',
    full: 'Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. Journal of Orthopaedic & Sports Physical Therapy 2020;50(7):350-372',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  nhsBackPain: {
    short: 'NHS: back pain',
    full: 'NHS, Back pain: when to get help',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  nhsAneurysm: {
    short: 'NHS: abdominal aortic aneurysm',
    full: 'NHS, Abdominal aortic aneurysm',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
  },
  nhsHeart: {
    short: 'NHS: heart attack',
    full: 'NHS, Heart attack: symptoms',
    url: 'https://www.nhs.uk/conditions/heart-attack/',
  },
  nhsKidney: {
    short: 'NHS: kidney stones',
    full: 'NHS, Kidney stones',
    url: 'https://www.nhs.uk/conditions/kidney-stones/',
  },
  nhsPregnancy: {
    short: 'NHS: back pain in pregnancy',
    full: 'NHS, Back pain in pregnancy',
    url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/',
  },
  ng65: {
    short: 'NICE guideline NG65',
    full: 'NICE guideline NG65, Spondyloarthritis in over 16s: diagnosis and management (2017)',
    url: 'https://www.nice.org.uk/guidance/ng65',
  },
  ng234: {
    short: 'NICE guideline NG234',
    full: 'NICE guideline NG234, Spinal metastases and metastatic spinal cord compression (2023)',
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  downie: {
    short: 'Downie et al. 2013, BMJ',
    full: 'Downie A, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095',
    url: 'https://doi.org/10.1136/bmj.f7095',
  },
  mountjoy: {
    short: 'Mountjoy et al. 2018, BJSM',
    full: 'Mountjoy M, et al. IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update. British Journal of Sports Medicine 2018;52:687-697',
    url: 'https://doi.org/10.1136/bjsports-2018-099193',
  },
  micheli: {
    short: 'Micheli and Wood 1995',
    full: 'Micheli LJ, Wood R. Back pain in young athletes: significant differences from adults in causes and patterns. Archives of Pediatrics & Adolescent Medicine 1995;149(1):15-18',
  },
  george: {
    short: 'George et al. 2021, JOSPT',
    full: 'George SZ, et al. Interventions for the management of acute and chronic low back pain: revision 2021. Journal of Orthopaedic & Sports Physical Therapy 2021;51(11):CPG1-CPG60',
    url: 'https://doi.org/10.2519/jospt.2021.0304',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
