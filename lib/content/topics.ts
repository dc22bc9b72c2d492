import type { Topic } from './frontmatter';

export interface TopicInfo {
  slug: Topic;
  title: string;
  tagline: string;
  intro: string[];
}

export const topicInfo: Record<Topic, TopicInfo> = {
  causes: {
    slug: 'causes',
    title: 'Causes',
    tagline: 'Why your lower back hurts after exercise, and when it might be something more.',
    intro: [
      'Most back pain that starts in the gym, on a run or on the sports field comes from tissues that were asked to do a bit more than they were ready for. It can hurt a lot and still not be serious.',
      'These articles explain the common causes in plain words: strains, sprains and discs, lifting and spinal load, training spikes, and why a few warning signs mean you should get help quickly.',
    ],
  },
  prevention: {
    slug: 'prevention',
    title: 'Prevention',
    tagline: 'Train in a way that keeps your back strong and your pain from coming back.',
    intro: [
      'The strongest evidence for preventing back pain is simple: regular exercise, ideally with some education about how backs work. Belts, insoles and perfect posture rules do much less than people think.',
      'Here you will find warm-ups, a core program, a lifting checklist and everyday habits that help.',
    ],
  },
  recovery: {
    slug: 'recovery',
    title: 'Recovery',
    tagline: 'What to do in the first days, how to get back to training, and when to get help.',
    intro: [
      'Most people with a new episode of back pain get much better within a few weeks. Staying gently active usually helps more than resting in bed.',
      'These articles cover the first 48 hours, pain relief, a graded return to the gym, and what happens when you see a physical therapist.',
    ],
  },
};
