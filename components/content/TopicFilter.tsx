import Link from 'next/link';
import { topicInfo } from '@/lib/content/topics';
import type { Topic } from '@/lib/content';

/** Plain links, so filtering works without JavaScript and every view is a static page. */
export function TopicFilter({ current }: { current?: Topic }) {
  const items = [{ href: '/articles', label: 'All topics', active: current === undefined }].concat(
    Object.values(topicInfo).map((t) => ({
      href: `/topics/${t.slug}`,
      label: t.title,
      active: current === t.slug,
    })),
  );
  return (
    <nav aria-label="Filter articles by topic">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? 'page' : undefined}
              className={`inline-block rounded-full border-2 px-4 py-2 font-medium no-underline ${
                item.active
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-slate-300 text-slate-800 hover:border-brand-700'
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
