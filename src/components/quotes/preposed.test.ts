// Speakers named before the quote, partial quotes attributed to the sentence's speaker,
// pronouns, follow-up quotes and speakers resolved through the entity layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/document.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

const cases: Case[] = [
  { name: 'name + a déclaré + colon', text: 'Emmanuel Macron a déclaré : « Nous ne laisserons personne au bord du chemin. »', quote: 'bord du chemin', speaker: 'Emmanuel Macron', kind: 'direct', cue: 'a déclaré' },
  { name: 'name + a mentionné + colon', text: 'Lors de sa visite à Dakar, Bassirou Diomaye Faye a mentionné : « Le Sénégal doit retrouver sa souveraineté. »', quote: 'souveraineté', speaker: 'Bassirou Diomaye Faye' },
  { name: 'gerund en déclarant after a pronoun subject', text: 'Sanna Marin a quitté la réunion. Elle a ensuite durci le ton, en déclarant : « La Finlande ne négociera pas sous la menace. »', quote: 'sous la menace', speaker: 'Sanna Marin', cue: 'en déclarant' },
  { name: 'description + apposition + que «', text: 'Le porte-parole de l\'ONU, Stéphane Dujarric, a indiqué lors d\'un point de presse que « l\'aide humanitaire reste bloquée à la frontière ».', quote: 'aide humanitaire', speaker: 'Stéphane Dujarric', kind: 'partial', cue: 'a indiqué' },
  { name: 'description with a name in apposition without commas', text: 'Le chancelier autrichien Karl Nehammer a estimé que l\'accord était « une bonne base de travail ».', quote: 'bonne base de travail', speaker: 'Karl Nehammer' },
  { name: 'partial quote: subject of a non-reporting verb', text: 'Le Premier ministre Justin Trudeau a appelé mardi les provinces à coopérer « sans arrière-pensée politique » avec Ottawa.', quote: 'sans arrière-pensée', speaker: 'Justin Trudeau' },
  { name: 'partial quote: the main reporting clause, not an embedded one', text: 'Josep Borrell a précisé que Pékin avait fait savoir à Bruxelles que ces échanges devaient rester « strictement confidentiels ».', quote: 'strictement confidentiels', speaker: 'Josep Borrell' },
  { name: 'partial quote before the subject in a participial clause', text: 'Tout en saluant des « progrès réels et mesurables », Antonio Guterres a appelé à poursuivre les efforts.', quote: 'progrès réels', speaker: 'Antonio Guterres' },
  { name: 'participle estimant: the main subject speaks', text: 'La Première ministre italienne Giorgia Meloni a défendu son budget, estimant qu\'il constituait « un choix responsable » pour le pays.', quote: 'choix responsable', speaker: 'Giorgia Meloni', cue: 'estimant' },
  { name: 'participle clause first, subject later', text: 'Assurant que l\'Inde est « prête à jouer un rôle de médiateur », Narendra Modi a appelé les deux camps au calme.', quote: 'rôle de médiateur', speaker: 'Narendra Modi' },
  { name: 'pronoun subject resolved to the previous speaker', text: '« Nous voulons la paix », a déclaré Recep Tayyip Erdogan. Il a ajouté que la Turquie restait « un partenaire fiable de l\'Otan ».', quote: 'partenaire fiable', speaker: 'Recep Tayyip Erdogan' },
  { name: 'selon + pronoun', text: 'Ilham Aliev a reçu la délégation arménienne. Selon lui, la rencontre s\'est déroulée « dans un climat de confiance ».', quote: 'climat de confiance', speaker: 'Ilham Aliev' },
  { name: 'selon lui after an attributed quote', text: '« Le corridor doit ouvrir cet été », a affirmé Ilham Aliev. Selon lui, les discussions se sont déroulées « dans un climat de confiance ».', quote: 'climat de confiance', speaker: 'Ilham Aliev', cue: 'Selon' },
  { name: 'selon + name, no subject', text: 'Selon Amnesty International, la répression a été « d\'une ampleur sans précédent » dans le pays.', quote: 'ampleur sans précédent', speaker: 'Amnesty International' },
  { name: 'a qualifié de with a pronoun subject', text: '« Le dialogue est rompu », a regretté Mahmoud Abbas. Il a qualifié la décision de « faute historique grave ».', quote: 'faute historique', speaker: 'Mahmoud Abbas' },
  { name: 'a dit + infinitive', text: 'Le président kényan William Ruto a dit vendredi espérer que la conférence ouvrira « une nouvelle ère pour le climat ».', quote: 'nouvelle ère', speaker: 'William Ruto', cue: 'a dit' },
  { name: 'a insisté sur le fait que, then qu\' with a reversed guillemet', text: 'Lula a insisté sur le fait que son pays restait neutre, mais il a précisé qu\' »aucune paix ne sera possible sans justice. »', quote: 'aucune paix', speaker: 'Lula' },
  { name: 'colon after a bare name (interview style)', text: 'Jacinda Ardern : « Je n\'ai plus assez d\'énergie pour faire ce travail. »', quote: 'assez d\'énergie', speaker: 'Jacinda Ardern' },
  { name: 'follow-up quote paragraph with no cue', text: '« Les réservoirs sont au plus bas depuis vingt ans », a alerté Teresa Ribera.\n« Nous devons restreindre les usages agricoles dès cet été. »', quote: 'usages agricoles', speaker: 'Teresa Ribera' },
  { name: 'a sub-heading quote far from any speaker stays unattributed', text: 'Le conseil des ministres s\'est réuni mercredi à l\'Élysée pour la rentrée.\nLe texte sera présenté en octobre aux parlementaires.\n« Pas de hausse d\'impôts cette année »', quote: 'hausse d\'impôts', speaker: null },
  { name: 'description subject «le diplomate» takes the previous speaker', text: '« Les discussions avancent », a déclaré le conseiller diplomatique Emmanuel Bonne. Le diplomate a indiqué qu\'un accord pourrait intervenir « dans les prochaines semaines ».', quote: 'prochaines semaines', speaker: 'Emmanuel Bonne' },
  { name: 'named person preferred over the spokesperson in selon', text: 'Le ministre japonais Yoshimasa Hayashi a exhorté Pyongyang à cesser « toute provocation militaire » dans la région, selon la porte-parole du ministère.', quote: 'provocation militaire', speaker: 'Yoshimasa Hayashi' },
  { name: 'incise later in the sentence wins for a partial quote', text: 'La commissaire a rappelé l\'engagement de Bruxelles en faveur d\'« une transition juste et ordonnée », a affirmé Stella Kyriakides dans un communiqué.', quote: 'transition juste', speaker: 'Stella Kyriakides' },
  { name: 'a place before the verb is not the speaker', text: 'La réunion de Bakou, organisée en Azerbaïdjan, s\'est achevée sur « un constat d\'échec partagé ».', quote: 'constat d\'échec', speaker: null },
];

for (const c of cases) test(c.name, () => checkCase(c));

const person = (id: string, name: string, aliases: string[], mentions: Array<[number, number, string, 'name' | 'pronoun' | 'description']>): Entity => ({
  id, name, type: 'PER', aliases, mentions: mentions.map(([start, end, text, kind]) => ({ start, end, text, kind })),
});

test('the entity layer gives the canonical name and aliases of a pronoun speaker', () => {
  const text = 'Volodymyr Zelensky était à Bruxelles. « Nous avons besoin de défense aérienne », a-t-il déclaré.';
  const il = text.indexOf('-il ') + 1;
  const entity = person('Q3881', 'Volodymyr Zelensky', ['Volodymyr Zelenski', 'Zelensky'], [[0, 18, 'Volodymyr Zelensky', 'name'], [il, il + 2, 'il', 'pronoun']]);
  const q = quoteWith(analyse(text, [entity]).quotes, 'défense aérienne');
  assert.equal(q.speaker?.entity, 'Q3881');
  assert.deepEqual(q.speaker?.aliases, ['Volodymyr Zelenski', 'Zelensky']);
});

test('the entity layer resolves a role description speaker', () => {
  const text = '« Les sanctions seront renforcées », a poursuivi le chef de la diplomatie américaine.';
  const at = text.indexOf('le chef');
  const entity = person('Q16146485', 'Marco Rubio', ['Rubio'], [[at, text.length - 1, 'le chef de la diplomatie américaine', 'description']]);
  assert.equal(quoteWith(analyse(text, [entity]).quotes, 'sanctions').speaker?.name, 'Marco Rubio');
});

test('a surname matches a known entity by alias', () => {
  const text = '« Nous tiendrons les délais », a assuré Oumerov.';
  const entity = person('Q1', 'Rustem Umerov', ['Roustem Oumerov', 'Oumerov'], []);
  assert.equal(quoteWith(analyse(text, [entity]).quotes, 'délais').speaker?.name, 'Rustem Umerov');
});

test('a complement person inside a description is not the speaker', () => {
  const text = '« La date reste à fixer », a indiqué le porte-parole de Vladimir Poutine.';
  const at = text.indexOf('Vladimir');
  const putin = person('Q7747', 'Vladimir Putin', ['Vladimir Poutine'], [[at, at + 16, 'Vladimir Poutine', 'name']]);
  assert.equal(quoteWith(analyse(text, [putin]).quotes, 'date reste').speaker?.name, 'porte-parole de Vladimir Poutine');
});
