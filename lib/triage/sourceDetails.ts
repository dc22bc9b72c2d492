// The full citation of each source, for "How the self-check works" (server only: not in the wizard's code).
import type { SourceId } from './sources';

export interface SourceDetails {
  full: string;
  url?: string;
}

export const sourceDetails: Record<SourceId, SourceDetails> = {
  ng59: {
    full: 'NICE guideline NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  finucane: {
    full: 'Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. Journal of Orthopaedic & Sports Physical Therapy 2020;50(7):350-372',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  nhsBackPain: {
    full: 'NHS, Back pain: when to get help',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  nhsAneurysm: {
    full: 'NHS, Abdominal aortic aneurysm',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
  },
  nhsHeart: {
    full: 'NHS, Heart attack: symptoms',
    url: 'https://www.nhs.uk/conditions/heart-attack/',
  },
  nhsKidney: {
    full: 'NHS, Kidney stones',
    url: 'https://www.nhs.uk/conditions/kidney-stones/',
  },
  nhsPregnancy: {
    full: 'NHS, Back pain in pregnancy',
    url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/',
  },
  ng65: {
    full: 'NICE guideline NG65, Spondyloarthritis in over 16s: diagnosis and management (2017)',
    url: 'https://www.nice.org.uk/guidance/ng65',
  },
  ng234: {
    full: 'NICE guideline NG234, Spinal metastases and metastatic spinal cord compression (2023)',
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  downie: {
    full: 'Downie A, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095',
    url: 'https://doi.org/10.1136/bmj.f7095',
  },
  mountjoy: {
    full: 'Mountjoy M, et al. IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update. British Journal of Sports Medicine 2018;52:687-697',
    url: 'https://doi.org/10.1136/bjsports-2018-099193',
  },
  micheli: {
    full: 'Micheli LJ, Wood R. Back pain in young athletes: significant differences from adults in causes and patterns. Archives of Pediatrics & Adolescent Medicine 1995;149(1):15-18',
  },
  george: {
    full: 'George SZ, et al. Interventions for the management of acute and chronic low back pain: revision 2021. Journal of Orthopaedic & Sports Physical Therapy 2021;51(11):CPG1-CPG60',
    url: 'https://doi.org/10.2519/jospt.2021.0304',
  },
  nhsRhabdo: {
    full: 'NHS inform, Rhabdomyolysis (muscle breakdown): symptoms and when to get help',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/rhabdomyolysis/',
  },
  nhsAnticoagulants: {
    full: 'NHS, Anticoagulant medicines: side effects (get help after a fall or a knock to the head or back)',
    url: 'https://www.nhs.uk/conditions/anticoagulants/',
  },
  nhsTb: {
    full: 'NHS, Tuberculosis (TB), including TB outside the lungs such as the spine',
    url: 'https://www.nhs.uk/conditions/tuberculosis-tb/',
  },
  warden: {
    full: 'Warden SJ, Davis IS, Fredericson M. Management and prevention of bone stress injuries in long-distance runners. Journal of Orthopaedic & Sports Physical Therapy 2014;44(10):749-765',
    url: 'https://doi.org/10.2519/jospt.2014.5334',
  },
  hoenig: {
    full: 'Hoenig T, et al. Bone stress injuries. Nature Reviews Disease Primers 2022;8:26',
    url: 'https://doi.org/10.1038/s41572-022-00352-y',
  },
};
