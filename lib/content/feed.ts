export interface FeedItem {
  title: string;
  url: string;
  description: string;
  published: string;
  updated: string;
  author: string;
}

function escapeXml(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

/** An Atom 1.0 feed of the articles, newest first. */
export function atomFeed({
  title,
  siteUrl,
  items,
}: {
  title: string;
  siteUrl: string;
  items: FeedItem[];
}): string {
  const updated =
    items
      .map((i) => i.updated)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entries = items
    .map(
      (i) => `  <entry>
    <title>${escapeXml(i.title)}</title>
    <link href="${escapeXml(i.url)}"/>
    <id>${escapeXml(i.url)}</id>
    <published>${i.published}</published>
    <updated>${i.updated}</updated>
    <author><name>${escapeXml(i.author)}</name></author>
    <summary>${escapeXml(i.description)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <link href="${escapeXml(siteUrl)}/"/>
  <link rel="self" href="${escapeXml(siteUrl)}/feed.xml"/>
  <id>${escapeXml(siteUrl)}/</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
