import Link from 'next/link';
import { Section } from '@/components/ui/Section';
import { topicInfo } from '@/lib/content/topics';

/** Every topic hub with its one-line tagline, as the home page's way into the articles. */
export function TopicGrid() {
  return (
    <Section id="topics" title="Browse by topic" className="space-y-4" headingClassName="text-2xl font-bold">
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
    </Section>
  );
}
