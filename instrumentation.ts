// Runs once when a server instance starts (never during `next build`): checks configuration, opens and
// migrates the database and starts the mail sender, so a bad setup stops the server with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/server/startup');
  await startServer();
}
