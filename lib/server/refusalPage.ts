// What a person sees when the browser itself navigated to a refusal (a form posted from another site, a
// tampered form): a small page in the site's colours with a way on, never a bare JSON body. Self-contained,
// because the refusal may come before Next renders anything (proxy.ts), and inline styles are allowed by
// every policy of lib/security/headers.mjs.

interface HeaderSource {
  get(name: string): string | null;
}

/** True when the browser is loading a whole page (a navigation or form post), not a script's fetch. */
export function wantsPage(headers: HeaderSource): boolean {
  const dest = headers.get('sec-fetch-dest');
  if (dest !== null) return dest === 'document';
  return /^\s*text\/html/i.test(headers.get('accept') ?? '');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const style = `body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#0f172a;background:#fff;line-height:1.5}
header{background:#0f4c5c;color:#fff;padding:1rem}header a{color:#fff;font-weight:700;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.875rem;margin:0 0 1rem}
p{font-size:1.125rem;color:#334155}a{color:#0f4c5c}a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}`;

/** A refusal as a page: the status stays (403, 415...), the words are the refusal's own message. */
export function refusalPage(status: number, message: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Error: this request was not accepted</title><meta name="robots" content="noindex"><style>${style}</style></head>
<body><header><a href="/">Backwise</a></header><main id="main">
<h1>This request was not accepted</h1>
<p>${escapeHtml(message)}</p>
<p>If you were using this site, go back to the page you came from and try again, or <a href="/">go to the home page</a>.</p>
</main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
