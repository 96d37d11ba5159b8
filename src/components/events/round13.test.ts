// Recall on unseen text, round 13: the subject's own talk "après un entretien avec X", calls told by "a appelé X",
// "un appel d'une heure avec X", a second partner after "puis avec", and families of ordinary news vocabulary
// (tête-à-tête, dîner avec, attentat, raid, tirs de roquettes, pilonner, liste noire, envoi de troupes, déposer les armes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-06-18');

test('"après un entretien avec X" is the clause subject\'s own talk, on the day the clause tells', () => {
  const text = "La cheffe du gouvernement italien Giorgia Meloni a promis lundi une aide accrue, après un entretien avec Keir Starmer.";
  const list = events(text, { entities: [per('Giorgia Meloni'), per('Keir Starmer')], timexes: [['lundi', '2025-06-16']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-06-16');
  assert.ok(names(e).includes('Giorgia Meloni') && names(e).includes('Keir Starmer'));
});

test('"trois jours après un entretien avec X" is no talk of the clause\'s day', () => {
  const text = "Giorgia Meloni a promis lundi une aide accrue, trois jours après un entretien avec Keir Starmer.";
  const list = events(text, { entities: [per('Giorgia Meloni'), per('Keir Starmer')], timexes: [['lundi', '2025-06-16']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.notEqual(e?.date?.value, '2025-06-16');
});

test('"a appelé mardi X" names a phone call with that person', () => {
  const text = 'Le chancelier Friedrich Merz a appelé mardi Recep Tayyip Erdogan depuis Berlin.';
  const list = events(text, { entities: [per('Friedrich Merz'), per('Recep Tayyip Erdogan')], timexes: [['mardi', '2025-06-17']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'phone');
  assert.equal(e?.date?.value, '2025-06-17');
  assert.deepEqual(names(e), ['Friedrich Merz', 'Recep Tayyip Erdogan']);
});

test('"a appelé X un criminel" qualifies the person: no call', () => {
  const text = 'Le président Volodymyr Zelensky a appelé mardi Vladimir Poutine un criminel de guerre.';
  const list = events(text, { entities: [per('Volodymyr Zelensky'), per('Vladimir Poutine')], timexes: [['mardi', '2025-06-17']] });
  assert.equal(list.filter((x) => x.type === 'CONSULT').length, 0);
});

test('a call told by "a appelé X" whose caller is only described records nothing', () => {
  const text = "Mardi soir, le chef du gouvernement a appelé Vladimir Poutine depuis son bureau.";
  const list = events(text, { entities: [per('Vladimir Poutine')], timexes: [['Mardi soir', '2025-06-17TEV']] });
  assert.equal(list.filter((x) => x.type === 'CONSULT').length, 0);
});

test('"un appel de deux heures avec X" is a phone call', () => {
  const text = "Recep Tayyip Erdogan a eu jeudi un appel de deux heures avec Vladimir Poutine.";
  const list = events(text, { entities: [per('Recep Tayyip Erdogan'), per('Vladimir Poutine')], timexes: [['jeudi', '2025-06-12']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'phone');
  assert.deepEqual(names(e), ['Recep Tayyip Erdogan', 'Vladimir Poutine']);
});

test('"s\'est entretenu avec X, puis avec Y" tells two talks of the same subject', () => {
  const text = "Emmanuel Macron s'est entretenu mercredi avec le roi Abdallah II, puis avec Mahmoud Abbas.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Abdallah II'), per('Mahmoud Abbas')], timexes: [['mercredi', '2025-06-11']] });
  const talks = list.filter((x) => x.type === 'CONSULT');
  assert.equal(talks.length, 2);
  assert.deepEqual(talks.map(names).sort(), [['Abdallah II', 'Emmanuel Macron'], ['Emmanuel Macron', 'Mahmoud Abbas']]);
});

test('a "tête-à-tête" between two leaders is a meeting', () => {
  const text = "Emmanuel Macron et Olaf Scholz ont eu samedi un tête-à-tête à Berlin.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['samedi', '2025-06-14']] });
  assert.equal(list.find((x) => x.type === 'CONSULT')?.date?.value, '2025-06-14');
});

test('"avait dîné avec X" is a meeting', () => {
  const text = "Le président ukrainien Volodymyr Zelensky avait dîné mardi avec Keir Starmer à Londres.";
  const list = events(text, { entities: [per('Volodymyr Zelensky'), per('Keir Starmer')], timexes: [['mardi', '2025-06-17']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-06-17');
  assert.ok(names(e).includes('Keir Starmer') && names(e).includes('Volodymyr Zelensky'));
});

test('an "attentat" claimed by a group is an attack; a foiled one is not', () => {
  const claimed = events("L'Etat islamique a revendiqué l'attentat commis dimanche à Kaboul.", {
    entities: [{ name: 'Etat islamique', type: 'ORG', forms: ['Etat islamique'] }], timexes: [['dimanche', '2025-06-15']],
  });
  assert.equal(claimed.filter((x) => x.type === 'ASSAULT').length, 1);
  const foiled = events("La police française a annoncé dimanche un attentat déjoué visant l'Etat islamique.", {
    entities: [{ name: 'Etat islamique', type: 'ORG', forms: ['Etat islamique'] }], timexes: [['dimanche', '2025-06-15']],
  });
  assert.equal(foiled.filter((x) => x.type === 'ASSAULT').length, 0);
});

test('"des tirs de roquettes" on a country are an attack; their halt is not', () => {
  const fired = events("Le Hezbollah a revendiqué lundi des tirs de roquettes sur Israël.", {
    entities: [{ name: 'Hezbollah', type: 'ORG' }, country('IL', ['Israël'])], timexes: [['lundi', '2025-06-16']],
  });
  assert.equal(fired.filter((x) => x.type === 'ASSAULT').length, 1);
  const halted = events("Le Hezbollah a promis lundi l'arrêt des tirs de roquettes sur Israël.", {
    entities: [{ name: 'Hezbollah', type: 'ORG' }, country('IL', ['Israël'])], timexes: [['lundi', '2025-06-16']],
  });
  assert.equal(halted.filter((x) => x.type === 'ASSAULT').length, 0);
});

test('an army that "a pilonné" a city attacks it', () => {
  const text = "La Russie a pilonné jeudi les faubourgs de Kharkiv, en Ukraine.";
  const list = events(text, { entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['jeudi', '2025-06-12']] });
  assert.ok(names(list.find((x) => x.type === 'ASSAULT')).includes('Russia'));
});

test('placing someone on a blacklist is a sanction; taking him off is not', () => {
  const placed = events("Les États-Unis ont placé vendredi Nicolás Maduro sur leur liste noire.", {
    entities: [country('US', ['États-Unis']), per('Nicolás Maduro')], timexes: [['vendredi', '2025-06-13']],
  });
  assert.equal(placed.filter((x) => x.type === 'SANCTION').length, 1);
  const removed = events("Les États-Unis ont retiré vendredi Nicolás Maduro de leur liste noire.", {
    entities: [country('US', ['États-Unis']), per('Nicolás Maduro')], timexes: [['vendredi', '2025-06-13']],
  });
  assert.equal(removed.filter((x) => x.type === 'SANCTION').length, 0);
});

test('sanctions told with no one imposing them record nothing', () => {
  const text = "Les sanctions contre la Russie ont été prolongées lundi.";
  const list = events(text, { entities: [country('RU', ['Russie'])], timexes: [['lundi', '2025-06-16']] });
  assert.equal(list.filter((x) => x.type === 'SANCTION').length, 0);
});

test('"l\'envoi de troupes" to protect a country is a mobilisation with that country as target', () => {
  const text = "Emmanuel Macron a annoncé jeudi l'envoi de deux cents soldats pour renforcer la défense du territoire estonien.";
  const list = events(text, { entities: [per('Emmanuel Macron')], timexes: [['jeudi', '2025-06-12']] });
  const e = list.find((x) => x.type === 'MOBILIZE');
  assert.equal(e?.date?.value, '2025-06-12');
  assert.ok(names(e).includes('Emmanuel Macron'));
});

test('fighters who "ont déposé les armes" retreat; a demand that they do is no retreat', () => {
  const done = events("Les combattants du PKK ont déposé les armes vendredi lors d'une cérémonie.", {
    entities: [{ name: 'PKK', type: 'ORG' }], timexes: [['vendredi', '2025-06-13']],
  });
  assert.equal(done.find((x) => x.type === 'RETREAT')?.date?.value, '2025-06-13');
  const refused = events("Le PKK a refusé vendredi de déposer les armes.", {
    entities: [{ name: 'PKK', type: 'ORG' }], timexes: [['vendredi', '2025-06-13']],
  });
  assert.equal(refused.filter((x) => x.type === 'RETREAT').length, 0);
});

test('two states that "ont rétabli leurs relations" cooperate; "n\'ont pas rétabli" tells no cooperation', () => {
  const spec = { entities: [country('FR', ['France']), country('IL', ['Israël'])], timexes: [['mardi', '2025-06-17']] as [string, string][] };
  const done = events('La France et Israël ont rétabli mardi leurs relations diplomatiques.', spec);
  const e = done.find((x) => x.type === 'COOPERATE');
  assert.equal(e?.date?.value, '2025-06-17');
  assert.deepEqual(names(e), ['France', 'Israel']);
  const not = events("La France et Israël n'ont pas rétabli mardi leurs relations diplomatiques.", spec);
  assert.equal(not.filter((x) => x.type === 'COOPERATE').length, 0);
});
