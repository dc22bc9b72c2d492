import Link from 'next/link';
import { ArticleCard } from '@/components/content/ArticleCard';
import { GetHelpNow } from '@/components/content/GetHelpNow';
import { allArticles, allExercises } from '@/lib/content';
import { topicInfo } from '@/lib/content/topics';
import { clinic } from '@/lib/clinic';

const featuredSlugs = [
  'why-your-back-hurts-after-training',
  'first-48-hours-after-a-back-tweak',
  'returning-to-the-gym-after-back-pain',
];

export default function HomePage() {
  const articles = allArticles();
  const featured = featuredSlugs
    .map((slug) => articles.find((a) => a.slug === slug))
    .filter((a) => a !== undefined);
  return (
    <div className="space-y-14">
      <section className="space-y-5">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Lower back sore after training? Find out what helps.
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Clear, evidence-based help from the physical therapists at {clinic.name}. Read about causes and
          recovery, follow guided exercises, check your symptoms in about two minutes, and book a free
          assessment if you need one.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/check" className="btn-primary">
            Start the self-check
          </Link>
          <Link href="/articles" className="btn-secondary">
            Read the articles
          </Link>
        </div>
      </section>

      {/* The signs that need help now come before any booking link: a booking is never the answer to them. */}
      <section aria-labelledby="get-help" className="space-y-2">
        <h2 id="get-help" className="sr-only">
          When to get help now
        </h2>
        <GetHelpNow headingLevel={3} />
      </section>

      <section aria-labelledby="journeys" className="space-y-4">
        <h2 id="journeys" className="text-2xl font-bold">
          Three ways we can help
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          <li className="rounded-lg border border-slate-200 p-5">
            <h3 className="text-lg font-semibold">1. Read</h3>
            <p className="mt-2 text-slate-700">
              {articles.length} articles on why backs hurt after exercise, how to prevent it and how to
              recover, plus {allExercises().length} illustrated exercises.
            </p>
            <Link href="/articles" className="mt-3 inline-block font-semibold">
              Browse articles
            </Link>
          </li>
          <li className="rounded-lg border border-slate-200 p-5">
            <h3 className="text-lg font-semibold">2. Check</h3>
            <p className="mt-2 text-slate-700">
              Answer a few short questions. We tell you whether to get help now, see a doctor, see a physical
              therapist, or look after it at home with a plan made for you.
            </p>
            <Link href="/check" className="mt-3 inline-block font-semibold">
              Check your symptoms
            </Link>
          </li>
          <li className="rounded-lg border border-slate-200 p-5">
            <h3 className="text-lg font-semibold">3. Book</h3>
            <p className="mt-2 text-slate-700">
              Book a free assessment with a physical therapist, in our clinic or by video. Pick a time that
              suits you.
            </p>
            <Link href="/book" className="mt-3 inline-block font-semibold">
              Book a free assessment
            </Link>
          </li>
        </ol>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured" className="space-y-4">
          <h2 id="featured" className="text-2xl font-bold">
            Start here
          </h2>
          <ul className="grid gap-4 sm:grid-cols-3">
            {featured.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="topics" className="space-y-4">
        <h2 id="topics" className="text-2xl font-bold">
          Browse by topic
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {Object.values(topicInfo).map((topic) => (
            <li key={topic.slug} className="rounded-lg bg-brand-50 p-5">
              <Link href={`/topics/${topic.slug}`} className="text-lg font-semibold">
                {topic.title}
              </Link>
              <p className="mt-2 text-slate-700">{topic.tagline}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
