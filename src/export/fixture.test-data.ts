// A small, realistic export input: two fused events and one analysed document.
import type { ExportInput } from './types.ts';

const text = 'Vladimir Poutine a invité Donald Trump à Moscou. « C’est intéressant », a répondu M. Trump, vendredi, en Alaska.';

export const sample: ExportInput = {
  docs: [{
    id: 'd1', source: { name: 'alaska.txt', url: null }, meta: { title: 'Sommet <Alaska> & "paix"', published: '2025-08-15' }, text,
    timexes: [{ start: 92, end: 100, text: 'vendredi', type: 'DATE', value: '2025-08-15' }],
    quotes: [{ start: 51, end: 68, text: 'C’est intéressant', kind: 'direct', cue: 'a répondu', speaker: { entity: 'Q22686', name: 'Donald Trump' } }],
    events: [{ id: 'e1', type: 'AGREE', status: 'proposed', trigger: { start: 19, end: 25 }, actors: [] }],
  }],
  timeline: [
    {
      id: 'alaska-summit', type: 'CONSULT', mode: null, status: 'occurred', date: { value: '2025-08-15', text: 'vendredi' },
      place: { entity: 'vigie:loc:alaska', name: 'Alaska' },
      actors: [{ entity: 'Q7747', name: 'Vladimir Putin', role: 'participant' }, { entity: 'Q22686', name: 'Donald Trump', role: 'participant' }],
      mentions: [{ doc: 'd1', source: 'alaska.txt', status: 'occurred', published: '2025-08-15', evidence: { text: 'Le sommet, en Alaska, s’est tenu vendredi; « constructif », dit-il.' } }],
    },
    {
      id: 'moscow-invite', type: 'CONSULT', mode: 'visit', status: 'planned', date: { value: '2025-W36', text: 'la semaine prochaine' },
      place: { entity: null, name: 'Moscou' },
      actors: [{ entity: 'Q22686', name: 'Donald Trump', role: 'source' }, { entity: 'Q7747', name: 'Vladimir Putin', role: 'target' }],
      mentions: [{ doc: 'd1', source: 'alaska.txt', status: 'planned', published: '2025-08-15', evidence: { text: 'Une visite à Moscou, prévue « la semaine prochaine », selon le Kremlin.' } }],
    },
  ],
};
