import { buildSearchIndex } from '@/lib/content/searchIndex';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchIndex());
}
