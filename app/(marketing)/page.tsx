import { ArticleGrid } from '@/components/content/ArticleGrid';
import { GetHelpNow } from '@/components/content/GetHelpNow';
import { HomeHero } from '@/components/content/HomeHero';
import { TopicGrid } from '@/components/content/TopicGrid';
import { WaysWeHelp } from '@/components/content/WaysWeHelp';
import { Section } from '@/components/ui/Section';
import { allArticles, allExercises } from '@/lib/content';

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
      <HomeHero />

      {/* The signs that need help now come before any booking link: a booking is never the answer to them. */}
      <Section id="get-help" title="When to get help now" className="space-y-2" headingClassName="sr-only">
        <GetHelpNow headingLevel={3} />
      </Section>

      <WaysWeHelp numberOfArticles={articles.length} numberOfExercises={allExercises().length} />

      {featured.length > 0 ? (
        <Section id="featured" title="Start here" className="space-y-4" headingClassName="text-2xl font-bold">
          <ArticleGrid articles={featured} cols={3} />
        </Section>
      ) : null}

      <TopicGrid />
    </div>
  );
}
