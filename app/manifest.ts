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
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
