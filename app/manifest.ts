import type { MetadataRoute } from 'next';
import { clinic } from '@/lib/clinic';

// Installable from the tracker: opens at "My recovery", which works offline through public/sw.js.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${clinic.shortName}: my recovery`,
    short_name: clinic.shortName,
    description:
      'Help for low back pain from exercise and training, and a weekly check-in that stays on your device.',
    start_url: '/progress',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0f4c5c',
    // PNGs for the install prompt and home screens that want them; the maskable ones have a full-bleed
    // background so a launcher can crop them to its own shape (drawn by scripts/app-icons.ts).
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
