// Tokens with offsets: URLs, e-mail addresses, numbers ("1.000", "7.8.2025", "10:27", "3,5"),
// ordinals ("1er", "XXe" stays a word), words with inner hyphens ("Maison-Blanche"), punctuation.
// Elided forms split after the apostrophe ("l’Ukraine" → "l’" + "Ukraine"); other words with an
// apostrophe stay whole ("aujourd’hui"). An inverted subject is split off its verb:
// "a-t-il" → "a" + "-t-il", "dit-elle" → "dit" + "-elle", "est-ce" → "est" + "-ce".
import type { Token } from '../../core/document.ts';
import { sentenceLexicon } from './lexicon.ts';

interface Patterns {
  /** The token regex, and the same without the URL and e-mail alternatives for texts with neither. */
  token: RegExp;
  plain: RegExp;
  inverted: RegExp;
}
let patterns: Patterns | null = null;

/** Whether a URL ("http://", "www.", any case) or an e-mail address ("@") may occur in the text. */
const MAY_LINK = /https?:\/\/|www\.|@/iu; // the token regex's own flags: ſ is an s

function build(): Patterns {
  const lex = sentenceLexicon();
  const elisions = [...lex.elisions].sort((a, b) => b.length - a.length).join('|');
  const links = [
    String.raw`(?:https?://|www\.)[^\s«»"<>]*[^\s«»"<>.,;:!?)\]]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  ];
  const rest = [
    String.raw`\d+(?:[.,:/\u00a0\u202f]\d+)*(?:(?:er|re|ère|ème|èmes|eme|e|es)(?!\p{L}))?`,
    String.raw`(?<!\p{L})(?:${elisions})['’](?=\p{L})`,
    String.raw`\p{L}[\p{L}\p{M}\d]*(?:['’]\p{L}[\p{L}\p{M}]*)*(?:-\p{L}[\p{L}\p{M}\d]*)*`,
    String.raw`\.{3}|[!?]+|\S`,
  ];
  // A regex alternative that cannot match anywhere in a text changes none of its tokens: without
  // "http://", "www." or "@", the link alternatives (tried first, at every word) can be left out.
  const token = new RegExp([...links, ...rest].join('|'), 'giu');
  const plain = new RegExp(rest.join('|'), 'giu');
  const inverted = new RegExp(`^(.+?)(-t)?-(?:${lex.invertedSubjects.join('|')})$`, 'iu');
  return { token, plain, inverted };
}

export function tokenize(text: string): Token[] {
  const p = (patterns ??= build());
  const out: Token[] = [];
  const re = MAY_LINK.test(text) ? p.token : p.plain;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const word = m[0];
    if (word.includes('-')) {
      const inv = p.inverted.exec(word);
      if (inv && inv[1].length < word.length) {
        out.push({ start, end: start + inv[1].length }, { start: start + inv[1].length, end: start + word.length });
        continue;
      }
    }
    out.push({ start, end: start + word.length });
  }
  return out;
}
