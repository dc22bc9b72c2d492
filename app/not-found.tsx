import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg text-slate-700">
        If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/articles">Browse all articles</Link>
        </li>
        <li>
          <Link href="/search">Search the site</Link>
        </li>
      </ul>
    </div>
  );
}
