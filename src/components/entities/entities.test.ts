import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document, type Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';
import { actorOf, entityAt } from './lookup.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string, published: string | null = '2025-08-07'): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const byName = (doc: Document, name: string): Entity | undefined => doc.entities.find((e) => e.name === name);
const names = (doc: Document) => doc.entities.map((e) => e.name);

test('a KB person is linked under the canonical name with French aliases', () => {
  const doc = analyse('Le président russe Vladimir Poutine a reçu jeudi l\'émissaire américain.');
  const putin = byName(doc, 'Vladimir Putin')!;
  assert.equal(putin.id, 'Q7747');
  assert.equal(putin.type, 'PER');
  assert.ok(putin.aliases.includes('Vladimir Poutine'));
  assert.equal(putin.mentions[0].text, 'Vladimir Poutine');
});

test('transliteration variants link to one person', () => {
  for (const [text, name] of [
    ['Sergueï Lavrov a parlé.', 'Sergey Lavrov'], ['Sergei Lavrov a parlé.', 'Sergey Lavrov'],
    ['Roustem Oumerov dirigeait la délégation.', 'Rustem Umerov'], ['Rustem Umerov dirigeait la délégation.', 'Rustem Umerov'],
    ['Iouri Ouchakov a confirmé.', 'Yuri Ushakov'], ['Youri Ouchakov a confirmé.', 'Yuri Ushakov'],
    ['Vladimir Medinski a confirmé.', 'Vladimir Medinsky'], ['Volodymyr Zelenskyy a confirmé.', 'Volodymyr Zelensky'],
    ['Volodymyr Zelenski a confirmé.', 'Volodymyr Zelensky'], ['Dmitri Peskov a confirmé.', 'Dmitry Peskov'],
  ]) assert.deepEqual(names(analyse(text)), [name], text);
});

test('a surname after the full name is a mention of the same person', () => {
  const doc = analyse('Sergueï Lavrov a parlé à la presse. Selon Lavrov, rien n\'est décidé.');
  assert.deepEqual(doc.entities.map((e) => e.mentions.map((m) => m.text)), [['Sergueï Lavrov', 'Lavrov']]);
});

test('"(Vladimir) Medinski" is Medinsky', () => {
  const doc = analyse('«Notre délégation, dirigée par (Vladimir) Medinski, est prête», a annoncé Sergueï Lavrov.');
  assert.ok(byName(doc, 'Vladimir Medinsky'));
});

test('a person absent from the KB is found by first name and kept with a local id', () => {
  const doc = analyse('Interrogée par l\'AFP, la chercheuse Agnès Levallois juge que Washington dispose de leviers.');
  const p = byName(doc, 'Agnès Levallois')!;
  assert.equal(p.type, 'PER');
  assert.match(p.id, /^local:/);
});

test('a person absent from the KB is found after a title, then by surname alone', () => {
  const doc = analyse('M. Kowalczyk a démenti. Pour Kowalczyk, la réunion est reportée.');
  const p = doc.entities.find((e) => e.type === 'PER')!;
  assert.equal(p.name, 'Kowalczyk');
  assert.equal(p.mentions.length, 2);
});

test('hyphenated and particle names stay whole', () => {
  const doc = analyse('Dominique de Villepin et Ursula von der Leyen ont déjeuné avec Mohammed ben Salmane.');
  assert.deepEqual(names(doc), ['Dominique de Villepin', 'Ursula von der Leyen', 'Mohammed bin Salman']);
});

test('an all-caps photo credit gives a title-cased person', () => {
  const doc = analyse('Crédit Photo : ANDREW CABALLERO-REYNOLDS / AFP\nLe sommet a eu lieu.');
  assert.ok(byName(doc, 'Andrew Caballero-Reynolds'));
});

test('a role description resolves to the holder on the article\'s date', () => {
  const text = 'Joe Biden et Donald Trump se sont parlé. Le président américain a ensuite quitté la salle.';
  const at = (date: string) => analyse(text, date).entities.find((e) => e.mentions.some((m) => m.kind === 'description'))?.name;
  assert.equal(at('2023-05-10'), 'Joe Biden');
  assert.equal(at('2025-08-07'), 'Donald Trump');
});

test('"le chancelier allemand" is Scholz in 2024 and Merz from May 2025', () => {
  const text = 'Olaf Scholz et Friedrich Merz étaient à Berlin. Le chancelier allemand a pris la parole.';
  const at = (date: string) => analyse(text, date).entities.find((e) => e.mentions.some((m) => m.kind === 'description'))?.name;
  assert.equal(at('2024-11-02'), 'Olaf Scholz');
  assert.equal(at('2025-05-06'), 'Friedrich Merz');
});

test('"le secrétaire d\'État américain" is Blinken in 2024 and Rubio in 2025', () => {
  const text = 'Antony Blinken et Marco Rubio se sont croisés. Le secrétaire d\'État américain a ensuite appelé Kiev.';
  const at = (date: string) => analyse(text, date).entities.find((e) => e.mentions.some((m) => m.kind === 'description'))?.name;
  assert.equal(at('2024-03-01'), 'Antony Blinken');
  assert.equal(at('2025-03-01'), 'Marco Rubio');
});

test('a description only attaches to a person named in the article', () => {
  const doc = analyse('Le président américain a appelé Moscou mercredi.');
  assert.equal(doc.entities.filter((e) => e.type === 'PER').length, 0);
});

test('a role stated beside a name attaches to that person for the article', () => {
  const doc = analyse('Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que rien n\'était prévu.');
  assert.ok(byName(doc, 'Dmitry Peskov')!.roles!.includes('porte-parole du Kremlin'));
});

test('a stated role works for someone absent from the KB', () => {
  const doc = analyse('Le porte-parole du ministère, Petro Kovaltchouk, a démenti. Le porte-parole a ajouté que Kiev restait prêt.', '2025-06-01');
  const p = doc.entities.find((e) => e.type === 'PER')!;
  assert.equal(p.name, 'Petro Kovaltchouk');
  assert.ok(p.roles!.includes('porte-parole du ministère'));
  assert.ok(p.mentions.some((m) => m.kind === 'description'));
});

test('"le diplomate" refers back to the adviser just introduced', () => {
  const doc = analyse('«Un accord a été conclu», a déclaré le conseiller diplomatique du président russe, Iouri Ouchakov. Le diplomate a indiqué que la rencontre pourrait avoir lieu bientôt.');
  const u = byName(doc, 'Yuri Ushakov')!;
  assert.ok(u.mentions.some((m) => m.kind === 'description' && m.text === 'diplomate'));
});

test('"a-t-il ajouté" after a quote goes to the speaker, not the last name in the quote', () => {
  const doc = analyse('Sergueï Lavrov a précisé que Poutine avait fait savoir à Trump que des rencontres entre Poutine et Zelensky devaient être préparées.\n«Nous avons proposé d\'élever le niveau des délégations», a-t-il ajouté.');
  const pronoun = doc.entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun'));
  assert.equal(pronoun?.name, 'Sergey Lavrov');
});

test('"Elle a ajouté" goes to the last woman speaking', () => {
  const doc = analyse('Mme Kallas a appelé à un cessez-le-feu, après une rencontre avec Marco Rubio. Elle a ajouté que l\'UE était prête.');
  const k = byName(doc, 'Kaja Kallas')!;
  assert.ok(k.mentions.some((m) => m.kind === 'pronoun' && m.text === 'Elle'));
  assert.ok(!byName(doc, 'Marco Rubio')!.mentions.some((m) => m.kind === 'pronoun'));
});

test('"selon lui" goes to the last man speaking', () => {
  const doc = analyse('«Nous espérons la paix», a déclaré M. Poutine au côté de M. Trump. Selon lui, l\'entretien a été constructif.');
  assert.ok(byName(doc, 'Vladimir Putin')!.mentions.some((m) => m.kind === 'pronoun' && m.text === 'lui'));
});

test('a pronoun inside a quotation is not a reporting subject', () => {
  const doc = analyse('Sergueï Lavrov a répondu: «Le président Trump a appelé, et il a clairement affirmé son soutien.»');
  assert.ok(!doc.entities.some((e) => e.mentions.some((m) => m.kind === 'pronoun')));
});

test('capitals and the Kremlin stand for their country; the mention stays a place or organisation', () => {
  const doc = analyse('Moscou et Kiev se parlent, a indiqué le Kremlin. La Maison-Blanche se tait.');
  const moscow = byName(doc, 'Moscow')!;
  assert.equal(moscow.type, 'LOC');
  assert.equal(moscow.actor?.entity, 'country:RU');
  assert.equal(actorOf(byName(doc, 'Kyiv')!).entity, 'country:UA');
  assert.equal(byName(doc, 'Kremlin')!.type, 'ORG');
  assert.equal(actorOf(byName(doc, 'Kremlin')!).name, 'Russia');
  assert.equal(actorOf(byName(doc, 'White House')!).entity, 'country:US');
  assert.equal(actorOf(byName(doc, 'Russia') ?? byName(doc, 'Moscow')!).entity !== null, true);
});

test('a country is its own actor', () => {
  const doc = analyse('La Russie a proposé une trêve.');
  assert.equal(actorOf(byName(doc, 'Russia')!).entity, 'country:RU');
});

test('demonyms are not entities', () => {
  const doc = analyse('Les Russes et les Ukrainiens ont repris les pourparlers russo-ukrainiens; la délégation américaine observe.');
  assert.deepEqual(names(doc), []);
});

test('sentence-initial function words, weekdays and months are not entities', () => {
  const doc = analyse('Selon les autorités, rien ne change. Mercredi, la réunion a eu lieu. Cette décision tombe Lors d\'un sommet. Juillet sera décisif. Passer la publicité');
  assert.deepEqual(names(doc), []);
});

test('ads and page furniture give no entity', () => {
  const doc = analyse('NE LAISSER PAS LE 5G DETRUIRE VOTRE ADN Protéger toute votre famille avec les appareils Quantiques Orgo-Life® Publicité par Adpathway\n1. Clients Privés\nTable of Contents');
  assert.deepEqual(names(doc), []);
});

test('a KB name written in lower case is ordinary text ("le monde" is not Le Monde)', () => {
  const doc = analyse('La sécurité en Europe et dans le monde en général.');
  assert.deepEqual(names(doc), ['Europe']);
});

test('a first name that is also a place starts a person name ("Florence Parly")', () => {
  const doc = analyse('Florence Parly et Jordan Bardella ont débattu à Florence.');
  assert.deepEqual(names(doc).slice(0, 2), ['Florence Parly', 'Jordan Bardella']);
  assert.equal(doc.entities[2].type, 'LOC');
});

test('outlets and agencies count as organisations', () => {
  const doc = analyse('Lavrov a parlé dans une interview diffusée dimanche par NBC News, selon l\'AFP et Reuters.');
  for (const n of ['NBC News', 'Agence France-Presse', 'Reuters']) assert.equal(byName(doc, n)?.type, 'ORG', n);
});

test('the byline\'s outlet and agencies are entities even when cleaning removed them from the text', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: 'Par Le Figaro avec AFP\nLe sommet a eu lieu à Genève.', published: '2025-05-29' });
  doc.text = 'Le sommet a eu lieu à Genève.';
  doc.meta.outlet = 'Le Figaro';
  doc.meta.agencies = ['AFP'];
  doc.entities = findEntities(doc, kb, lex);
  assert.deepEqual(names(doc), ['Geneva', 'Le Figaro', 'Agence France-Presse']);
});

test('entityAt finds who is at an offset, including pronouns', () => {
  const text = '«Nous sommes prêts», a déclaré M. Ouchakov. «Les détails restent à régler», a-t-il ajouté.';
  const doc = analyse(text);
  const at = text.indexOf('il ajouté');
  assert.equal(entityAt(doc, at, at + 2)?.name, 'Yuri Ushakov');
  assert.equal(entityAt(doc, 0, 1), null);
});

test('mentions are sorted and entities come in order of first mention', () => {
  const doc = analyse('Kiev accuse Moscou. Volodymyr Zelensky a appelé Donald Trump, puis M. Zelensky a parlé à Moscou.');
  for (const e of doc.entities) for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].start < e.mentions[i].start);
  const firsts = doc.entities.filter((e) => e.mentions.length).map((e) => e.mentions[0].start);
  assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
});

test('"Mme Le Pen" is Marine Le Pen after her full name', () => {
  const doc = analyse('Marine Le Pen a menacé de censurer le gouvernement. «Nous ne voterons pas», a déclaré Mme Le Pen.');
  assert.deepEqual(doc.entities.map((e) => e.mentions.map((m) => m.text)), [['Marine Le Pen', 'Mme Le Pen']]);
});

test('an organisation outside the KB is found by its head noun', () => {
  const doc = analyse('Selon l\'Institut Montaigne et la Banque de France, la croissance ralentit.');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Institut Montaigne', 'ORG'], ['Banque de France', 'ORG']]);
});

test('a place outside the KB is found after a place cue', () => {
  const doc = analyse('Les frappes ont touché la ville de Dobropillia, près de Bilozerske.');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Dobropillia', 'LOC'], ['Bilozerske', 'LOC']]);
});

test('an agency credited only in metadata the page does not show is not an entity', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: 'Le sommet a eu lieu à Genève.', published: '2025-05-29' });
  doc.meta.outlet = 'Le Monde';
  doc.entities = findEntities(doc, kb, lex);
  assert.deepEqual(names(doc), ['Geneva']);
});

test('countryOfDemonym reads the pipeline\'s knowledge base', async () => {
  const { createContext } = await import('../../core/pipeline.ts');
  const { countryOfDemonym } = await import('./lookup.ts');
  const ctx = createContext();
  ctx.resources.set('kb', kb);
  assert.equal(countryOfDemonym(ctx, 'ukrainiennes'), 'country:UA');
  assert.equal(countryOfDemonym(ctx, 'Kremlin'), null);
});

test('a rank or office noun before a capitalised word introduces a person ("la reine Maxima")', () => {
  const doc = analyse('La reine Maxima a accueilli le sénateur Kowalski, mais le maire de Kiev était absent.');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Maxima', 'PER'], ['Kowalski', 'PER'], ['Kyiv', 'LOC']]);
});

test('an advertisement line left in the text gives no entity', () => {
  const doc = analyse('Le sommet a eu lieu à Genève.\nCroisières en Méditerranée : jusqu\'à -30% avec Navimar Voyages\nLa suite à Moscou.');
  assert.deepEqual(names(doc), ['Geneva', 'Moscow']);
});

test('an agency named in a removed byline is an organisation of the article', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: 'Par Marc Delvaux (avec AFP)\nLe sommet a eu lieu à Genève.', published: '2025-06-28' });
  doc.text = 'Le sommet a eu lieu à Genève.';
  doc.removed.push({ text: 'Par Marc Delvaux (avec AFP)', reason: 'byline' });
  doc.entities = findEntities(doc, kb, lex);
  assert.deepEqual(names(doc), ['Geneva', 'Agence France-Presse']);
});
