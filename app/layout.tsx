import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { clinic } from '@/lib/clinic';
import { siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: {
    default: `${clinic.shortName}: help for low back pain from exercise and training`,
    template: `%s | ${clinic.shortName}`,
  },
  description:
    'Clear, evidence-based help for lower back pain from exercise and training: articles, an exercise library, a free self-check and free assessments.',
  applicationName: clinic.shortName,
  alternates: { types: { 'application/rss+xml': '/feed.xml' } },
  openGraph: { siteName: clinic.shortName, type: 'website', locale: 'en_US' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = { themeColor: '#0f4c5c', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-white p-3 font-semibold"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
