// `vigie` command line: one module per command, loaded on demand.
export interface Command { summary: string; run(args: string[]): Promise<number> }

const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.ts')).command,
  eval: async () => (await import('./commands/eval.ts')).command,
  bench: async () => (await import('./commands/bench.ts')).command,
  ingest: async () => (await import('./commands/ingest.ts')).command,
  timeline: async () => (await import('./commands/timeline.ts')).command,
  serve: async () => (await import('./commands/serve.ts')).command,
  export: async () => (await import('./commands/export.ts')).command,
  demo: async () => (await import('./commands/demo.ts')).command,
  kb: async () => (await import('./commands/kb.ts')).command,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['usage: vigie <command> [options]', '', 'commands:'];
    for (const [n, load] of Object.entries(commands)) lines.push(`  ${n.padEnd(10)} ${(await load()).summary}`);
    console.log(lines.join('\n'));
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`vigie: unknown command "${name}" (see vigie --help)`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (err) {
    console.error(`vigie ${name}: ${(err as Error).message}`);
    return 2;
  }
}
