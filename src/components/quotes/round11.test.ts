// Speaker attribution, round 11 (misses on a fresh set of wire copy): a quote closing a relative
// clause on the sentence's subject ("X, qui … « … », a jugé …"), and a description the entities
// layer linked to a person of the other gender ("la porte-parole du gouvernement" → a man), a
// clause after "Selon X," with its own reporting verb, a lead quote followed by a sentence opening
// on a person, and "ont-ils déclaré" after a person who hosted peers ("X réunissait ses homologues").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { quoteWith } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], extra: Entity['mentions'] = []): Entity {
  const start = text.indexOf(name);
  return { id, name, type, aliases: [], mentions: [{ start, end: start + name.length, text: name, kind: 'name' }, ...extra], roles: [] } as Entity;
}

function speakerOf(text: string, fragment: string, entities: Entity[]): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon()).quotes, fragment).speaker?.name ?? null;
}

test('a quote closing a relative clause on the subject: the main verb after "»," is no incise', () => {
  const text = 'Olaf Scholz, qui n\'exclut pas de se rendre à Kiev « dès que les conditions seront réunies », a qualifié la situation de préoccupante.';
  assert.equal(speakerOf(text, 'dès que les conditions', [entity(text, 'scholz', 'Olaf Scholz', 'PER')]), 'Olaf Scholz');
});

test('the relative subject may follow a set-off opening place', () => {
  const text = 'À Bruxelles, Ursula von der Leyen, qui plaide pour « une défense européenne plus forte », s\'est entretenue avec les dirigeants baltes.';
  assert.equal(speakerOf(text, 'défense européenne', [entity(text, 'vdl', 'Ursula von der Leyen', 'PER')]), 'Ursula von der Leyen');
});

test('a relative clause on an object keeps the incise after the quote', () => {
  const text = 'Le Premier ministre a reçu Marc Dupont, qui réclame « des garanties écrites », a indiqué Matignon dans la soirée.';
  assert.equal(speakerOf(text, 'garanties écrites', [entity(text, 'dupont', 'Marc Dupont', 'PER'), entity(text, 'matignon', 'Matignon', 'ORG')]), 'Matignon');
});

test('a feminine description the entities layer linked to a man is not that man', () => {
  const text = 'À Bamako, la porte-parole du gouvernement a assuré que le pays attendait « des gestes concrets ». Plus tard, un porte-parole des rebelles, Ibrahim Touré, a démenti.';
  const desc = text.indexOf('porte-parole');
  const touré = entity(text, 'toure', 'Ibrahim Touré', 'PER', [{ start: desc, end: desc + 12, text: 'porte-parole', kind: 'description' }]);
  assert.equal(speakerOf(text, 'gestes concrets', [touré]), 'porte-parole du gouvernement');
});

test('a masculine description linked to a man stays linked', () => {
  const text = 'Le porte-parole des rebelles, Ibrahim Touré, a assuré que le mouvement attendait « des gestes concrets ».';
  const desc = text.indexOf('porte-parole');
  const touré = entity(text, 'toure', 'Ibrahim Touré', 'PER', [{ start: desc, end: desc + 12, text: 'porte-parole', kind: 'description' }]);
  assert.equal(speakerOf(text, 'gestes concrets', [touré]), 'Ibrahim Touré');
});

test('after "Selon X," a clause with its own subject, reporting verb and "que" names who spoke', () => {
  const text = 'Le chef du gouvernement espagnol, Pedro Sánchez, a reçu mardi le président ukrainien. Selon un diplomate européen, il lui a assuré que Madrid ne réduirait pas son aide. « Nous serons à vos côtés jusqu\'au bout », lui aurait-il dit, selon le quotidien El País.';
  const entities = [entity(text, 'sanchez', 'Pedro Sánchez', 'PER')];
  assert.equal(speakerOf(text, 'à vos côtés', entities), 'Pedro Sánchez');
});

test('after "Selon X," a clause whose subject is no name or pronoun stays the source\'s report', () => {
  const text = 'Selon un diplomate européen, les négociateurs ont admis que le texte restait fragile.';
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  const { reported } = extractQuotes(doc, loadQuoteLexicon());
  assert.equal(reported.length, 1);
  assert.equal(reported[0].speaker?.name, 'diplomate européen');
});

test('a quote opening its paragraph, then a sentence opening on a person with a compound tense: that person', () => {
  const text = 'Sommet de Rome.\n« Un moment historique pour notre continent. » Giorgia Meloni n\'a pas caché sa satisfaction mardi soir, à l\'issue du sommet.';
  assert.equal(speakerOf(text, 'moment historique', [entity(text, 'meloni', 'Giorgia Meloni', 'PER')]), 'Giorgia Meloni');
});

test('a quote inside its paragraph gets no speaker from the next sentence\'s subject', () => {
  const text = 'Le sommet s\'est achevé tard. « Un moment historique pour notre continent. » Giorgia Meloni a ensuite quitté la salle.';
  assert.equal(speakerOf(text, 'moment historique', [entity(text, 'meloni', 'Giorgia Meloni', 'PER')]), null);
});

test('a lead quote followed by a place as subject gets no speaker from it', () => {
  const text = 'Sommet de Rome.\n« Un moment historique pour notre continent. » Bruxelles a accueilli mardi les vingt-sept dirigeants.';
  assert.equal(speakerOf(text, 'moment historique', [entity(text, 'bxl', 'Bruxelles', 'LOC')]), null);
});

test('"ont-ils averti" after a person who hosted peers: the host speaks for the meeting', () => {
  const text = 'À Varsovie, le Premier ministre polonais, Donald Tusk, recevait jeudi ses homologues baltes et nordiques. « La sécurité de la Baltique est la nôtre », ont-ils affirmé dans une déclaration commune.';
  assert.equal(speakerOf(text, 'sécurité de la Baltique', [entity(text, 'tusk', 'Donald Tusk', 'PER')]), 'Donald Tusk');
});

test('"ont-ils déploré" after a person who received others than peers: no speaker', () => {
  const text = 'Emmanuel Macron a reçu mardi les représentants des syndicats à l\'Élysée. « Nous n\'avons rien obtenu », ont-ils déploré à la sortie.';
  assert.equal(speakerOf(text, 'rien obtenu', [entity(text, 'macron', 'Emmanuel Macron', 'PER')]), null);
});

test('"ont-ils répliqué" after a person who criticised peers: no speaker', () => {
  const text = 'Emmanuel Macron a critiqué mardi ses homologues européens. « Nous n\'avons pas de leçon à recevoir », ont-ils répliqué.';
  assert.equal(speakerOf(text, 'leçon à recevoir', [entity(text, 'macron', 'Emmanuel Macron', 'PER')]), null);
});
