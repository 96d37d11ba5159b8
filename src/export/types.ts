// The shapes exports read: contract-v1 documents and timeline events (structural, so any
// store or the in-memory timeline can feed them).
export interface ExportActor { entity?: string | null; name: string; role?: string }
export interface ExportMention {
  doc: string; source?: string; status?: string; published?: string | null;
  evidence?: { text: string; start?: number; end?: number };
}
export interface ExportEvent {
  id: string;
  type: string;
  mode?: string | null;
  status?: string;
  date?: { value: string; text?: string } | null;
  place?: { entity?: string | null; name: string } | null;
  actors?: ExportActor[];
  mentions?: ExportMention[];
  evidence?: { text: string; start?: number; end?: number };
}
export interface ExportQuote {
  start: number; end: number; text: string; kind: string; cue?: string | null;
  speaker?: { entity?: string | null; name: string } | null;
}
export interface ExportDoc {
  id: string;
  source: { name: string; url?: string | null };
  meta: { title?: string | null; published?: string | null; outlet?: string | null };
  text: string;
  timexes?: { start: number; end: number; text: string; type: string; value: string }[];
  quotes?: ExportQuote[];
  events?: (ExportEvent & { trigger?: { start: number; end: number } })[];
}
export interface ExportInput { docs: ExportDoc[]; timeline: ExportEvent[] }
