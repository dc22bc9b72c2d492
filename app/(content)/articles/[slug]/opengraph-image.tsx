import { ImageResponse } from 'next/og';
import { allArticles, getArticle } from '@/lib/content';
import { topicInfo } from '@/lib/content/topics';
import { clinic } from '@/lib/clinic';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Backwise article';

export function generateStaticParams() {
  return allArticles().map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  const title = article?.title ?? clinic.shortName;
  const topic = article ? topicInfo[article.topic].title : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0f4c5c',
        color: 'white',
      }}
    >
      <div style={{ fontSize: 34, color: '#fbbf24' }}>{topic}</div>
      <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ fontSize: 30 }}>{`${clinic.shortName} · reviewed by a physical therapist`}</div>
    </div>,
    size,
  );
}
