// Run before Contentlayer: fails the build naming the file and field of every front-matter problem.
import path from 'node:path';
import { validateContent } from '../lib/content/validate';
import { validateTraining } from '../lib/content/validateTraining';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const illustrationsDir = path.resolve(process.argv[3] ?? 'public/exercises');
const problems = [...validateContent({ contentDir, illustrationsDir }), ...validateTraining(contentDir)];
if (problems.length > 0) {
  process.stderr.write(
    `Content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`Content OK: ${path.relative(process.cwd(), contentDir) || '.'}\n`);
