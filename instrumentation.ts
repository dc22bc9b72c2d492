// Runs once when a server instance starts (never during `next build`): stamps each request with its
// connection's address, checks configuration, opens and migrates the database and starts the mail sender,
// so a bad setup stops the server with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { installPeerAddressHeader } = await import('./lib/server/clientAddress');
  installPeerAddressHeader();
  const { startServer } = await import('./lib/startup/startServer');
  await startServer();
}
