// Speaker attribution, round 15: an inverted "a-t-il déclaré" after a place as the sentence's subject,
// a source set off by "Selon lui," (opening the sentence or inserted after the subject), a lone first
// name before an apposition ("Ana, une étudiante"), "il" after "Selon <office> pour <place>, <Name>,",
// a social network is never a speaker, and initials ("J.D.") end no sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { findQuotedSpans } from './marks.ts';
import { sentenceUnits } from './sentences.ts';
import type { RoleHolderTest } from './role-holder.ts';
import { quoteWith } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type']): Entity {
  const start = text.indexOf(name);
  return { id, name, type, aliases: [], mentions: [{ start, end: start + name.length, text: name, kind: 'name' }], roles: [] } as unknown as Entity;
}

function speakerOf(text: string, fragment: string, entities: Entity[] = [], holdsRole?: RoleHolderTest): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon(), undefined, holdsRole).quotes, fragment).speaker?.name ?? null;
}

const PLACE_SUBJECT = 'En déplacement à Berlin, le ministre des Affaires étrangères, Jean-Noël Barrot, a durci le ton. '
  + 'Paris a transmis « un plan très détaillé » aux deux parties, a-t-il affirmé devant la presse. '
  + '« Il appartient maintenant à chacun de prendre ses responsabilités. »';
const placeEntities = () => [entity(PLACE_SUBJECT, 'barrot', 'Jean-Noël Barrot', 'PER'), entity(PLACE_SUBJECT, 'paris', 'Paris', 'LOC')];

test('"Paris a transmis « … », a-t-il affirmé": il is the person of the sentence before, not the place', () => {
  assert.equal(speakerOf(PLACE_SUBJECT, 'plan très détaillé', placeEntities()), 'Jean-Noël Barrot');
});

test('a bare quote sentence after "a-t-il affirmé" keeps that speaker', () => {
  assert.equal(speakerOf(PLACE_SUBJECT, 'prendre ses responsabilités', placeEntities()), 'Jean-Noël Barrot');
});

const OPENING_SOURCE = 'Interrogée à Bruxelles, la cheffe de la diplomatie européenne, Kaja Kallas, a jugé la réunion « utile et franche ». '
  + 'Selon elle, Berlin est disposé à négocier un « accord-cadre global », qui fixerait notamment « un calendrier précis » de retrait.';
const openingEntities = () => [entity(OPENING_SOURCE, 'kallas', 'Kaja Kallas', 'PER'), entity(OPENING_SOURCE, 'berlin', 'Berlin', 'LOC')];

test('"Selon elle, Berlin est disposé à … « … »": the opening source wins over the sentence subject', () => {
  assert.equal(speakerOf(OPENING_SOURCE, 'accord-cadre global', openingEntities()), 'Kaja Kallas');
});

test('"Selon elle," gives the speaker of a second quote of the same sentence', () => {
  assert.equal(speakerOf(OPENING_SOURCE, 'calendrier précis', openingEntities()), 'Kaja Kallas');
});

test('"Les deux ministres se sont, selon lui, « … »": lui is the person named as subject before', () => {
  const text = 'Jean-Noël Barrot a reçu jeudi son homologue italien, Antonio Tajani. '
    + 'Le porte-parole du Quai d\'Orsay, Pierre Lemaire, a démenti toute rupture entre Paris et Rome. '
    + 'Les deux ministres se sont, selon lui, « quittés en bons termes » après le dîner. '
    + 'Le lendemain, Jean-Noël Barrot a appelé ses homologues Annalena Baerbock, David Lammy et Radoslaw Sikorski.';
  const entities = ['Jean-Noël Barrot', 'Antonio Tajani', 'Pierre Lemaire', 'Annalena Baerbock', 'David Lammy', 'Radoslaw Sikorski']
    .map((name) => entity(text, name, name, 'PER'));
  assert.equal(speakerOf(text, 'quittés en bons termes', entities), 'Pierre Lemaire');
});

test('"a raconté à l\'AFP Ana, une étudiante de 23 ans": the lone first name is the speaker', () => {
  const text = 'Des milliers de jeunes ont défilé samedi à Lisbonne. « Nous voulons simplement être entendus », a raconté à l\'AFP Ana, une étudiante en médecine de 23 ans.';
  assert.equal(speakerOf(text, 'simplement être entendus', [entity(text, 'afp', 'AFP', 'ORG'), entity(text, 'lisbonne', 'Lisbonne', 'LOC')]), 'Ana');
});

test('a place before the apposition is no lone first name', () => {
  const text = '« Nous n\'avons plus d\'électricité depuis trois jours », a raconté à l\'AFP à Kharkiv, une habitante de 60 ans.';
  assert.notEqual(speakerOf(text, 'plus d\'électricité', [entity(text, 'afp', 'AFP', 'ORG'), entity(text, 'kharkiv', 'Kharkiv', 'LOC')]), 'Kharkiv');
});

test('"Selon l\'émissaire pour le Sahel, Marc Dupont, …. « … », a-t-il dit": il is the named source', () => {
  const text = 'Le président Emmanuel Macron a reçu mardi les dirigeants de la région. '
    + 'Selon l\'émissaire français pour le Sahel, Marc Dupont, Bamako devrait rejoindre le dispositif régional. '
    + '« Nous restons optimistes sur un accord », a-t-il dit.';
  const entities = [entity(text, 'macron', 'Emmanuel Macron', 'PER'), entity(text, 'dupont', 'Marc Dupont', 'PER'), entity(text, 'bamako', 'Bamako', 'LOC')];
  assert.equal(speakerOf(text, 'restons optimistes', entities), 'Marc Dupont');
});

test('"sur le réseau social X, ajoutant que … « … »": the network is no speaker, the participle keeps the incise\'s', () => {
  const text = '« Le texte a été signé ce matin », a annoncé Ahmed Karim sur le réseau social X, ajoutant que les délégations '
    + 'se retrouveraient « la semaine prochaine à Doha » pour régler les « derniers points techniques ».';
  assert.equal(speakerOf(text, 'derniers points techniques', [entity(text, 'karim', 'Ahmed Karim', 'PER')]), 'Ahmed Karim');
});

test('joined initials ("J.D.") end no sentence unit', () => {
  const text = 'En visite à Tokyo, le sénateur américain, J.D. Miller, a lui aussi haussé le ton. Il a ensuite quitté la salle.';
  assert.equal(sentenceUnits(text, findQuotedSpans(text)).length, 2);
});

test('"a dénoncé devant le Sénat Ana Costa, l\'une des figures de l\'opposition": the name before "l\'une des"', () => {
  const text = '« Ce texte est une faute historique », a dénoncé devant le Sénat Ana Costa, l\'une des responsables de l\'opposition.';
  assert.equal(speakerOf(text, 'faute historique', [entity(text, 'senat', 'Sénat', 'ORG')]), 'Ana Costa');
});

test('"Le sénateur, J.D. Miller, a annoncé que … « … », a-t-il ajouté": initials belong to the apposed name', () => {
  const text = 'Le sénateur américain, J.D. Miller, a annoncé mardi soir dans une vidéo qu\'il accompagnerait son épouse, Laura Miller, à Ottawa. '
    + '« Nous serons heureux de rencontrer nos alliés », a-t-il ajouté.';
  const entities = [entity(text, 'jd', 'J.D. Miller', 'PER'), entity(text, 'laura', 'Laura Miller', 'PER')];
  assert.equal(speakerOf(text, 'heureux de rencontrer', entities), 'J.D. Miller');
});

test('"Selon les termes de l\'accord," is no source: the quote keeps no speaker from it', () => {
  const text = 'Selon les termes de l\'accord, Israël devra libérer « plusieurs centaines de prisonniers » dans les prochains jours.';
  assert.notEqual(speakerOf(text, 'centaines de prisonniers'), 'termes de l\'accord');
});
