// Speaker attribution, round 4: a partial quote carrying on the previous sentence's reported
// speech, an absolute participle clause with its own subject, a role description the entities
// layer left unlinked ("le chef de l'État"), a collective description naming its group (G7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { officeOf, type RoleHolderTest } from './role-holder.ts';
import { analyse, quoteWith } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], forms: string[], extra: Partial<Entity> = {}): Entity {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f, kind: 'name' as const })));
  return { id, name, type, aliases: forms.filter((f) => f !== name), mentions, roles: [], ...extra };
}
const speakerOf = (text: string, fragment: string, entities: Entity[] = []) => quoteWith(analyse(text, entities).quotes, fragment).speaker?.name ?? null;

function speakerWithRoles(text: string, fragment: string, entities: Entity[], holdsRole: RoleHolderTest): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon(), undefined, holdsRole).quotes, fragment).speaker?.name ?? null;
}

test('a partial quote with no cue carries on the reported speech of the sentence before it', () => {
  const text = 'Les deux camps ont convenu d\'une trêve de trois jours, a annoncé le médiateur qatari, Mohammed al-Khulaifi. Kiev libérera en outre 40 civils « à titre humanitaire ».';
  assert.equal(speakerOf(text, 'titre humanitaire'), 'Mohammed al-Khulaifi');
});

test('a person named in the quote\'s own sentence stops the previous report from carrying on', () => {
  const text = 'Les deux camps ont convenu d\'une trêve de trois jours, a annoncé le médiateur qatari, Mohammed al-Khulaifi. Volodymyr Zelensky a rejeté « toute concession territoriale ».';
  const zelensky = entity(text, 'per:z', 'Volodymyr Zelensky', 'PER', ['Volodymyr Zelensky']);
  assert.notEqual(speakerOf(text, 'concession territoriale', [zelensky]), 'Mohammed al-Khulaifi');
});

test('an absolute participle clause after a quote has its own named subject', () => {
  const text = 'Pékin a condamné une visite « provocatrice et dangereuse », le porte-parole de la diplomatie chinoise, Lin Jian, jugeant que Washington « joue avec le feu ».';
  assert.equal(speakerOf(text, 'joue avec le feu'), 'Lin Jian');
  assert.equal(speakerOf(text, 'provocatrice et dangereuse'), 'Pékin');
});

test('a name ending the main clause before a participle is its object, not the participle\'s subject', () => {
  const text = 'Donald Trump a appelé Vladimir Poutine, estimant que la guerre « doit cesser au plus vite ».';
  assert.equal(speakerOf(text, 'doit cesser'), 'Donald Trump');
});

test('"le chef de l\'État" left unlinked goes to the head of state named last before it', () => {
  const text = 'Luiz Inácio Lula da Silva a reçu mercredi à Brasilia le chancelier Friedrich Merz. « Le Brésil ne choisira pas de camp », a martelé le chef de l\'État devant la presse.';
  const lula = entity(text, 'per:lula', 'Luiz Inácio Lula da Silva', 'PER', ['Luiz Inácio Lula da Silva']);
  const merz = entity(text, 'per:merz', 'Friedrich Merz', 'PER', ['Friedrich Merz']);
  const heads: Record<string, string> = { 'per:lula': 'head_of_state', 'per:merz': 'head_of_government' };
  const holds: RoleHolderTest = (id, d) => /chef de l'État/u.test(d) ? heads[id] === 'head_of_state' : null;
  assert.equal(speakerWithRoles(text, 'ne choisira pas', [lula, merz], holds), 'Luiz Inácio Lula da Silva');
});

test('role descriptions name their office and, with a demonym, its country', () => {
  const kb = loadKnowledgeBase();
  assert.deepEqual(officeOf(kb, 'le chef de l\'État'), { role: 'head_of_state', of: null });
  assert.equal(officeOf(kb, 'le chef de la diplomatie russe')?.role, 'foreign_minister');
  assert.equal(officeOf(kb, 'un diplomate occidental'), null);
});

test('"les chefs d\'État des sept pays" stand for the G7 the article names', () => {
  const text = 'Le sommet du G7 s\'est ouvert à Hiroshima. Les chefs d\'État des sept pays ont adopté un communiqué final jugeant que la Chine « doit cesser ses pressions sur Taïwan ».';
  const g7 = entity(text, 'org:g7', 'G7', 'ORG', ['G7'], { subtype: 'io' });
  assert.equal(speakerOf(text, 'cesser ses pressions', [g7]), 'G7');
});

test('"les ministres de l\'Otan" speak as the organisation their complement names', () => {
  const text = 'Réunis à Bruxelles, les ministres de l\'Otan ont affirmé que l\'Alliance « restera unie face à la menace ».';
  const nato = entity(text, 'org:nato', 'NATO', 'ORG', ['Otan'], { subtype: 'io' });
  assert.equal(speakerOf(text, 'restera unie', [nato]), 'NATO');
});
