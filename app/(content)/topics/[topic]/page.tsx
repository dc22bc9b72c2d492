import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FilteredArticles } from '@/components/content/FilteredArticles';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { JsonLd } from '@/components/ui/JsonLd';
import { PageHeader } from '@/components/ui/PageHeader';
import { articlesByTopic, isTopic, topics } from '@/lib/content';
import { breadcrumbList } from '@/lib/content/structuredData';
import { topicInfo } from '@/lib/content/topics';

interface Props {
  params: Promise<{ topic: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return topics.map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await params;
  if (!isTopic(topic)) return {};
  const info = topicInfo[topic];
  return {
    title: `${info.title} of lower back pain from exercise`,
    description: info.tagline,
    alternates: { canonical: `/topics/${topic}` },
    openGraph: { title: info.title, description: info.tagline, url: `/topics/${topic}` },
  };
}

export default async function TopicPage({ params }: Props) {
  const { topic } = await params;
  if (!isTopic(topic)) notFound();
  const info = topicInfo[topic];
  const crumbs = [
    { href: '/', label: 'Home' },
    { href: '/articles', label: 'Articles' },
    { href: `/topics/${topic}`, label: info.title },
  ];
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs)} />
      <PageHeader title={info.title} lead={info.tagline}>
        <Breadcrumbs items={crumbs.slice(0, 2)} />
      </PageHeader>
      <div className="max-w-3xl space-y-3 text-slate-800">
        {info.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <div className="mt-8">
        <FilteredArticles articles={articlesByTopic(topic)} current={topic} />
      </div>
    </>
  );
}
