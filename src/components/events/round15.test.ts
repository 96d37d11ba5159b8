// Events on unseen text, round 15: recalls of envoys (a parenthesis after "le rappel", the country of the post),
// ministries and diplomacies named by a nationality adjective, airspace closures, releases of opponents and
// journalists, participle openings ("Arrivés samedi à Kiev, les dirigeants…", "Reçu mardi par X, le premier ministre…"),
// fronted dates followed by a place, connective adverbs inside a compound tense, measures in force "depuis le 12 mars",
// "les deux hommes" after an event of one person, consecutive days of one gathering, "où X a réuni le sommet", and
// "a écarté l'idée".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, COUNTRY, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-03-11');

test('"le rappel « pour consultations » de son ambassadeur" is a recall dated by the announcement', () => {
  const text = "Paris a annoncé mardi le rappel « pour consultations » de son ambassadeur en Iran.";
  const list = events(text, { entities: [country('FR', ['Paris']), { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran'] }],
    timexes: [['mardi', '2025-03-11']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-03-11');
  assert.deepEqual(names(e), ['France', 'Iran']);
});

test('the capital an ambassador is accredited in names the country a recall bears on', () => {
  const text = "La Hongrie a décidé jeudi de rappeler son ambassadeur accrédité à Kiev.";
  const list = events(text, { entities: [{ name: 'Hungary', id: 'country:HU', type: 'LOC', subtype: 'country', forms: ['Hongrie'] },
    { name: 'Kyiv', type: 'LOC', subtype: 'city', forms: ['Kiev'], actor: COUNTRY.UA }], timexes: [['jeudi', '2025-03-06']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-03-06');
  assert.ok(names(e).includes('Ukraine'));
});

test('a ministry named by a nationality adjective acts for its country', () => {
  const text = "Le ministère russe des Affaires étrangères a annoncé lundi l'expulsion de deux diplomates français.";
  const list = events(text, { entities: [], timexes: [['lundi', '2025-03-10']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-03-10');
  assert.equal(e?.actors.find((a) => a.role === 'source')?.name, 'Russia');
});

test('"la diplomatie chinoise" acts for China', () => {
  const text = "La diplomatie chinoise a rejeté vendredi les accusations de Washington.";
  const list = events(text, { entities: [country('US', ['Washington'])], timexes: [['vendredi', '2025-03-07']] });
  const e = list.find((x) => x.type === 'REJECT');
  assert.equal(e?.actors.find((a) => a.role === 'source')?.name, 'China');
});

test('closing one\'s airspace to a country\'s aircraft is a coercion of that country', () => {
  const text = "Moscou a fermé lundi son espace aérien aux avions lituaniens.";
  const list = events(text, { entities: [country('RU', ['Moscou'])], timexes: [['lundi', '2025-03-10']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.mode, 'airspace');
  assert.equal(e?.date?.value, '2025-03-10');
  assert.deepEqual(names(e), ['Lithuania', 'Russia']);
});

test('"la fermeture de son espace aérien", announced on a day, is dated that day', () => {
  const text = "Le gouvernement polonais a annoncé mardi la fermeture de son espace aérien aux appareils biélorusses.";
  const list = events(text, { entities: [], timexes: [['mardi', '2025-03-11']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.date?.value, '2025-03-11');
  assert.deepEqual(names(e), ['Belarus', 'Poland']);
});

test('an airspace not closed makes no closure that happened', () => {
  const text = "La Turquie n'a pas fermé lundi son espace aérien aux avions russes.";
  const list = events(text, { entities: [{ name: 'Turkey', id: 'country:TR', type: 'LOC', subtype: 'country', forms: ['Turquie'] }], timexes: [['lundi', '2025-03-10']] });
  assert.ok(!list.some((x) => x.type === 'COERCE' && x.status === 'occurred'));
});

test('an opponent "a été libéré" is a release', () => {
  const text = "L'opposant azerbaïdjanais Tofig Yagublu a été libéré jeudi par les autorités de Bakou.";
  const list = events(text, { entities: [per('Tofig Yagublu'), { name: 'Azerbaijan', id: 'country:AZ', type: 'LOC', subtype: 'country', forms: ['Bakou'] }],
    timexes: [['jeudi', '2025-03-06']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.mode, 'release');
  assert.equal(e?.date?.value, '2025-03-06');
});

test('the date of a participle opening dates the main clause', () => {
  const text = "Arrivés ensemble lundi soir à Varsovie, les ministres allemand et français ont signé une déclaration commune.";
  const list = events(text, { entities: [], timexes: [['lundi soir', '2025-03-10TEV']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-03-10');
});

test('a main clause with its own date keeps it after a participle opening', () => {
  const text = "Arrivé lundi à Pékin, Emmanuel Macron rencontrera mercredi Xi Jinping.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Xi Jinping')], timexes: [['lundi', '2025-03-10'], ['mercredi', '2025-03-12']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.deepEqual(list.filter((x) => x.type === 'CONSULT').map((x) => x.date?.value), ['2025-03-12']);
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Xi Jinping']);
});

test('after "Reçu … par X," the apposed subject acts in the main clause and is the one received', () => {
  const text = "Reçu jeudi à l'Élysée par Emmanuel Macron, le chancelier allemand, Friedrich Merz, a écarté l'idée d'un emprunt commun.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz')], timexes: [['jeudi', '2025-03-06']] });
  const reject = list.find((x) => x.type === 'REJECT');
  assert.equal(reject?.date?.value, '2025-03-06');
  assert.equal(reject?.actors.find((a) => a.role === 'source')?.name, 'Friedrich Merz');
  const visit = list.find((x) => x.type === 'CONSULT');
  assert.ok(names(visit).includes('Emmanuel Macron') && names(visit).includes('Friedrich Merz'));
});

test('a fronted date followed by a place still dates the main clause', () => {
  const text = "Le 3 mars à Genève, les délégations américaine et russe ont signé un accord.";
  const list = events(text, { entities: [], timexes: [['Le 3 mars', '2025-03-03']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-03-03');
});

test('"avaient pourtant signé": an adverb inside the compound tense opens no clause', () => {
  const text = "Le 12 janvier, Aleksandar Vucic et Albin Kurti avaient pourtant signé un accord.";
  const list = events(text, { entities: [per('Aleksandar Vucic'), per('Albin Kurti')], timexes: [['Le 12 janvier', '2025-01-12']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-01-12');
  assert.deepEqual(names(e), ['Albin Kurti', 'Aleksandar Vucic']);
});

test('a measure in force "depuis le 4 février" began that day', () => {
  const text = "Depuis le 4 février, Pékin impose des droits de douane de 10 % sur le charbon américain.";
  const list = events(text, { entities: [country('CN', ['Pékin'])], timexes: [['le 4 février', '2025-02-04']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-02-04');
  assert.deepEqual(names(e), ['China', 'United States']);
});

test('"depuis le 4 février" dates no talks', () => {
  const text = "Depuis le 4 février, Pékin négocie avec Washington.";
  const list = events(text, { entities: [country('CN', ['Pékin']), country('US', ['Washington'])], timexes: [['le 4 février', '2025-02-04']] });
  assert.ok(!list.some((x) => x.date));
});

test('"depuis" a year still dates no measure', () => {
  const text = "Depuis 2022, Washington impose des droits de douane sur l'acier chinois.";
  const list = events(text, { entities: [country('US', ['Washington'])], timexes: [['2022', '2022']] });
  assert.ok(!list.some((x) => x.date));
});

test('"les deux hommes" after an event of one person are the two who met before', () => {
  const text = "Emmanuel Macron a reçu lundi Keir Starmer à l'Élysée. Les deux dirigeants ont évoqué l'Ukraine. "
    + "Keir Starmer a rappelé à son hôte son invitation au sommet de l'Otan, que les Pays-Bas accueilleront en juin. "
    + "Les deux hommes s'étaient parlé au téléphone le 3 mars.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Keir Starmer'), { name: 'NATO', type: 'ORG', subtype: 'io', forms: ['Otan'] }],
    timexes: [['lundi', '2025-03-10'], ['juin', '2025-06'], ['le 3 mars', '2025-03-03']] });
  const e = list.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-03-03');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Keir Starmer']);
});

test('consecutive days told together are one gathering, dated by its first day', () => {
  const text = "Xi Jinping recevra samedi et dimanche à Pékin les dirigeants de l'Asean.";
  const list = events(text, { entities: [per('Xi Jinping'), { name: 'ASEAN', type: 'ORG', subtype: 'io', forms: ['Asean'] }],
    timexes: [['samedi', '2025-03-15'], ['dimanche', '2025-03-16']] });
  assert.deepEqual(list.filter((x) => x.type === 'CONSULT').map((x) => x.date?.value), ['2025-03-15']);
});

test('days apart told together stay one event each', () => {
  const text = "Sergueï Lavrov et Hakan Fidan se sont rencontrés les 3 et 10 mars.";
  const list = events(text, { entities: [per('Sergueï Lavrov'), per('Hakan Fidan')], timexes: [['3', '2025-03-03'], ['10 mars', '2025-03-10']] });
  assert.deepEqual(list.filter((x) => x.type === 'CONSULT').map((x) => x.date?.value).sort(), ['2025-03-03', '2025-03-10']);
});

test('"où X a réuni le sommet" leaves the date of the clause to the summit', () => {
  const text = "La séquence s'est ouverte samedi à Astana, où Vladimir Poutine a réuni le sommet de l'OTSC.";
  const list = events(text, { entities: [per('Vladimir Poutine'), { name: 'CSTO', type: 'ORG', subtype: 'io', forms: ['OTSC'] }], timexes: [['samedi', '2025-03-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-03-08');
});

test('"a écarté l\'idée" is a rejection', () => {
  const text = "Le chancelier Olaf Scholz a écarté mardi l'idée d'envoyer des troupes en Ukraine.";
  const list = events(text, { entities: [per('Olaf Scholz')], timexes: [['mardi', '2025-03-11']] });
  const e = list.find((x) => x.type === 'REJECT');
  assert.equal(e?.date?.value, '2025-03-11');
  assert.equal(e?.actors.find((a) => a.role === 'source')?.name, 'Olaf Scholz');
});

test('"n\'a pas écarté l\'idée" is no rejection that happened', () => {
  const text = "Olaf Scholz n'a pas écarté mardi l'idée d'envoyer des troupes en Ukraine.";
  const list = events(text, { entities: [per('Olaf Scholz')], timexes: [['mardi', '2025-03-11']] });
  assert.ok(!list.some((x) => x.type === 'REJECT' && x.status === 'occurred'));
});

test('an evening dispatch does not date an accusation that names no one accused', () => {
  const evening = fixtureEvents('2025-04-15T19:00:00+02:00');
  const text = "Paris a rappelé mardi son ambassadeur à Alger. Le ministère algérien des Affaires étrangères a dénoncé une décision « inacceptable ».";
  const list = evening(text, { entities: [country('FR', ['Paris', 'France'])], timexes: [['mardi', '2025-04-15']] });
  assert.ok(list.some((x) => x.type === 'ACCUSE'));
  assert.ok(!list.some((x) => x.type === 'ACCUSE' && x.date));
});

test('an evening dispatch still dates an accusation naming whom it accuses', () => {
  const evening = fixtureEvents('2025-04-15T19:00:00+02:00');
  const text = "Paris a rappelé mardi son ambassadeur à Alger. Le ministère algérien des Affaires étrangères a accusé la France de mentir.";
  const list = evening(text, { entities: [country('FR', ['Paris', 'France'])], timexes: [['mardi', '2025-04-15']] });
  assert.equal(list.find((x) => x.type === 'ACCUSE')?.date?.value, '2025-04-15');
});
