// The sources the tracker's questions and rules follow. Shown on /progress beside the rules.
import type { Source } from './types';

export const sources = {
  peg: {
    text:
      'Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a three-item ' +
      'scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733-738.',
    url: 'https://doi.org/10.1007/s11606-009-0981-1',
  },
  meaningfulChange: {
    text:
      'Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment outcomes ' +
      'in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.',
    url: 'https://doi.org/10.1016/j.jpain.2007.09.005',
  },
  redFlags: {
    text:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious ' +
      'spinal pathologies. J Orthop Sports Phys Ther. 2020;50(7):350-372.',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  nice: {
    text: 'NICE guideline NG59. Low back pain and sciatica in over 16s: assessment and management. 2016, updated 2020.',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
} satisfies Record<string, Source>;
