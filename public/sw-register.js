// Offline support: registers public/sw.js. Documents keep this file (scripts/static-documents.ts).
if ('serviceWorker' in navigator)
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
