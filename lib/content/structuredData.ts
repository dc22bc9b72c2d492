import { clinic } from '../clinic';
import { absoluteUrl } from '../site';
import type { Article, Exercise } from './index';
import { referenceHref } from './references';

export function breadcrumbList(items: { href: string; label: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: absoluteUrl(item.href),
    })),
  };
}

const publisher = { '@type': 'MedicalClinic', name: clinic.name, url: absoluteUrl('/') };

function reviewer(r: Article['reviewer']) {
  return { '@type': 'Person', name: r.name, honorificSuffix: r.credentials, jobTitle: r.role };
}

export function articleJsonLd(article: Article) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(article.url),
    url: absoluteUrl(article.url),
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: 'en-US',
    datePublished: article.published.slice(0, 10),
    dateModified: article.lastReviewed.slice(0, 10),
    lastReviewed: article.lastReviewed.slice(0, 10),
    reviewedBy: reviewer(article.reviewer),
    author: { '@type': 'Person', name: article.author },
    publisher,
    about: { '@type': 'MedicalCondition', name: 'Low back pain' },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    citation: article.references.map((r) => ({
      '@type': 'ScholarlyArticle',
      name: r.title,
      author: r.authors,
      datePublished: String(r.year),
      ...(referenceHref(r) ? { sameAs: referenceHref(r) } : {}),
    })),
  };
}

export function exerciseJsonLd(exercise: Exercise) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: absoluteUrl(exercise.url),
    name: exercise.title,
    description: exercise.description,
    inLanguage: 'en-US',
    lastReviewed: exercise.lastReviewed.slice(0, 10),
    reviewedBy: reviewer(exercise.reviewer),
    publisher,
    mainEntity: {
      '@type': 'ExercisePlan',
      name: exercise.title,
      exerciseType: exercise.targets.join(', '),
      repetitions: exercise.dose.reps,
      activityFrequency: exercise.dose.frequency,
      image: absoluteUrl(`/exercises/${exercise.illustration}`),
    },
  };
}
