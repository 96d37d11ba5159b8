// PLOVER event types and their colours: cool hues for cooperation, warm for conflict,
// darker for material than verbal acts, so the timeline reads at a glance.
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const STATUSES = ['occurred', 'ongoing', 'planned', 'proposed', 'requested', 'denied', 'hypothetical', 'cancelled'] as const;

const COLOURS: Record<string, string> = {
  AGREE: '#1f77b4', CONSULT: '#2b59c3', SUPPORT: '#3a8fb7', CONCEDE: '#5a6fb0',
  COOPERATE: '#2a8a4a', AID: '#3f9b2f', RETREAT: '#5e8c31',
  REQUEST: '#b8860b', ACCUSE: '#c0541c', REJECT: '#a0522d', THREATEN: '#c2185b', PROTEST: '#b0701a',
  SANCTION: '#8e24aa', MOBILIZE: '#6d4c41', COERCE: '#b71c1c', ASSAULT: '#7f0000',
};

export function typeColour(type: string): string {
  return COLOURS[type] ?? '#666666';
}

/** What happened (filled marks) versus what is only announced, asked for or denied (hollow, dashed). */
export function happened(status: string): boolean {
  return status === 'occurred' || status === 'ongoing';
}
