// Speaker attribution, round 3: a quote attributed by the next sentence, a cue right before the
// quote in a relative clause, the newer named subject for "il", chained appositions, a subject
// right before a partial quote, collective speakers, coordinated subjects, "son homologue chinois".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { analyse, quoteWith } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], forms: string[], extra: Partial<Entity> = {}): Entity {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f, kind: 'name' as const })));
  return { id, name, type, aliases: forms.filter((f) => f !== name), mentions, roles: [], ...extra };
}
const speakerOf = (text: string, fragment: string, entities: Entity[] = []) => quoteWith(analyse(text, entities).quotes, fragment).speaker?.name ?? null;

test('a quote standing alone is attributed by the reporting verb of the next sentence', () => {
  const text = 'Bruxelles (AFP) - « La porte reste ouverte. » À l\'issue du Conseil, mardi soir, la présidente de la Commission, Ursula von der Leyen, a déclaré que les négociations reprendraient.';
  assert.equal(speakerOf(text, 'La porte reste ouverte'), 'Ursula von der Leyen');
});

test('"C\'est ce qu\'a déclaré X" attributes the quote before it', () => {
  const text = '« Nous ne signerons rien sous la menace. » C\'est ce qu\'a affirmé Abbas Araghchi lundi à Téhéran.';
  assert.equal(speakerOf(text, 'Nous ne signerons rien'), 'Abbas Araghchi');
});

test('a reporting verb right before a partial quote gives its subject, even in a relative clause', () => {
  const text = 'Le chancelier et son hôte ont évoqué une coopération que Friedrich Merz estime « indispensable pour l\'Europe ».';
  assert.equal(speakerOf(text, 'indispensable pour'), 'Friedrich Merz');
});

test('a pronoun goes to the person named as subject since the last speaker, not to that speaker', () => {
  const text = '« Le cessez-le-feu est respecté », a assuré Benyamin Netanyahou devant la Knesset.\nDans la soirée, interrogé par la presse, Nagib Mikati a contesté cette version. Le texte prévoit un retrait. « Israël viole chaque jour la trêve », a-t-il dénoncé.';
  assert.equal(speakerOf(text, 'Israël viole'), 'Nagib Mikati');
});

test('appositions chained after a name leave the name as subject', () => {
  const text = 'Kirill Boudanov, chef du renseignement militaire ukrainien, présent à Genève, a affirmé que Moscou préparait « une nouvelle offensive d\'été ».';
  assert.equal(speakerOf(text, 'nouvelle offensive'), 'Kirill Boudanov');
});

test('a named subject right before a partial quote that opens with a verb is its speaker', () => {
  const text = 'En contrepartie, la Russie « s\'engage à ne pas viser les infrastructures civiles », précise le document.';
  const russia = entity(text, 'country:RU', 'Russia', 'LOC', ['Russie'], { subtype: 'country' });
  assert.equal(speakerOf(text, 's\'engage à ne pas viser', [russia]), 'Russia');
});

test('a collective description at the head of the sentence stands for the first country of the list nearby', () => {
  const text = 'La Guinée, le Gabon et le Tchad ont rappelé leurs ambassadeurs.\nLes trois pays, tous dirigés par des militaires, reprochent à l\'Union africaine son « ingérence inacceptable ». Ils dénoncent également des sanctions « injustes et cruelles ».';
  const ents = [
    entity(text, 'country:GN', 'Guinea', 'LOC', ['Guinée'], { subtype: 'country' }),
    entity(text, 'country:GA', 'Gabon', 'LOC', ['Gabon'], { subtype: 'country' }),
    entity(text, 'country:TD', 'Chad', 'LOC', ['Tchad'], { subtype: 'country' }),
  ];
  assert.equal(speakerOf(text, 'ingérence inacceptable', ents), 'Guinea');
  assert.equal(speakerOf(text, 'injustes et cruelles', ents), 'Guinea');
});

test('"les deux ministres" right before a partial quote stand for the first minister named', () => {
  const text = 'Ahmed Attaf et Nasser Bourita se sont entretenus à huis clos.\nDans une déclaration commune, les deux ministres « réaffirment leur attachement au dialogue ».';
  const ents = [entity(text, 'p1', 'Ahmed Attaf', 'PER', ['Ahmed Attaf']), entity(text, 'p2', 'Nasser Bourita', 'PER', ['Nasser Bourita'])];
  assert.equal(speakerOf(text, 'réaffirment leur attachement', ents), 'Ahmed Attaf');
});

test('the last item of a coordinated subject gives way to the first', () => {
  const text = 'La Suède, la Finlande et le Danemark ont réclamé « une réponse ferme » de l\'Union.';
  const ents = [
    entity(text, 'country:SE', 'Sweden', 'LOC', ['Suède'], { subtype: 'country' }),
    entity(text, 'country:FI', 'Finland', 'LOC', ['Finlande'], { subtype: 'country' }),
    entity(text, 'country:DK', 'Denmark', 'LOC', ['Danemark'], { subtype: 'country' }),
  ];
  assert.equal(speakerOf(text, 'une réponse ferme', ents), 'Sweden');
});

test('"son homologue <demonym>" is the person of the article holding an office of that country', () => {
  const text = 'Le président turc Recep Tayyip Erdogan a reçu Vladimir Poutine. Son homologue russe a salué des « relations exemplaires » entre les deux pays.';
  const ents = [
    entity(text, 'p1', 'Recep Tayyip Erdogan', 'PER', ['Recep Tayyip Erdogan'], { roles: ['président de la République (Turkey)'] }),
    entity(text, 'p2', 'Vladimir Putin', 'PER', ['Vladimir Poutine'], { roles: ['président de la Fédération de Russie (Russia)'] }),
  ];
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = ents;
  const countries: Record<string, string[]> = { russe: ['Russia', 'Russie'], turc: ['Turkey', 'Turquie'] };
  const { quotes } = extractQuotes(doc, loadQuoteLexicon(), (w) => countries[w.toLowerCase()] ?? null);
  assert.equal(quoteWith(quotes, 'relations exemplaires').speaker?.name, 'Vladimir Putin');
});
