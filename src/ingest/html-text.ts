// DOM → plain text keeping paragraph structure: one paragraph per line, a blank line between
// paragraphs. Inline whitespace collapses; one <br> joins lines with a space (CMS line wrapping),
// two or more <br> in a row separate paragraphs (pages that use them instead of <p>).

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CENTER', 'BODY', 'HTML',
]);
/** Never text: scripts, media, form controls, captions (image credits and captions are not the story). */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'IMG', 'FIGCAPTION', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
]);
const CELL = new Set(['TD', 'TH']);

/** Collapses HTML whitespace but keeps no-break spaces (French typography: « », : ; ! ?). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  let pendingBreaks = 0;

  const flush = () => {
    const p = current.replace(HTML_SPACE, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
    pendingBreaks = 0;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) {
        if (pendingBreaks >= 2) flush();
        else if (pendingBreaks === 1) current += ' ';
        pendingBreaks = 0;
      }
      current += t;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      pendingBreaks++;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (CELL.has(tag)) current += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (CELL.has(tag)) current += ' ';
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}
