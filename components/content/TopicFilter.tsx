import { NavList } from '@/components/ui/NavList';
import { topicInfo } from '@/lib/content/topics';
import type { Topic } from '@/lib/content';

function pillClassName(current: boolean): string {
  return `inline-block rounded-full border-2 px-4 py-2 font-medium no-underline ${
    current
      ? 'border-brand-700 bg-brand-700 text-white'
      : 'border-slate-300 text-slate-800 hover:border-brand-700'
  }`;
}

/** Plain links, so filtering works without JavaScript and every view is a static page. */
export function TopicFilter({ current }: { current?: Topic }) {
  const items = [{ href: '/articles', label: 'All topics', current: current === undefined }].concat(
    Object.values(topicInfo).map((t) => ({
      href: `/topics/${t.slug}`,
      label: t.title,
      current: current === t.slug,
    })),
  );
  return (
    <NavList
      label="Filter articles by topic"
      items={items}
      listClassName="flex flex-wrap gap-2"
      linkClassName={pillClassName}
    />
  );
}
