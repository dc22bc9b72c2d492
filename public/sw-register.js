// Registers the offline service worker (public/sw.js). A plain file outside the React bundle: pages served
// without JavaScript (scripts/static-documents.ts) keep only this one small script.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {
      // No offline copy then; the site works as before.
    });
  });
}
