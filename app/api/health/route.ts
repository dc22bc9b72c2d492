import { NextResponse } from 'next/server';
import { getDbHandle, ping } from '@/lib/db';
import { logger } from '@/lib/server/logger';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const handle = await getDbHandle();
    await ping(handle.db);
    return NextResponse.json(
      { status: 'ok', database: handle.kind },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    logger.error({ err: error }, 'health check failed');
    return NextResponse.json(
      { status: 'unavailable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
