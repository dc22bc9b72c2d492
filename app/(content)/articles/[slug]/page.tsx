import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleGrid } from '@/components/content/ArticleGrid';
import { MdxContent } from '@/components/content/MdxContent';
import { NextSteps } from '@/components/content/NextSteps';
import { References } from '@/components/content/References';
import { ReviewInfo } from '@/components/content/ReviewInfo';
import { TableOfContents } from '@/components/content/TableOfContents';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { JsonLd } from '@/components/ui/JsonLd';
import { KeyPoints } from '@/components/ui/KeyPoints';
import { Prose } from '@/components/ui/Prose';
import { Section } from '@/components/ui/Section';
import { TextList } from '@/components/ui/TextList';
import { allArticles, articleHeadings, getArticle, relatedArticles } from '@/lib/content';
import { articleJsonLd, breadcrumbList } from '@/lib/content/structuredData';
import { topicInfo } from '@/lib/content/topics';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return allArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: article.url },
    authors: [{ name: article.author }],
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: article.url,
      publishedTime: article.published,
      modifiedTime: article.lastReviewed,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const topic = topicInfo[article.topic];
  const crumbs = [
    { href: '/', label: 'Home' },
    { href: `/topics/${topic.slug}`, label: topic.title },
    { href: article.url, label: article.title },
  ];
  const related = relatedArticles(article);
  return (
    <article className="space-y-8">
      <JsonLd data={articleJsonLd(article)} />
      <JsonLd data={breadcrumbList(crumbs)} />
      <header className="space-y-4">
        <Breadcrumbs items={crumbs.slice(0, 2)} />
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">{article.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{article.description}</p>
        <p className="text-sm text-slate-600">{article.readingMinutes} minute read</p>
      </header>
      <KeyPoints>
        <TextList items={article.summary} />
      </KeyPoints>
      <div className="max-w-3xl">
        <TableOfContents headings={articleHeadings(article)} />
      </div>
      <Prose>
        <MdxContent code={article.body.code} />
      </Prose>
      <div className="max-w-3xl space-y-8">
        <NextSteps />
        {related.length > 0 ? (
          <Section id="related" title="Related articles" className="no-print space-y-3">
            <ArticleGrid articles={related} />
          </Section>
        ) : null}
        <References references={article.references} />
        <ReviewInfo article={article} />
      </div>
    </article>
  );
}
