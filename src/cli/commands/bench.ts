// vigie bench: runs every benchmark under bench/ (each prints its own figures).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const command: Command = {
  summary: 'run the benchmarks in bench/ (npm run bench [-- NAME…])',
  async run(args) {
    const dir = join(root, 'bench');
    const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
      .filter((f) => !args.length || args.some((a) => f.startsWith(a)));
    for (const f of files) {
      console.log(`\n## ${f}`);
      execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, f)], { stdio: 'inherit', cwd: root });
    }
    return 0;
  },
};
