import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import { foldForm } from '../../core/normalize.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';
import { findRolePhrases } from './roles.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

/** Who a role description stands for, in an article naming all the candidates first. */
function describedOn(candidates: string, description: string, date: string): string | undefined {
  const text = `${candidates} étaient cités. Selon la presse, ${description} a ensuite pris la parole.`;
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text, published: date });
  return findEntities(doc, kb, lex).find((e) => e.mentions.some((m) => m.kind === 'description'))?.name;
}

const cases: Array<[string, string, string, string]> = [
  ['Joe Biden, Donald Trump', 'le président américain', '2022-03-01', 'Joe Biden'],
  ['Joe Biden, Donald Trump', 'le président américain', '2024-12-31', 'Joe Biden'],
  ['Joe Biden, Donald Trump', 'le président américain', '2025-01-20', 'Donald Trump'],
  ['Joe Biden, Donald Trump', 'le président des États-Unis', '2025-08-07', 'Donald Trump'],
  ['Olaf Scholz, Friedrich Merz', 'le chancelier allemand', '2024-06-01', 'Olaf Scholz'],
  ['Olaf Scholz, Friedrich Merz', 'le chancelier allemand', '2025-05-06', 'Friedrich Merz'],
  ['Antony Blinken, Marco Rubio', 'le secrétaire d\'État américain', '2023-09-01', 'Antony Blinken'],
  ['Antony Blinken, Marco Rubio', 'le secrétaire d\'État américain', '2025-01-21', 'Marco Rubio'],
  ['Antony Blinken, Marco Rubio', 'le chef de la diplomatie américaine', '2025-06-01', 'Marco Rubio'],
  ['Sergueï Lavrov, Vladimir Poutine', 'le chef de la diplomatie russe', '2025-06-01', 'Sergey Lavrov'],
  ['Sergueï Lavrov, Vladimir Poutine', 'le ministre russe des Affaires étrangères', '2022-02-24', 'Sergey Lavrov'],
  ['Sergueï Lavrov, Vladimir Poutine', 'le président russe', '2023-01-01', 'Vladimir Putin'],
  ['Sergueï Lavrov, Vladimir Poutine', 'le président de la Russie', '2025-01-01', 'Vladimir Putin'],
  ['Dmytro Kouleba, Andriï Sybiha', 'le ministre ukrainien des Affaires étrangères', '2023-05-01', 'Dmytro Kuleba'],
  ['Dmytro Kouleba, Andriï Sybiha', 'le ministre ukrainien des Affaires étrangères', '2024-10-01', 'Andrii Sybiha'],
  ['Roustem Oumerov, Denys Chmyhal', 'le ministre ukrainien de la Défense', '2024-01-10', 'Rustem Umerov'],
  ['Roustem Oumerov, Denys Chmyhal', 'le ministre ukrainien de la Défense', '2025-08-01', 'Denys Shmyhal'],
  ['Sergueï Choïgou, Andreï Belooussov', 'le ministre russe de la Défense', '2023-06-01', 'Sergei Shoigu'],
  ['Sergueï Choïgou, Andreï Belooussov', 'le ministre russe de la Défense', '2024-06-01', 'Andrey Belousov'],
  ['Lloyd Austin, Pete Hegseth', 'le secrétaire américain à la Défense', '2024-02-01', 'Lloyd Austin'],
  ['Lloyd Austin, Pete Hegseth', 'le secrétaire américain à la Défense', '2025-03-01', 'Pete Hegseth'],
  ['Jens Stoltenberg, Mark Rutte', 'le secrétaire général de l\'Otan', '2023-07-11', 'Jens Stoltenberg'],
  ['Jens Stoltenberg, Mark Rutte', 'le secrétaire général de l\'Otan', '2025-06-24', 'Mark Rutte'],
  ['Rishi Sunak, Keir Starmer', 'le Premier ministre britannique', '2023-11-01', 'Rishi Sunak'],
  ['Rishi Sunak, Keir Starmer', 'le Premier ministre britannique', '2024-07-05', 'Keir Starmer'],
  ['Volodymyr Zelensky, Vladimir Poutine', 'le dirigeant ukrainien', '2025-08-07', 'Volodymyr Zelensky'],
  ['Josep Borrell, Kaja Kallas', 'la cheffe de la diplomatie européenne', '2025-02-01', 'Kaja Kallas'],
  ['Dmitri Peskov, Maria Zakharova', 'le porte-parole du Kremlin', '2025-02-27', 'Dmitry Peskov'],
  ['Dmitri Peskov, Maria Zakharova', 'la porte-parole de la diplomatie russe', '2025-02-27', 'Maria Zakharova'],
];

for (const [candidates, description, date, expected] of cases) {
  test(`"${description}" on ${date} is ${expected}`, () => {
    assert.equal(describedOn(candidates, description, date), expected);
  });
}

test('a former office holder is not the current one ("l\'ancien président américain")', () => {
  assert.equal(describedOn('Joe Biden, Donald Trump', 'l\'ancien président américain', '2025-08-07'), undefined);
});

test('role phrases read the country from an adjective or a complement', () => {
  const text = foldForm('Le ministre russe des Affaires étrangères et le porte-parole du Kremlin ont parlé au président de la Turquie.');
  const found = findRolePhrases(text, kb, lex).map((r) => [r.role, r.of]);
  assert.deepEqual(found, [
    ['foreign_minister', ['country:RU']],
    ['spokesperson', ['vigie:org:kremlin', 'country:RU']],
    ['head_of_state', ['country:TR']],
  ]);
});

test('a plural role phrase is not a description of one person', () => {
  const text = foldForm('Les présidents russe et américain veulent la paix.');
  assert.deepEqual(findRolePhrases(text, kb, lex), []);
});

/** Entities of an article dated `date`. */
function entitiesOf(text: string, date: string) {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text, published: date });
  return findEntities(doc, kb, lex);
}
const describedAs = (text: string, date: string, phrase: string) =>
  entitiesOf(text, date).find((e) => e.mentions.some((m) => m.kind === 'description' && m.text === phrase))?.name;

test('a bare role takes the country the article gave the same role before it', () => {
  const text = "Le secrétaire d'Etat américain a rencontré jeudi son homologue chinois, Wang Yi. Marco Rubio s'est aussi entretenu avec Sergueï Lavrov. Le secrétaire d'Etat a ensuite quitté Kuala Lumpur.";
  const rubio = entitiesOf(text, '2025-07-10').find((e) => e.name === 'Marco Rubio');
  assert.equal(rubio?.mentions.filter((m) => m.kind === 'description').length, 2);
});

test('a bare role in an article about one country is that country\'s office holder', () => {
  const text = "Washington a durci le ton mercredi. Les Etats-Unis exigent des garanties, a fait savoir la Maison-Blanche, et les Etats-Unis n'excluent pas de nouvelles sanctions. Marco Rubio et Sergueï Lavrov doivent se parler. Le secrétaire d'Etat a jugé la proposition « intéressante ».";
  assert.equal(describedAs(text, '2025-07-10', "secrétaire d'Etat"), 'Marco Rubio');
});

test('a bare role followed by a portfolio is another office ("secrétaire d\'État chargé de…")', () => {
  const text = "Washington et les Etats-Unis ont salué l'accord, selon la Maison-Blanche et les Etats-Unis. Marco Rubio était présent. Le secrétaire d'Etat chargé du commerce a signé le texte.";
  assert.equal(describedAs(text, '2025-07-10', "secrétaire d'Etat"), undefined);
});

test('"le secrétaire d\'État" in an article about France is no US secretary of state', () => {
  const text = "Paris a reçu Marco Rubio. La France et la France insoumise débattent, selon l'Elysée et la France. Le secrétaire d'Etat a ensuite pris la parole.";
  assert.equal(describedAs(text, '2025-07-10', "secrétaire d'Etat"), undefined);
});

test('a bare role with no clear country of the article stays unresolved', () => {
  const text = "La Russie et l'Ukraine se sont accusées mutuellement. Vladimir Poutine et Volodymyr Zelensky ne se parlent pas. Le président a dénoncé une provocation.";
  assert.equal(describedAs(text, '2025-07-10', 'président'), undefined);
});

test('a bare "secrétaire d\'État" is not the foreign minister of another country named just before', () => {
  const text = "Le secrétaire d'Etat américain est arrivé mercredi. Marco Rubio doit rencontrer le ministre chinois des Affaires étrangères, Wang Yi. Le secrétaire d'Etat a également vu son homologue malaisien.";
  assert.equal(describedAs(text, '2025-07-10', "secrétaire d'Etat"), 'Marco Rubio');
});

test('a bare "chef de l\'État" is the office holder named last, alone in his sentence, not the one the article gave the role earlier', () => {
  const text = "Le président palestinien Mahmoud Abbas a salué la décision. Emmanuel Macron a annoncé lundi la reconnaissance de l'État de Palestine. Le chef de l'État a ensuite quitté New York.";
  assert.equal(describedAs(text, '2025-09-23', "chef de l'État"), 'Emmanuel Macron');
});
