// Speaker attribution, precision audit on new wire copy: "le secrétaire d'État" is the American foreign minister only,
// so it does not stand for another foreign minister named just before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { roleHolderTest } from './role-holder.ts';
import { analyse, quoteWith } from './test-helpers.ts';

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

// Second audit (round 12): a semicolon opens a clause with its own subject, and an abbreviated title ("M.") inside a
// description does not end it.
test('after a semicolon, a partial quote belongs to the new subject, not to the incise before it', () => {
  const text = "Viktor Orban s'est rendu vendredi à Pékin. « La Chine est une puissance de paix », a-t-il affirmé ; Charles Michel a jugé ce voyage « contraire aux intérêts européens ».";
  const { quotes } = analyse(text);
  assert.equal(quoteWith(quotes, 'contraire aux intérêts').speaker?.name, 'Charles Michel');
  assert.equal(quoteWith(quotes, 'puissance de paix').speaker?.name, 'Viktor Orban');
});

test('"un conseiller de M. Ruto" is the adviser, whole, not Ruto', () => {
  const text = "Les deux hommes n'ont pas signé l'accord migratoire. « Ce sera pour plus tard », a commenté un conseiller de M. Ruto.";
  const { quotes } = analyse(text);
  assert.equal(quoteWith(quotes, 'plus tard').speaker?.name, 'conseiller de M. Ruto');
});

test('"a commenté M. Barrot" is still Barrot', () => {
  const text = "« Ce sera pour plus tard », a commenté M. Barrot devant la presse.";
  const { quotes } = analyse(text);
  assert.equal(quoteWith(quotes, 'plus tard').speaker?.name, 'Barrot');
});

/** A PER entity with one name mention per form found in the text. */
function people(text: string, list: [string, string][]): Entity[] {
  return list.map(([name, form]) => {
    const mentions = [...text.matchAll(new RegExp(form, 'g'))].map((m) => ({ start: m.index!, end: m.index! + form.length, text: form, kind: 'name' as const }));
    return { id: `local:${name}`, name, type: 'PER', aliases: [], mentions, roles: [] } as unknown as Entity;
  });
}

test('"la première" and "la seconde" are the two people of the pair named just before', () => {
  const text = "Kaja Kallas et Annalena Baerbock ont appelé mardi à durcir les sanctions. « Poutine ne veut pas la paix », a estimé la première. La seconde a jugé qu'il fallait « agir vite ».";
  const { quotes } = analyse(text, people(text, [['Kaja Kallas', 'Kaja Kallas'], ['Annalena Baerbock', 'Annalena Baerbock']]));
  assert.equal(quoteWith(quotes, 'ne veut pas').speaker?.name, 'Kaja Kallas');
  assert.equal(quoteWith(quotes, 'agir vite').speaker?.name, 'Annalena Baerbock');
});

test('"le premier ministre" after a quote is no ordinal pronoun', () => {
  const text = "Gabriel Attal et Bruno Le Maire ont reçu mardi les syndicats. « Nous avançons », a estimé le premier ministre Gabriel Attal.";
  const { quotes } = analyse(text, people(text, [['Gabriel Attal', 'Gabriel Attal'], ['Bruno Le Maire', 'Bruno Le Maire']]));
  assert.equal(quoteWith(quotes, 'Nous avançons').speaker?.name, 'Gabriel Attal');
});

test('with no pair named before, "la première" is given to no one', () => {
  const text = "Giorgia Meloni a reçu mardi des représentants syndicaux. « Rien n'est décidé », a estimé la première.";
  const { quotes } = analyse(text, people(text, [['Giorgia Meloni', 'Giorgia Meloni']]));
  assert.equal(quoteWith(quotes, 'Rien n').speaker, null);
});

// Fourth audit (round 14): a clause with its own subject after a comma reports the quote that follows its verb.
test('"Le premier a promis …, le second a évoqué « … »": the quote is the second person\'s', () => {
  const text = "Keir Starmer et Emmanuel Macron ont présidé mardi une réunion de la coalition. Le premier a promis des financements, le second a évoqué « une force de réassurance ».";
  const { quotes } = analyse(text, people(text, [['Keir Starmer', 'Keir Starmer'], ['Emmanuel Macron', 'Emmanuel Macron']]));
  const q = quoteWith(quotes, 'force de réassurance');
  assert.equal(q.speaker?.name, 'Emmanuel Macron');
  assert.equal(q.cue, 'a évoqué');
});

test('"X a promis …, Y a évoqué « … »": the named subject of the verb before the quote', () => {
  const text = "Keir Starmer a promis mardi des financements, Emmanuel Macron a évoqué « une force de réassurance ».";
  const { quotes } = analyse(text, people(text, [['Keir Starmer', 'Keir Starmer'], ['Emmanuel Macron', 'Emmanuel Macron']]));
  assert.equal(quoteWith(quotes, 'force de réassurance').speaker?.name, 'Emmanuel Macron');
});

test('a name set off by commas before its verb is still the speaker ("X, ministre de …, a évoqué « … »")', () => {
  const text = "Jean-Noël Barrot, ministre des Affaires étrangères, a évoqué mardi « une force de réassurance ».";
  const { quotes } = analyse(text, people(text, [['Jean-Noël Barrot', 'Jean-Noël Barrot']]));
  assert.equal(quoteWith(quotes, 'force de réassurance').speaker?.name, 'Jean-Noël Barrot');
});

test('"il" after "X et son homologue Y se sont entretenus" is the first of the pair, not the one named last', () => {
  const text = "Le ministre turc des Affaires étrangères Hakan Fidan et son homologue russe Sergueï Lavrov se sont entretenus lundi. Il y a déclaré que « la Turquie reste disponible pour accueillir des pourparlers ».";
  const { quotes } = analyse(text, people(text, [['Hakan Fidan', 'Hakan Fidan'], ['Sergey Lavrov', 'Sergueï Lavrov']]));
  assert.equal(quoteWith(quotes, 'reste disponible').speaker?.name, 'Hakan Fidan');
});

test('after "X et son homologue Y se sont entretenus", a quote of Y named again is still Y\'s', () => {
  const text = "Hakan Fidan et son homologue russe Sergueï Lavrov se sont entretenus lundi. Sergueï Lavrov a évoqué « des échanges constructifs ».";
  const { quotes } = analyse(text, people(text, [['Hakan Fidan', 'Hakan Fidan'], ['Sergey Lavrov', 'Sergueï Lavrov']]));
  assert.equal(quoteWith(quotes, 'échanges constructifs').speaker?.name, 'Sergey Lavrov');
});
