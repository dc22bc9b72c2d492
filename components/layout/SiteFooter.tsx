import Link from 'next/link';
import { clinic, displayPhone, formatAddress, telHref } from '@/lib/clinic';

const trust = [
  { href: '/about', label: 'About us' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/accessibility', label: 'Accessibility' },
  { href: '/medical-disclaimer', label: 'Medical disclaimer' },
  { href: '/check/how-it-works', label: 'How the self-check works' },
  { href: '/progress', label: 'My recovery tracker' },
  { href: '/feed.xml', label: 'Feed' },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8">
        <p className="rounded-md bg-white p-3 text-slate-800 ring-1 ring-slate-200">
          <strong>Medical disclaimer:</strong> this site gives general information, not a diagnosis. In an
          emergency call <a href={telHref(clinic.emergencyNumber)}>{displayPhone(clinic.emergencyNumber)}</a>.{' '}
          <Link href="/medical-disclaimer">Read the full disclaimer</Link>.
        </p>
        <nav aria-label="Site information">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {trust.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {clinic.name}, {formatAddress()}. Phone{' '}
          <a href={telHref(clinic.phone)}>{displayPhone(clinic.phone)}</a>.
        </p>
      </div>
    </footer>
  );
}
