// Round 23: event words that tell no event of their own — a clause counting occurrences ("la deuxième fois que"), a wish
// ("a souhaité que ces frappes…"), an event judged by the verb before it ("a justifié la frappe") — and ordinary news
// vocabulary: court rulings ("a jugé inconstitutionnel", "a bloqué le déploiement"), a threat after an adverb; a clause break at causative participles (", obligeant X à").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, actorNames, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2024-10-28T09:00:00Z');
const IL = country('IL', ['Israël']);
const IR: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran', 'iranien'] };
const KE: EntitySpec = { name: 'Kenya', id: 'country:KE', type: 'LOC', subtype: 'country', forms: ['Kenya', 'kényan'] };
const HT: EntitySpec = { name: 'Haiti', id: 'country:HT', type: 'LOC', subtype: 'country', forms: ['Haïti'] };

// — counted and generic mentions —

test('"C\'est la deuxième fois cette année qu\'Israël frappe…" counts strikes and tells none', () => {
  const evs = events("C'est la deuxième fois cette année qu'Israël frappe ouvertement le sol iranien.", { entities: [IL, IR], timexes: [['cette année', '2024']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
});

test('"a frappé pour la deuxième fois" is a strike all the same', () => {
  const evs = events("Israël a frappé samedi pour la deuxième fois le sol iranien.", { entities: [IL, IR], timexes: [['samedi', '2024-10-26']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT' && e.date?.value === '2024-10-26'));
});

// — wishes —

test('"a souhaité que ces frappes soient la fin" wishes about the strikes, it tells no strike', () => {
  const evs = events("Samedi, le porte-parole de l'armée a souhaité que ces frappes soient « la fin » de l'escalade.", { entities: [], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
});

test('"a dit espérer que les deux pays parviennent à un accord" is a wish, no agreement', () => {
  const evs = events("Le président américain a dit dimanche espérer que les deux pays parviennent à un accord cette semaine.", { entities: [], timexes: [['dimanche', '2024-10-27']] });
  assert.ok(!evs.some((e) => e.type === 'AGREE'));
});

test('talks the wished outcome takes for granted stay told ("espérer que l\'entente trouvée lors de pourparlers…")', () => {
  const evs = events("Vladimir Poutine a dit vendredi espérer que l'entente trouvée vendredi lors de pourparlers en Alaska avec Donald Trump pourra conduire à la paix.",
    { entities: [person('Vladimir Poutine'), person('Donald Trump')], timexes: [['vendredi', '2024-10-25'], ['vendredi', '2024-10-25']] });
  assert.ok(evs.some((e) => e.type === 'CONSULT'));
});

// — events judged —

test('"a justifié la frappe" judges a strike told before: no strike on the day of the justification', () => {
  const evs = events("Lundi, le chef du gouvernement israélien a justifié la frappe devant le Parlement.", { entities: [IL], timexes: [['Lundi', '2024-10-28']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
});

test('"ni exagérer ni minimiser l\'attaque israélienne" judges the attack, it tells none', () => {
  const evs = events("Dimanche, le guide suprême a estimé qu'il ne fallait « ni exagérer ni minimiser » l'attaque israélienne.", { entities: [IL], timexes: [['Dimanche', '2024-10-27']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
});

test('an indefinite noun after an evaluation verb is no resumption ("a justifié une nouvelle frappe")', () => {
  const evs = events("Lundi, Israël a mené une frappe contre l'Iran.", { entities: [IL, IR], timexes: [['Lundi', '2024-10-28']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT'));
});

// — court rulings —

test('"avait jugé le déploiement inconstitutionnel" is a ruling against it, and the causative participle after it opens another clause', () => {
  const text = "La Haute Cour de Nairobi avait jugé le déploiement inconstitutionnel le 26 janvier, obligeant le gouvernement kényan à signer un accord avec Haïti.";
  const evs = events(text, { entities: [{ name: 'Haute Cour de Nairobi', id: 'org:hc', type: 'ORG', forms: ['Haute Cour de Nairobi'] }, KE, HT], timexes: [['le 26 janvier', '2024-01-26']] });
  const ruling = evs.find((e) => e.type === 'REJECT');
  assert.equal(ruling?.date?.value, '2024-01-26');
  const deal = evs.find((e) => e.type === 'AGREE');
  assert.ok(deal && !actorNames(deal).includes('Haute Cour de Nairobi'));
});

test('"a bloqué mardi le déploiement" is a ruling', () => {
  const evs = events("La Cour suprême a bloqué mardi le déploiement de la Garde nationale à Chicago.", { entities: [{ name: 'Cour suprême', id: 'org:cs', type: 'ORG', forms: ['Cour suprême'] }], timexes: [['mardi', '2024-10-22']] });
  assert.ok(evs.some((e) => e.type === 'REJECT' && e.date?.value === '2024-10-22'));
});

test('"ont bloqué la route" is no ruling', () => {
  const evs = events("Les manifestants ont bloqué mardi la route nationale.", { entities: [], timexes: [['mardi', '2024-10-22']] });
  assert.ok(!evs.some((e) => e.type === 'REJECT'));
});

test('"le juge a estimé la loi illégale" makes no ruling of the noun "juge"', () => {
  const evs = events("Mardi, le juge a parlé de la loi, illégale selon lui.", { entities: [], timexes: [['Mardi', '2024-10-22']] });
  assert.ok(!evs.some((e) => e.type === 'REJECT'));
});

// — threats and releases —

test('"a également menacé de couper…": an adverb between the auxiliary and the threat', () => {
  const evs = events("Lundi, le chef du Kremlin a également menacé de « couper l'Ukraine de la mer ».", { entities: [country('UA', ['Ukraine'])], timexes: [['Lundi', '2024-10-28']] });
  assert.ok(evs.some((e) => e.type === 'THREATEN'));
});

test('"les soldats blessés ont été évacués" is no release', () => {
  const evs = events("Samedi, les soldats blessés ont été évacués vers Kiev.", { entities: [], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(!evs.some((e) => e.type === 'RETREAT'));
});

// — proposals to act, cuts of aid —

test('"a proposé, mardi, de déplacer les Palestiniens" proposes an act, no agreement', () => {
  const evs = events("Le président américain a proposé, mardi, de déplacer les Palestiniens de l'enclave.", { entities: [], timexes: [['mardi', '2024-10-22']] });
  assert.ok(!evs.some((e) => e.type === 'AGREE'));
});

test('"a proposé mercredi à l\'Ukraine une deuxième séance de pourparlers" is still a proposal', () => {
  const evs = events("La Russie a proposé mercredi à l'Ukraine une deuxième séance de pourparlers directs à Istanbul.", { entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['mercredi', '2024-10-23']] });
  assert.ok(evs.some((e) => e.type === 'AGREE' && e.status === 'proposed'));
});

test('"avait suspendu son aide militaire le 3 mars" is a sanction, not a cancelled aid', () => {
  const evs = events("Washington avait suspendu son aide militaire le 3 mars, puis le partage de renseignements.", { entities: [country('US', ['Washington'])], timexes: [['le 3 mars', '2024-03-03']] });
  assert.ok(evs.some((e) => e.type === 'SANCTION' && e.date?.value === '2024-03-03'));
  assert.ok(!evs.some((e) => e.type === 'AID'));
});

// — protests —

test('"plusieurs centaines de manifestants géorgiens ont tenté de pénétrer…" is a protest', () => {
  const GE: EntitySpec = { name: 'Georgia', id: 'country:GE', type: 'LOC', subtype: 'country', forms: ['géorgiens'] };
  const evs = events("Samedi, plusieurs centaines de manifestants géorgiens ont tenté de pénétrer dans l'enceinte du palais présidentiel.", { entities: [GE], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(evs.some((e) => e.type === 'PROTEST' && e.date?.value === '2024-10-26'));
});

test('"a dispersé des centaines de manifestants" makes no protest of the object', () => {
  const evs = events("Samedi, la police a dispersé des centaines de manifestants.", { entities: [], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(!evs.some((e) => e.type === 'PROTEST'));
});

test('"les représentants des manifestants" names no protest', () => {
  const evs = events("Samedi, le ministre a reçu les représentants des manifestants.", { entities: [], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(!evs.some((e) => e.type === 'PROTEST'));
});

// — a mediation as the means of another event —

test('"libérés grâce à une médiation des Émirats" holds no talks of its own', () => {
  const AE: EntitySpec = { name: 'United Arab Emirates', id: 'country:AE', type: 'LOC', subtype: 'country', forms: ['Émirats arabes unis'] };
  const evs = events("Samedi, 246 militaires ukrainiens ont été libérés en échange de 246 soldats russes, grâce à une médiation des Émirats arabes unis.",
    { entities: [AE, country('UA', ['ukrainiens']), country('RU', ['russes'])], timexes: [['Samedi', '2024-10-26']] });
  assert.ok(!evs.some((e) => e.type === 'CONSULT'));
});

test('"a lancé mardi une médiation entre les deux pays" is a mediation all the same', () => {
  const QA: EntitySpec = { name: 'Qatar', id: 'country:QA', type: 'LOC', subtype: 'country', forms: ['Qatar'] };
  const evs = events("Le Qatar a lancé mardi une médiation entre Israël et l'Iran.", { entities: [QA, IL, IR], timexes: [['mardi', '2024-10-22']] });
  assert.ok(evs.some((e) => e.type === 'CONSULT'));
});
