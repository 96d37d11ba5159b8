// Speaker attribution patterns of wire copy beyond the seed articles: role descriptions with
// complements, relative clauses, documents as sources, framing "Pour X,", epithets, gender of
// pronouns, and clauses of their own inside one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/document.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

const cases: Case[] = [
  { name: 'a name with a lower-case particle before the cue is the subject, not the object after it', text: 'Le chef de l\'armée soudanaise, Abdel Fattah al-Burhane, a salué dans un discours télévisé une victoire « historique et décisive » de ses troupes.', quote: 'historique et décisive', speaker: 'Abdel Fattah al-Burhane' },
  { name: 'two offices joined by et before the name in apposition', text: '« La frontière restera fermée jusqu\'à nouvel ordre », a déclaré jeudi le Premier ministre et ministre de l\'Intérieur libanais, Najib Mikati.', quote: 'frontière restera fermée', speaker: 'Najib Mikati' },
  { name: 'a role with an au complement before the name in apposition', text: '« Les taux resteront élevés pendant encore un an », a prévenu le secrétaire d\'État britannique au Commerce, Jonathan Reynolds, devant les députés.', quote: 'taux resteront élevés', speaker: 'Jonathan Reynolds' },
  { name: 'an institution speaker is named without its article', text: 'Le ministère allemand des Affaires étrangères a dénoncé une « provocation inacceptable » de Minsk.', quote: 'provocation inacceptable', speaker: 'ministère allemand des Affaires étrangères' },
  { name: 'the antecedent of a relative qui is the speaker', text: 'Le pape a été reçu au palais du Planalto par Lula, qui a salué « un moment d\'espérance pour le monde ».', quote: 'moment d\'espérance', speaker: 'Lula' },
  { name: 'a communiqué speaks for the author in its complement', text: '« Les otages seront libérés samedi matin », indique un communiqué du Hamas publié dans la nuit.', quote: 'otages seront libérés', speaker: 'Hamas' },
  { name: 'a communiqué with no author speaks for the last source', text: 'Le Qatar a annoncé que les pourparlers allaient reprendre. Les discussions « reprendront dès lundi au Caire », précise le communiqué.', quote: 'reprendront dès lundi', speaker: 'Qatar' },
  { name: 'selon le texte does not override the subject of the reporting verb', text: 'Le négociateur Pierre Vimont a rappelé qu\'il avait pour mission de conclure « avant la fin de l\'année », selon le texte.', quote: 'avant la fin', speaker: 'Pierre Vimont' },
  { name: 'renchérir is a reporting verb', text: '« Nous ne céderons rien sur le fond », a renchéri Matteo Salvini.', quote: 'céderons rien', speaker: 'Matteo Salvini', cue: 'a renchéri' },
  { name: 'invoquer reports the words it quotes', text: 'Le gouvernement hongrois a invoqué des « raisons de sécurité nationale » pour justifier sa décision.', quote: 'raisons de sécurité', speaker: 'gouvernement hongrois' },
  { name: 'Pour X, at the head of the sentence frames an opinion', text: 'Pour Kaja Kallas, l\'Europe doit se préparer à « une menace durable » à l\'Est.', quote: 'menace durable', speaker: 'Kaja Kallas', cue: 'Pour' },
  { name: 'Pour la première fois is no speaker', text: 'Pour la première fois, le Parlement a adopté une « loi de programmation énergétique ».', quote: 'loi de programmation', speaker: null },
  { name: 'an epithet refers to the person who just spoke', text: 'Elon Musk a annoncé qu\'il quittait ses fonctions au gouvernement.\n« J\'ai fait ce que j\'avais à faire », a écrit le milliardaire américain sur son réseau social.', quote: 'ce que j\'avais', speaker: 'Elon Musk' },
  { name: 'elle skips a male speaker for the previous female one', text: '« Le budget sera voté en décembre », a déclaré Giorgia Meloni. « Ce texte est mort-né », a rétorqué Matteo Salvini. « Nous verrons bien », a-t-elle conclu.', quote: 'Nous verrons bien', speaker: 'Giorgia Meloni' },
  { name: 'il takes the named subject of its own sentence', text: '« Rien n\'est décidé », a déclaré Olaf Scholz. Le président Emmanuel Macron a de son côté fixé un délai : il tranchera « d\'ici la fin du mois », a-t-il dit.', quote: 'fin du mois', speaker: 'Emmanuel Macron' },
  { name: 'a clause opened by tandis que has its own speaker', text: '« La négociation avance bien », a affirmé la ministre suédoise, tandis que son homologue danois jugeait la situation « très préoccupante » à Copenhague.', quote: 'très préoccupante', speaker: 'homologue danois' },
  { name: 'a name before a reporting infinitive is its subject', text: 'Reçus à l\'Élysée, les deux dirigeants ont entendu Emmanuel Macron annoncer une conférence sur la reconstruction « avant la fin de l\'été ».', quote: 'fin de l\'été', speaker: 'Emmanuel Macron', cue: 'annoncer' },
  { name: 'an infinitive after a preposition leaves the sentence subject as speaker', text: 'Ursula von der Leyen s\'est rendue lundi à Kiev pour annoncer une aide « sans précédent » à l\'Ukraine.', quote: 'sans précédent', speaker: 'Ursula von der Leyen' },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a-t-il ajouté right after a quote keeps its speaker over a person named in between', () => {
  const text = '« Nous avons trouvé un terrain d\'entente », a déclaré le chancelier Friedrich Merz, aux côtés du président français, Emmanuel Macron. « Les détails suivront », a-t-il ajouté.';
  const il = text.lastIndexOf('il ajouté');
  // An entity layer that resolved the pronoun to the nearest person.
  const macron: Entity = { id: 'Q3052772', name: 'Emmanuel Macron', type: 'PER', aliases: ['Macron'], mentions: [
    { start: text.indexOf('Emmanuel'), end: text.indexOf('Emmanuel') + 15, text: 'Emmanuel Macron', kind: 'name' },
    { start: il, end: il + 2, text: 'il', kind: 'pronoun' },
  ] };
  assert.equal(quoteWith(analyse(text, [macron]).quotes, 'détails suivront').speaker?.name, 'Friedrich Merz');
});

test('a-t-il précisé does not take a name listed just before it in its own sentence', () => {
  const text = '« Un accord de principe a été trouvé », a déclaré Iouri Ouchakov. La Russie n\'a pas répondu à l\'idée d\'une rencontre entre MM. Trump, Poutine et le dirigeant ukrainien Volodymyr Zelensky, a-t-il précisé.';
  const { reported } = analyse(text);
  assert.equal(reported[0].speaker?.name, 'Iouri Ouchakov');
});
