// `npm run bench:readme`: puts the last `npm run bench` table
// (test-results/bench.md) into README.md between the bench markers.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/server';
import { replaceBenchSection } from './table';

const table = path.join(ROOT, 'test-results', 'bench.md');
if (!fs.existsSync(table)) {
  console.error('bench:readme: test-results/bench.md is missing: run `npm run bench` first');
  process.exit(1);
}
const readme = path.join(ROOT, 'README.md');
fs.writeFileSync(readme, replaceBenchSection(fs.readFileSync(readme, 'utf8'), fs.readFileSync(table, 'utf8')));
console.log('bench:readme: README.md updated');
