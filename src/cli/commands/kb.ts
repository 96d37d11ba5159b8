// vigie kb stats [--format text|json] [--kb FILE]… | vigie kb lookup NAME… [--date YYYY-MM-DD]
import { parseArgs } from 'node:util';
import { kbStats, loadKnowledgeBase, lookupName, roleActiveOn, type KnowledgeBase } from '../../kb/index.ts';
import type { Command } from '../main.ts';

export const command: Command = {
  summary: 'knowledge base: "kb stats [--format json]" counts entries, "kb lookup NAME" shows matching entries',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        kb: { type: 'string', multiple: true },
        date: { type: 'string' },
      },
    });
    const [sub, ...rest] = positionals;
    const kb = loadKnowledgeBase(values.kb ?? []);
    if (sub === 'stats') return stats(kb, values.format!);
    if (sub === 'lookup') return lookup(kb, rest, values.date ?? new Date().toISOString().slice(0, 10), values.format!);
    console.error('usage: vigie kb stats [--format json] | vigie kb lookup NAME… [--date YYYY-MM-DD] [--kb FILE]…');
    return 2;
  },
};

function stats(kb: KnowledgeBase, format: string): number {
  const s = kbStats(kb);
  if (format === 'json') { console.log(JSON.stringify(s, null, 1)); return 0; }
  const lines = [`entries   ${s.entries}`, `names     ${s.names}`, `roles     ${s.roles}`, '', 'by type:'];
  for (const [k, v] of Object.entries(s.byType).sort()) lines.push(`  ${k.padEnd(14)} ${v}`);
  lines.push('by subtype:');
  for (const [k, v] of Object.entries(s.bySubtype).sort((a, b) => b[1] - a[1])) lines.push(`  ${k.padEnd(14)} ${v}`);
  for (const p of s.problems) lines.push(`problem: ${p}`);
  console.log(lines.join('\n'));
  return 0;
}

function lookup(kb: KnowledgeBase, names: string[], date: string, format: string): number {
  if (!names.length) { console.error('vigie kb lookup: give a name'); return 2; }
  const found = lookupName(kb, names.join(' '));
  const bySurname = kb.bySurname.get(names.join(' ').toLowerCase()) ?? [];
  const all = [...found, ...bySurname.filter((e) => !found.includes(e))];
  if (format === 'json') { console.log(JSON.stringify(all, null, 1)); return all.length ? 0 : 1; }
  if (!all.length) { console.log(`no entry for "${names.join(' ')}"`); return 1; }
  for (const e of all) {
    console.log(`${e.id}  ${e.type}/${e.subtype}  ${e.name}`);
    const others = [...(e.names.fr ?? []), ...(e.names.en ?? [])].filter((n) => n !== e.name);
    if (others.length) console.log(`  names: ${[...new Set(others)].join(', ')}`);
    if (e.acronyms?.length) console.log(`  acronyms: ${e.acronyms.join(', ')}`);
    if (e.metonymOf) console.log(`  stands for: ${e.metonymOf}`);
    for (const r of e.roles ?? []) console.log(`  ${roleActiveOn(r, date) ? '*' : ' '} ${r.role} of ${r.of} ${r.start ?? '…'} → ${r.end ?? '…'}${r.title?.fr ? `  (${r.title.fr})` : ''}`);
  }
  return 0;
}
