// Constructions of fresh wire copy (sentences written for these tests), run through the whole pipeline.
// Published Wednesday 12 March 2025.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.ts';
import type { EventRecord } from '../../core/document.ts';

const analyzer = createAnalyzer();

function events(text: string, published = '2025-03-12'): EventRecord[] {
  return analyzer.analyze({ source: { name: 'unseen.txt', path: null, url: null }, raw: text, published }).events;
}
const names = (e: EventRecord | undefined) => (e?.actors ?? []).map((a) => a.name);

test('an event noun with a date hanging on it takes that date only, not the fronted one', () => {
  const list = events("Mardi soir, à Kiev, des milliers de personnes ont commémoré les victimes de l'offensive russe du 24 février 2022 contre l'Ukraine.")
    .filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(list.map((e) => e.date?.value), ['2022-02-24']);
});

test('a circumstance of an adjectival participle does not share the clause subject', () => {
  const list = events("Lundi, le Hezbollah a rendu à la Croix-Rouge les deux soldats capturés lors de l'attaque du 12 juillet 2006.");
  assert.equal(list.filter((e) => e.type === 'ASSAULT' && names(e).some((n) => /Hezbollah/.test(n))).length, 0);
});

test('"s\'est absenté pour téléphoner à" is a phone call, dated by the meeting it interrupts', () => {
  const list = events("Le chancelier Olaf Scholz a reçu mardi à Berlin le président polonais Andrzej Duda. Au cours de la réunion, Olaf Scholz s'est absenté pour téléphoner à Emmanuel Macron.");
  const call = list.find((e) => e.type === 'CONSULT' && e.mode === 'phone');
  assert.ok(names(call).some((n) => /Macron/.test(n)) && names(call).some((n) => /Scholz/.test(n)));
  assert.equal(call?.date?.value, '2025-03-11');
});

test('talks told with "s\'y étaient entretenus" survive the failed deal told after them', () => {
  const list = events("Emmanuel Macron et Xi Jinping s'y étaient entretenus pendant deux heures sans parvenir à un accord.");
  assert.ok(list.some((e) => e.type === 'CONSULT' && names(e).length === 2));
  assert.equal(list.find((e) => e.type === 'AGREE')?.status, 'denied');
});

test('"a plaidé pour" a ceasefire is a request', () => {
  const e = events('Le secrétaire général de l\'OTAN Mark Rutte a plaidé lundi pour un cessez-le-feu immédiat.').find((x) => x.type === 'REQUEST');
  assert.ok(names(e).some((n) => /Rutte/.test(n)));
  assert.equal(e?.date?.value, '2025-03-10');
});

test('"un appel à" a person is a phone call, not a request', () => {
  const list = events('Emmanuel Macron a passé lundi un appel à Volodymyr Zelensky.');
  assert.equal(list.filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(list.find((e) => e.type === 'CONSULT')?.mode, 'phone');
});

test('"un appel à" the calm stays a request', () => {
  const e = events("Le ministre allemand des Affaires étrangères a lancé lundi un appel à la retenue aux deux camps.").find((x) => x.type === 'CONSULT');
  assert.equal(e, undefined);
});

test('a conversation in quoted speech naming only its speaker records no talk', () => {
  const list = events("« Nous avons eu une conversation franche », a déclaré lundi le Premier ministre britannique Keir Starmer.");
  assert.equal(list.filter((e) => e.type === 'CONSULT').length, 0);
});

test('"Trois jours après son sommet avec X, Y a reçu lundi…": the summit is three days before Monday', () => {
  const list = events("Deux jours après son sommet avec Xi Jinping à Pékin, le président Emmanuel Macron a reçu lundi à l'Élysée le chancelier Olaf Scholz.");
  const summit = list.find((e) => e.type === 'CONSULT' && names(e).some((n) => /Xi/.test(n)));
  assert.equal(summit?.date?.value, '2025-03-08');
  const visit = list.find((e) => e.type === 'CONSULT' && names(e).some((n) => /Scholz/.test(n)));
  assert.equal(visit?.date?.value, '2025-03-10');
});

test('a temporal phrase opening the sentence leaves the subject after it to the main verb', () => {
  const list = events("À la veille du sommet de l'OTAN, Emmanuel Macron s'est entretenu mardi avec Keir Starmer.");
  const talk = list.find((e) => e.type === 'CONSULT' && names(e).some((n) => /Starmer/.test(n)));
  assert.deepEqual(names(talk).filter((n) => /Macron|Starmer|NATO|OTAN/.test(n)).sort(), ['Emmanuel Macron', 'Keir Starmer']);
  assert.equal(talk?.date?.value, '2025-03-11');
});

test('"a ouvert un front contre" a country is an attack', () => {
  const e = events('Le Hezbollah a ouvert un front contre Israël le 8 octobre 2023.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.date?.value, '2023-10-08');
  assert.equal(e?.actors.find((a) => /Isra/.test(a.name))?.role, 'target');
});

test('the complement right after an attack noun is the attacker', () => {
  const e = events("Des milliers de personnes ont commémoré mardi à Kiev les victimes de l'offensive de la Russie du 24 février 2022.").find((x) => x.type === 'ASSAULT');
  assert.equal(e?.actors.find((a) => a.name === 'Russia')?.role, 'source');
});

test('a capitalised demonym names a people, not the country an attack bears on', () => {
  const e = events("L'Iran a lancé mardi une offensive de drones en soutien aux Palestiniens.").find((x) => x.type === 'ASSAULT');
  assert.deepEqual(names(e), ['Iran']);
});

test('"les deux pays" refers back to a deal of two countries, not to a leader and his host', () => {
  const list = events("L'Arménie et l'Azerbaïdjan ont conclu lundi un accord de cessez-le-feu. Le président turc Recep Tayyip Erdogan a présidé la réunion en Turquie. Les commandants militaires des deux pays se réuniront jeudi.");
  const meeting = list.find((e) => e.type === 'CONSULT' && e.date?.value === '2025-03-13');
  assert.deepEqual(names(meeting).sort(), ['Armenia', 'Azerbaijan']);
});

test('"à la demande de" tells who asked for a meeting that took place', () => {
  const e = events("À la demande de la France, le Conseil de sécurité de l'ONU s'est réuni lundi à New York.").find((x) => x.type === 'CONSULT');
  assert.equal(e?.status, 'occurred');
  assert.equal(e?.date?.value, '2025-03-10');
});

test('a bare "dans la soirée" in a pluperfect is the evening of the day last told', async () => {
  const { fixtureDoc, COUNTRY } = await import('./testing.ts');
  const { extractEvents } = await import('./index.ts');
  const { createContext } = await import('../../core/pipeline.ts');
  const text = "La crise avait éclaté mercredi. Dans la soirée, la Chine avait expulsé les diplomates américains.";
  const doc = fixtureDoc(text, {
    published: '2025-07-27',
    entities: [{ name: 'Chine', type: 'LOC', actor: COUNTRY.CN }],
    timexes: [['mercredi', '2025-07-23'], ['Dans la soirée', '2025-07-27TEV']],
  });
  const e = extractEvents(doc, createContext({ eventsWithoutKb: true })).find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-07-23');
});

test('a month after a participle and its agent dates the participle, not the demand', () => {
  const list = events("Le texte exige le retrait des troupes arméniennes des villages occupés par l'Arménie en octobre 2020.");
  assert.ok(!list.some((e) => e.date?.value === '2020-10'));
});

test('"Il" opening a sentence continues the person the sentence before opens on', () => {
  const list = events("Le président finlandais Alexander Stubb a multiplié les contacts ces derniers jours. Il s'est entretenu mardi avec Emmanuel Macron.");
  const e = list.find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e).sort(), ['Alexander Stubb', 'Emmanuel Macron']);
  assert.equal(e?.date?.value, '2025-03-11');
});

test('who imposed a truce is no side of it; the truce keeps the sides of the deal told before', () => {
  const list = events("L'Arménie et l'Azerbaïdjan sont convenus d'un cessez-le-feu. La trêve imposée par le président russe Vladimir Poutine est entrée en vigueur mardi matin.");
  const truce = list.find((e) => e.type === 'CONCEDE');
  assert.deepEqual(names(truce).sort(), ['Armenia', 'Azerbaijan']);
  assert.equal(truce?.date?.value, '2025-03-11');
});

test('a date in a participle clause with "ayant" dates that participle', () => {
  const list = events("Le sommet devait se tenir à Paris, l'Inde ayant accueilli le précédent, en mars 2024, mais Narendra Modi a décliné l'invitation.");
  assert.ok(!list.some((e) => e.type === 'REJECT' && e.date?.value === '2024-03'));
});

test('"avant de s\'entretenir avec" tells a second encounter of the same day', () => {
  const list = events("Le chancelier Friedrich Merz a été reçu lundi par Xi Jinping, avant de s'entretenir avec le premier ministre Li Qiang.");
  const second = list.find((e) => e.type === 'CONSULT' && names(e).includes('Li Qiang'));
  assert.equal(second?.date?.value, '2025-03-10');
  assert.ok(!names(second).includes('Xi Jinping'));
  assert.ok(list.some((e) => e.type === 'CONSULT' && names(e).includes('Xi Jinping') && e.date?.value === '2025-03-10'));
});

test('a date before "après" does not date the event noun of that temporal phrase', () => {
  const list = events("Le ministre a été limogé le 3 mars, après la fuite d'une conversation téléphonique entre Emmanuel Macron et Vladimir Poutine.");
  assert.ok(!list.some((e) => e.type === 'CONSULT' && e.date?.value === '2025-03-03'));
});

test('"a décrété la loi martiale" is coercion', () => {
  const e = events('Vendredi, le gouvernement birman a décrété la loi martiale dans trois districts.').find((x) => x.type === 'COERCE');
  assert.equal(e?.date?.value, '2025-03-07');
});

test('"un décret imposant des droits de douane sur les produits chinois" is a sanction on China', () => {
  const e = events('Mardi, Donald Trump a signé un décret imposant 20 % de droits de douane supplémentaires sur les produits chinois.').find((x) => x.type === 'SANCTION');
  assert.ok(names(e).includes('China'));
  assert.equal(e?.date?.value, '2025-03-11');
});

test('"a donné à la Russie « dix jours »" is an ultimatum', () => {
  const e = events('Le 3 mars, Donald Trump a donné à la Russie « quinze jours » pour accepter une trêve.').find((x) => x.type === 'THREATEN');
  assert.ok(names(e).includes('Russia'));
  assert.equal(e?.date?.value, '2025-03-03');
});

test('"a sommé X de" is a request; "une somme de" is not', () => {
  assert.equal(events('Le président Donald Trump a sommé mardi Israël de cesser ses frappes.').find((x) => x.type === 'REQUEST')?.date?.value, '2025-03-11');
  assert.equal(events("L'Union européenne a versé mardi une somme de deux milliards d'euros à l'Ukraine.").filter((x) => x.type === 'REQUEST').length, 0);
});

test('"les plus graves affrontements entre" two countries is an attack', () => {
  const e = events("Les tensions avaient débouché le 6 mars sur de violents affrontements entre l'Inde et le Pakistan.").find((x) => x.type === 'ASSAULT');
  assert.deepEqual(names(e).sort(), ['India', 'Pakistan']);
  assert.equal(e?.date?.value, '2025-03-06');
});

test('every mediator of a list after "sous l\'égide de" is set aside', () => {
  const e = events("Les pourparlers entre l'Arménie et l'Azerbaïdjan, ouverts le 4 mars à Doha sous l'égide de la Turquie, du Qatar et de la Russie, se poursuivent.").find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e).sort(), ['Armenia', 'Azerbaijan']);
});

test('"la visite, initialement prévue en mars, avait été reportée": the visit of March is cancelled', () => {
  const e = events("Le roi Felipe VI, dont la visite au Maroc, initialement prévue en janvier 2024, avait été reportée en raison des inondations, s'y rendra bientôt.")
    .find((x) => x.type === 'CONSULT' && x.date?.value === '2024-01');
  assert.equal(e?.status, 'cancelled');
});

test('"Lundi matin encore, …": a fronted date closed by an adverb scopes the main clause', () => {
  const e = events("Lundi matin encore, le gouvernement de Kinshasa accusait le Rwanda de soutenir les rebelles.").find((x) => x.type === 'ACCUSE');
  assert.equal(e?.date?.value, '2025-03-10');
});

test('"il" opening a later clause of a sentence on "Il" continues the person the sentence before opens on', () => {
  const list = events("Dans la foulée, Emmanuel Macron avait salué « un pas important ». Il a toutefois maintenu la pression : le 3 mars, il avait donné à la Russie « quinze jours » pour accepter une trêve.");
  const e = list.find((x) => x.type === 'THREATEN');
  assert.deepEqual(names(e).sort(), ['Emmanuel Macron', 'Russia']);
});

test('praise of a deal whose quote names someone is no support of that person', () => {
  const list = events("Le chancelier Friedrich Merz a salué mardi un accord « obtenu grâce aux efforts du président Emmanuel Macron ».");
  assert.equal(list.filter((e) => e.type === 'SUPPORT').length, 0);
});

test('a comma before "et" closes the words an event takes its actors from', () => {
  const list = events("Le cessez-le-feu est entré en vigueur vendredi à midi, et l'armée russe s'est retirée sur une ligne convenue.");
  assert.ok(!list.some((e) => e.type === 'CONCEDE' && names(e).includes('Russia')));
});

test('a demonym after a weapon and its model name ("les bombardiers B-2 américains") names the attacker', () => {
  const e = events('Les bombardiers Tu-95 russes ont frappé mardi des positions ukrainiennes.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.actors.find((a) => a.name === 'Russia')?.role, 'source');
});

test('after an event noun and a comma, the actor right before the verb is its subject', () => {
  const list = events("À Bruxelles, où il participait mardi à un sommet de l'Union européenne, Volodymyr Zelensky a accusé la Russie de crimes de guerre.");
  const accuse = list.find((e) => e.type === 'ACCUSE');
  assert.equal(accuse?.actors.find((a) => /Zelensk/.test(a.name))?.role, 'source');
});

test('a deal told with the dated talks of its sentence, between the same sides, is dated by them', () => {
  const e = events("Les délégations arménienne et azerbaïdjanaise, réunies mardi à Doha pour leurs pourparlers, se sont entendues sur un échange de prisonniers.")
    .find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-03-11');
});

test('what "les deux dirigeants" did right after their dated meeting happened at it', () => {
  const list = events("Emmanuel Macron et Olaf Scholz se sont réunis lundi à Berlin. Ils ont évoqué l'Ukraine. Les deux dirigeants ont également signé une déclaration sur la défense européenne.");
  const deal = list.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date?.value, '2025-03-10');
});

test('a sommet held by a fronted visit\'s subject takes that subject', () => {
  const list = events("Au terme d'une visite d'État ouverte lundi à Berlin, Emmanuel Macron et Olaf Scholz ont tenu mardi, à Meseberg, le sommet franco-allemand.");
  const summit = list.find((e) => e.type === 'CONSULT' && e.date?.value === '2025-03-11');
  assert.ok(names(summit).includes('Emmanuel Macron') && names(summit).includes('Olaf Scholz'));
});

test('a second request coordinated with a first is made too, by the same speaker', () => {
  const list = events("Le chancelier Olaf Scholz a plaidé mardi pour un cessez-le-feu et appelé la Russie à retirer ses troupes.").filter((e) => e.type === 'REQUEST');
  assert.ok(list.length >= 1 && list.every((e) => e.status === 'occurred' && names(e).includes('Olaf Scholz')));
});

test('a participle coordinated by "et" shares the date of the verb before it', () => {
  const e = events("Mardi, le président Emmanuel Macron a téléphoné à Vladimir Poutine et menacé de nouvelles sanctions si les frappes continuaient.")
    .find((x) => x.type === 'THREATEN');
  assert.equal(e?.date?.value, '2025-03-11');
});

test('talks at the close of which a deal was announced were held that day, by its sides', () => {
  const list = events("L'Arménie et l'Azerbaïdjan sont convenus le 10 mars d'un cessez-le-feu, a annoncé le président turc Recep Tayyip Erdogan à l'issue de plusieurs heures de négociations à Ankara.");
  const talks = list.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.date?.value, '2025-03-10');
  assert.ok(names(talks).includes('Armenia') && names(talks).includes('Azerbaijan'));
});

test('an act told right after a dated quote of the same speaker happened that day', () => {
  const list = events("« Nous ne céderons pas », a déclaré mardi le Premier ministre britannique Keir Starmer lors d'une conférence de presse. Keir Starmer a accusé la Russie de mener une guerre hybride.");
  assert.equal(list.find((e) => e.type === 'ACCUSE')?.date?.value, '2025-03-11');
});

test('a date opening the words after a colon dates the event noun told just before it', () => {
  const e = events("La rencontre intervenait au lendemain d'une attaque de missiles russes contre des centrales en Ukraine : lundi, l'armée de l'air ukrainienne a fait état de 40 missiles tirés.")
    .find((x) => x.type === 'ASSAULT');
  assert.equal(e?.date?.value, '2025-03-10');
  assert.equal(e?.actors.find((a) => a.name === 'Russia')?.role, 'source');
});

test('an evening dispatch opening on its own day dates the day\'s undated acts told in the passé composé', () => {
  const text = "Les délégations arménienne et azerbaïdjanaise se sont réunies mercredi à Doha. La séance a duré trois heures. Le président turc Recep Tayyip Erdogan a accusé la Russie de bloquer les pourparlers.";
  const evening = events(text, '2025-03-12T19:30:00+01:00').find((e) => e.type === 'ACCUSE');
  assert.equal(evening?.date?.value, '2025-03-12');
  const morning = events(text, '2025-03-12T08:30:00+01:00').find((e) => e.type === 'ACCUSE');
  assert.equal(morning?.date ?? null, null);
});
