// Speaker attribution, precision audit on new wire copy: "le secrétaire d'État" is the American foreign minister only,
// so it does not stand for another foreign minister named just before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { roleHolderTest } from './role-holder.ts';
import { quoteWith } from './test-helpers.ts';

const kb = loadKnowledgeBase();
const idOf = (name: string) => {
  const e = [...kb.byId.values()].find((x) => x.name === name);
  assert.ok(e, name);
  return e.id;
};

test("le secrétaire d'État is held by the American foreign minister, not the Russian one", () => {
  const holds = roleHolderTest(kb, '2025-03-12');
  assert.equal(holds(idOf('Marco Rubio'), "le secrétaire d'État"), true);
  assert.equal(holds(idOf('Sergey Lavrov'), "le secrétaire d'État"), false);
});

test("a quote by le secrétaire d'État after a meeting of Rubio and Lavrov is Rubio's", () => {
  const text = "Marco Rubio a rencontré Sergueï Lavrov mardi. « Nous verrons bien », a commenté le secrétaire d'État.";
  const ent = (name: string, form: string): Entity => {
    const start = text.indexOf(form);
    return { id: idOf(name), name, type: 'PER', aliases: [], mentions: [{ start, end: start + form.length, text: form, kind: 'name' }], roles: [] } as Entity;
  };
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = [ent('Marco Rubio', 'Marco Rubio'), ent('Sergey Lavrov', 'Sergueï Lavrov')];
  const { quotes } = extractQuotes(doc, loadQuoteLexicon(), undefined, roleHolderTest(kb, '2025-03-12'));
  assert.equal(quoteWith(quotes, 'Nous verrons bien').speaker?.name, 'Marco Rubio');
});
