// Events on unseen text, round 16: same-day openers ("Le même jour,", "Ce jour-là,", "Quelques heures plus tôt,"),
// withdrawn ambassadors, recalled negotiators, people placed in detention, bases handed over, troop withdrawals
// named with a quoted qualifier, decrees that are no agreements, and status cues kept inside their relative clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2024-11-20');
const DZ = { name: 'Algeria', id: 'country:DZ', type: 'LOC' as const, subtype: 'country', forms: ['Alger', 'Algérie'] };
const ML = { name: 'Mali', id: 'country:ML', type: 'LOC' as const, subtype: 'country', forms: ['Mali', 'Bamako'] };
const BR = { name: 'Brazil', id: 'country:BR', type: 'LOC' as const, subtype: 'country', forms: ['Brésil', 'Brasilia'] };

test('"Le même jour," dates the act of its sentence with the day told just before', () => {
  const text = "Le président a été reçu le 12 novembre à Bamako. Le même jour, Alger a retiré son ambassadeur au Mali.";
  const list = events(text, { entities: [DZ, ML], timexes: [['le 12 novembre', '2024-11-12']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2024-11-12');
});

test('"Ce jour-là," dates a reception told in the imperfect', () => {
  const text = "Tout s'est joué le 5 novembre. Ce jour-là, le ministre Jean Dupont était reçu à Bamako par le président Assimi Goïta.";
  const list = events(text, { entities: [per('Jean Dupont'), per('Assimi Goïta'), ML], timexes: [['le 5 novembre', '2024-11-05']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2024-11-05');
});

test('"Quelques heures plus tôt," dates a pluperfect act with the day told before', () => {
  const text = "Le Brésil a protesté mercredi 13 novembre devant l'ONU. Quelques heures plus tôt, le gouvernement algérien avait retiré son ambassadeur à Brasilia.";
  const list = events(text, { entities: [BR, DZ, { name: 'ONU', type: 'ORG' }], timexes: [['mercredi 13 novembre', '2024-11-13']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2024-11-13');
});

test('a same-day opener skips a date told in a participle clause', () => {
  const text = "Le ministre a ordonné vendredi l'envoi de navires, la première frappe ayant été revendiquée le 2 septembre. Le même jour, Alger a retiré son ambassadeur au Mali.";
  const list = events(text, { entities: [DZ, ML], timexes: [['vendredi', '2024-11-15'], ['le 2 septembre', '2024-09-02']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2024-11-15');
});

test('a sentence giving its own date keeps it after a same-day opener', () => {
  const text = "Le président a été reçu le 12 novembre à Bamako. Quelques heures plus tôt, lundi 11 novembre, Alger avait retiré son ambassadeur au Mali.";
  const list = events(text, { entities: [DZ, ML], timexes: [['le 12 novembre', '2024-11-12'], ['lundi 11 novembre', '2024-11-11']] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.date?.value, '2024-11-11');
});

test('a same-day opener inside quoted speech dates nothing', () => {
  const text = "Le président a été reçu le 12 novembre à Bamako. « Le même jour, Alger a retiré son ambassadeur au Mali », a rappelé un diplomate.";
  const list = events(text, { entities: [DZ, ML], timexes: [['le 12 novembre', '2024-11-12']],
    quotes: [{ text: 'Le même jour, Alger a retiré son ambassadeur au Mali', speaker: 'un diplomate' }] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.date ?? null, null);
});

test('"avait retiré « avec effet immédiat » son ambassadeur" is a recall, not a withdrawal from a body', () => {
  const text = "Alger avait retiré jeudi « avec effet immédiat » son ambassadeur au Mali.";
  const list = events(text, { entities: [DZ, ML], timexes: [['jeudi', '2024-11-14']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2024-11-14');
  assert.deepEqual(names(e), ['Algeria', 'Mali']);
});

test('a negated recall is denied', () => {
  const text = "Alger n'a pas retiré jeudi son ambassadeur au Mali.";
  const list = events(text, { entities: [DZ, ML], timexes: [['jeudi', '2024-11-14']] });
  assert.ok(!list.some((x) => x.type === 'SANCTION' && x.status === 'occurred'));
});

test('"a rappelé mercredi ses négociateurs" is a withdrawal from the talks', () => {
  const text = "Le Brésil a rappelé mercredi ses négociateurs, sur ordre du président.";
  const list = events(text, { entities: [BR], timexes: [['mercredi', '2024-11-13']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.date?.value, '2024-11-13');
  assert.deepEqual(names(e), ['Brazil']);
});

test('"a retiré sa délégation" is a withdrawal too', () => {
  const text = "Le Mali a retiré lundi sa délégation de la conférence.";
  const list = events(text, { entities: [ML], timexes: [['lundi', '2024-11-11']] });
  assert.equal(list.find((x) => x.type === 'RETREAT')?.date?.value, '2024-11-11');
});

test('"a été placé en détention" is an arrest of its subject', () => {
  const text = "L'ancien ministre de la Défense Jean Dupont a été placé en détention le 8 novembre.";
  const list = events(text, { entities: [per('Jean Dupont')], timexes: [['le 8 novembre', '2024-11-08']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.date?.value, '2024-11-08');
  assert.deepEqual(names(e), ['Jean Dupont']);
});

test('"a été écroué" is an arrest too', () => {
  const text = "L'opposant Jean Dupont a été écroué mardi à Bamako.";
  const list = events(text, { entities: [per('Jean Dupont')], timexes: [['mardi', '2024-11-12']] });
  assert.equal(list.find((x) => x.type === 'COERCE')?.date?.value, '2024-11-12');
});

test('a status cue in a relative clause closed before the trigger stays in that clause', () => {
  const text = "L'ancien ministre Jean Dupont, qui avait proposé la loi martiale, a été placé en détention le 8 novembre.";
  const list = events(text, { entities: [per('Jean Dupont')], timexes: [['le 8 novembre', '2024-11-08']] });
  assert.equal(list.find((x) => x.type === 'COERCE')?.status, 'occurred');
});

test('"a remis jeudi aux autorités maliennes la base" is a military withdrawal', () => {
  const text = "La France a remis jeudi aux autorités du Mali la base de Gao, la dernière qu'elle occupait dans le pays.";
  const list = events(text, { entities: [country('FR', ['France']), ML], timexes: [['jeudi', '2024-11-14']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.date?.value, '2024-11-14');
  assert.ok(names(e).includes('France'));
});

test('"la rétrocession de la base" names a handover', () => {
  const text = "La France a achevé le 26 décembre la rétrocession de la base de Gao au Mali.";
  const list = events(text, { entities: [country('FR', ['France']), ML], timexes: [['le 26 décembre', '2024-12-26']] });
  assert.ok(list.some((x) => x.type === 'RETREAT' && x.mode === 'military'));
});

test('"le « retrait concerté et organisé » des forces françaises" is a troop withdrawal', () => {
  const text = "Le 31 décembre, le président malien Assimi Goïta a annoncé le « retrait concerté et organisé » des forces françaises du Mali.";
  const list = events(text, { entities: [per('Assimi Goïta'), ML], timexes: [['Le 31 décembre', '2024-12-31']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.date?.value, '2024-12-31');
});

test('signing a memorandum that restores a policy is no agreement', () => {
  const text = "Le président américain Donald Trump a signé mardi un mémorandum rétablissant la politique de sanctions contre l'Iran.";
  const list = events(text, { entities: [per('Donald Trump'), { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran'] }],
    timexes: [['mardi', '2024-11-19']] });
  assert.ok(!list.some((x) => x.type === 'AGREE'));
});

test('signing a memorandum of understanding with a partner is still an agreement', () => {
  const text = "Le Brésil a signé mardi un mémorandum d'entente avec le Mali sur l'énergie.";
  const list = events(text, { entities: [BR, ML], timexes: [['mardi', '2024-11-19']] });
  assert.ok(list.some((x) => x.type === 'AGREE'));
});

test('"le Parlement a destitué le président" is a sanction by the Parliament', () => {
  const text = "Le Parlement du Mali a destitué samedi le président Assimi Goïta.";
  const list = events(text, { entities: [{ name: 'Parlement du Mali', type: 'ORG', forms: ['Parlement du Mali'] }, per('Assimi Goïta')],
    timexes: [['samedi', '2024-11-16']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2024-11-16');
  assert.ok(names(e).includes('Assimi Goïta'));
});
