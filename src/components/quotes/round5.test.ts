// Speaker attribution, round 5 (misses on unseen wire copy): a subject in apposition before a
// verb is no incise, a passive agent after the quote, a cleft "C'est X qui", a verb bridged to the
// quote by "de", object clitics before an auxiliary, "ont appelé « à … »" as a quote, a plural
// pronoun after a coordinated subject, and pronouns after a sentence with no speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/document.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

function entity(text: string, id: string, name: string, forms: Array<[string, 'name' | 'description' | 'pronoun', number?]>): Entity {
  const mentions = forms.map(([form, kind, at]) => {
    const start = at ?? text.indexOf(form);
    return { start, end: start + form.length, text: form, kind };
  });
  return { id, name, type: 'PER', aliases: [], mentions, roles: [] };
}
const speakerOf = (text: string, fragment: string, entities: Entity[] = []) => quoteWith(analyse(text, entities).quotes, fragment).speaker?.name ?? null;

const cases: Case[] = [
  {
    name: 'a verb after a name in apposition has its subject before it, so a later il is that person',
    text: '« Le sommet aura lieu à Genève », a annoncé mardi Donald Trump sur son réseau social.\nMercredi, le porte-parole du Kremlin, Dmitri Peskov, a confirmé la date. Il a jugé « tout à fait naturel » que la rencontre se tienne en Suisse.',
    quote: 'tout à fait naturel', speaker: 'Dmitri Peskov',
  },
  { name: 'the agent of a passive participle after the quote is the speaker', text: 'Le ministre s\'est entretenu une heure avec son homologue, un échange jugé « franc et constructif » par Dmitri Peskov.', quote: 'franc et constructif', speaker: 'Dmitri Peskov', cue: 'jugé' },
  { name: 'a passive agent given by a role and a name in apposition', text: 'Le plan a été qualifié de « pas en avant décisif » par le président du Conseil européen, António Costa.', quote: 'pas en avant décisif', speaker: 'António Costa' },
  { name: 'fulminer is a reporting verb', text: '« Ils ont tous les deux triché », a fulminé Donald Trump devant la presse.', quote: 'tous les deux triché', speaker: 'Donald Trump', cue: 'a fulminé' },
  { name: 'sommer reports the words of its pronoun subject', text: '« Arrêtez tout de suite », a lancé Donald Trump. Une heure plus tard, il sommait Israël sur son réseau de ne pas « lancer cette offensive ».', quote: 'lancer cette offensive', speaker: 'Donald Trump' },
  { name: 'the focus of a cleft C\'est X lui-même qui is the speaker, not C\'', text: 'C\'est Donald Trump lui-même qui avait annoncé dans la nuit une « trêve complète et totale » entre les deux pays.', quote: 'trêve complète et totale', speaker: 'Donald Trump' },
  { name: 'a verb joined to the quote by de is the cue, even in a relative clause', text: 'Pékin avait prévenu Washington à l\'avance, une riposte que Donald Trump a qualifiée de « très faible et prévisible ».', quote: 'très faible et prévisible', speaker: 'Donald Trump', cue: 'a qualifiée' },
  { name: 'les before an auxiliary is an object clitic, not the subject', text: 'Angela Merkel a reçu les deux dirigeants. Elle les a prévenus qu\'elle ne signerait « aucun accord de ce type » avant l\'été.', quote: 'aucun accord de ce type', speaker: 'Angela Merkel' },
  { name: 'ont appelé « au calme » is a reporting verb, not a name given', text: 'La cheffe de la diplomatie européenne, Kaja Kallas, a appelé « au calme et à la retenue » après les heurts.', quote: 'au calme et à la retenue', speaker: 'Kaja Kallas', cue: 'a appelé' },
  { name: 'a name after a verb set off by a comma is its subject when what precedes the comma is no speaker', text: 'Un accord reste « très improbable » avant la fin du mois, a estimé Iouri Ouchakov.', quote: 'très improbable', speaker: 'Iouri Ouchakov', cue: 'a estimé' },
  { name: 'coordinated names before a plural verb are its subject', text: 'Emmanuel Macron et Olaf Scholz ont dénoncé jeudi une « escalade inacceptable » aux frontières de l\'Union.', quote: 'escalade inacceptable', speaker: 'Emmanuel Macron' },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a name given with appelé is still no quote', () => {
  const { quotes } = analyse('Le groupe appelé « Les Amis du Sahel » a été dissous lundi.');
  assert.equal(quotes.length, 0);
});

test('elles after a coordinated named subject refers to that subject', () => {
  const text = 'La ministre française, Catherine Colonna, et la cheffe de la diplomatie allemande, Annalena Baerbock, ont dénoncé une « escalade dangereuse ». Elles jugent que la crise « menace toute la région ».';
  assert.equal(speakerOf(text, 'menace toute la région'), 'Annalena Baerbock');
});

test('ils after a single named speaker stays unattributed', () => {
  const text = '« Nous avons un accord », a annoncé Donald Trump. Les rebelles ont rejeté l\'offre. Ils dénoncent « une capitulation déguisée ».';
  assert.equal(speakerOf(text, 'capitulation déguisée'), null);
});

test('il after a sentence whose subject the entities layer linked to a person is that person', () => {
  const text = '« Il s\'agissait d\'un coup d\'État », a affirmé Irakli Kobakhidze dimanche. Le chef du gouvernement s\'en est pris à l\'ambassadeur de l\'UE, Pawel Herczynski, qu\'il accuse de complaisance. « L\'ambassadeur doit condamner ces violences », a-t-il lancé.';
  const il = text.lastIndexOf('il lancé');
  const kobakhidze = entity(text, 'per:k', 'Irakli Kobakhidze', [['Irakli Kobakhidze', 'name'], ['chef du gouvernement', 'description']]);
  // An entities layer that resolved the pronoun to the person named last.
  const herczynski = entity(text, 'per:h', 'Pawel Herczynski', [['Pawel Herczynski', 'name'], ['il', 'pronoun', il]]);
  assert.equal(speakerOf(text, 'condamner ces violences', [kobakhidze, herczynski]), 'Irakli Kobakhidze');
});

test('il after a sentence with no speaker is the person that sentence mentions first, not an older speaker', () => {
  const text = '« Nous devons tenir bon », a insisté Keir Starmer. Lundi, la venue d\'Emmanuel Macron à Londres avait été marquée par un dîner offert par le roi Charles III. Il y avait plaidé pour une « Europe plus souveraine ».';
  const starmer = entity(text, 'per:s', 'Keir Starmer', [['Keir Starmer', 'name']]);
  const macron = entity(text, 'per:m', 'Emmanuel Macron', [['Emmanuel Macron', 'name']]);
  const charles = entity(text, 'per:c', 'Charles III', [['roi Charles III', 'name']]);
  assert.equal(speakerOf(text, 'Europe plus souveraine', [starmer, macron, charles]), 'Emmanuel Macron');
});

test('a verb coordinated after a comma does not take the object before it as speaker', () => {
  const text = 'Le règlement interdit l\'importation de gaz naturel liquéfié, ajoute 40 navires de la « flotte fantôme » à la liste noire et gèle des avoirs.';
  assert.equal(speakerOf(text, 'flotte fantôme'), null);
});

test('ils after coordinated names refers to them', () => {
  const text = 'Emmanuel Macron et Olaf Scholz ont dénoncé une « escalade inacceptable » à Bruxelles. Ils ont aussi réclamé « des sanctions immédiates ».';
  assert.equal(speakerOf(text, 'sanctions immédiates'), 'Emmanuel Macron');
});
