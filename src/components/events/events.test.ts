import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import type { EventRecord } from '../../core/document.ts';
import { extractEvents } from './index.ts';
import { COUNTRY, fixtureDoc, type EntitySpec, type FixtureSpec } from './testing.ts';

// One context for the file: the lexicon loads once (the KB is left out for speed).
const ctx = createContext({ eventsWithoutKb: true });

const per = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'PER', forms });
const country = (code: keyof typeof COUNTRY, forms: string[]): EntitySpec => ({ ...COUNTRY[code], id: COUNTRY[code].entity, type: 'LOC', subtype: 'country', forms });
const city = (name: string, actor?: keyof typeof COUNTRY, forms?: string[]): EntitySpec => ({ name, type: 'LOC', subtype: 'city', forms, actor: actor ? COUNTRY[actor] : undefined });

function events(text: string, spec: FixtureSpec = {}): EventRecord[] {
  return extractEvents(fixtureDoc(text, { published: '2025-03-12', ...spec }), ctx);
}
const names = (e: EventRecord) => e.actors.map((a) => a.name).sort();

// ---------- types and modes ----------

test('a meeting verb is a CONSULT between its subject and object', () => {
  const [e] = events('Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin.', {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz'), city('Berlin')], timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(e.type, 'CONSULT');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Olaf Scholz']);
});

test('"s\'est entretenu au téléphone" is a CONSULT by phone', () => {
  const [e] = events('Le président chinois Xi Jinping s’est entretenu au téléphone avec Vladimir Poutine jeudi.', {
    entities: [per('Xi Jinping'), per('Vladimir Poutine')], timexes: [['jeudi', '2025-03-06']],
  });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.mode, 'phone');
});

test('"s\'est rendu à Kiev" is a visit whose host country is an actor', () => {
  const [e] = events('Le chef de la diplomatie américaine Antony Blinken s’est rendu à Kiev mercredi.', {
    entities: [per('Antony Blinken'), city('Kiev', 'UA')], timexes: [['mercredi', '2025-03-05']],
  });
  assert.equal(e.mode, 'visit');
  assert.ok(names(e).includes('Ukraine'));
});

test('an invitation to a place is a proposed visit', () => {
  const [e] = events('Recep Tayyip Erdogan a invité Volodymyr Zelensky à Ankara pour discuter de la paix.', {
    entities: [per('Recep Tayyip Erdogan'), per('Volodymyr Zelensky'), city('Ankara', undefined)],
  });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.mode, 'visit');
  assert.equal(e.status, 'proposed');
});

test('an invitation to no place is an AGREE, proposed', () => {
  const [e] = events('Recep Tayyip Erdogan a invité Volodymyr Zelensky à discuter de la paix.', {
    entities: [per('Recep Tayyip Erdogan'), per('Volodymyr Zelensky')],
  });
  assert.equal(e.type, 'AGREE');
  assert.equal(e.status, 'proposed');
});

test('"a appelé X à" is a REQUEST from the subject to X', () => {
  const list = events('Le secrétaire général de l’ONU, Antonio Guterres, a appelé lundi Israël à lever le blocus de Gaza.', {
    entities: [per('Antonio Guterres'), country('IL', ['Israël']), city('Gaza')], timexes: [['lundi', '2025-03-10']],
  });
  const e = list.find((x) => x.type === 'REQUEST')!;
  assert.deepEqual(names(e), ['Antonio Guterres', 'Israel']);
  assert.equal(e.date?.value, '2025-03-10');
});

test('"a exhorté" is a REQUEST', () => {
  const [e] = events('Le pape François a exhorté les dirigeants russes et ukrainiens à négocier.', { entities: [per('François')] });
  assert.equal(e.type, 'REQUEST');
});

test('a prisoner exchange is RETREAT/release between the two sides', () => {
  const [e] = events('La Russie et l’Ukraine ont procédé samedi à un échange de prisonniers de guerre.', {
    entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['samedi', '2025-03-08']],
  });
  assert.equal(e.type, 'RETREAT');
  assert.equal(e.mode, 'release');
  assert.deepEqual(names(e), ['Russia', 'Ukraine']);
});

test('an ultimatum is a THREATEN', () => {
  const [e] = events('Donald Trump a fixé un ultimatum au Hamas.', { entities: [per('Donald Trump'), { name: 'Hamas', type: 'ORG' }] });
  assert.equal(e.type, 'THREATEN');
});

test('"a condamné" is an ACCUSE', () => {
  const [e] = events('La France a condamné mardi les tirs contre des casques bleus au Liban.', {
    entities: [country('FR', ['France']), { name: 'Lebanon', type: 'LOC', subtype: 'country', forms: ['Liban'] }], timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(e.type, 'ACCUSE');
  assert.deepEqual(names(e), ['France']);
});

test('sanctions are a SANCTION', () => {
  const [e] = events('L’Union européenne a adopté lundi de nouvelles sanctions contre la Russie.', {
    entities: [{ name: 'European Union', type: 'ORG', forms: ['Union européenne'] }, country('RU', ['Russie'])], timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(e.type, 'SANCTION');
  assert.deepEqual(names(e), ['European Union', 'Russia']);
});

test('strikes by "l\'armée israélienne" are an ASSAULT by Israel (demonym after an actor noun)', () => {
  const [e] = events('L’armée israélienne a mené dimanche des frappes sur la banlieue sud de Beyrouth.', {
    entities: [city('Beyrouth')], timexes: [['dimanche', '2025-03-09']],
  });
  assert.equal(e.type, 'ASSAULT');
  assert.deepEqual(names(e), ['Israel']);
});

// ---------- status ----------

test('"est prévue la semaine prochaine" is planned', () => {
  const [e] = events('Une rencontre entre Emmanuel Macron et Giorgia Meloni est prévue la semaine prochaine à Rome.', {
    entities: [per('Emmanuel Macron'), per('Giorgia Meloni'), city('Rome')], timexes: [['la semaine prochaine', '2025-W12']],
  });
  assert.equal(e.status, 'planned');
  assert.equal(e.date?.value, '2025-W12');
});

test('"l\'idée d\'une rencontre" is proposed', () => {
  const [e] = events('Le Kremlin a rejeté l’idée d’une rencontre entre Vladimir Poutine et Volodymyr Zelensky.', {
    entities: [per('Vladimir Poutine'), per('Volodymyr Zelensky')],
  }).filter((x) => x.type === 'CONSULT');
  assert.equal(e.status, 'proposed');
});

test('a meeting asked for is requested', () => {
  const e = events('Volodymyr Zelensky a réclamé une rencontre avec Vladimir Poutine.', {
    entities: [per('Volodymyr Zelensky'), per('Vladimir Poutine')],
  }).find((x) => x.type === 'CONSULT')!;
  assert.equal(e.status, 'requested');
});

test('"n\'a pas eu lieu" is denied', () => {
  const [e] = events('La rencontre entre Xi Jinping et Joe Biden n’a pas eu lieu.', { entities: [per('Xi Jinping'), per('Joe Biden')] });
  assert.equal(e.status, 'denied');
});

test('a negated meeting verb is denied', () => {
  const [e] = events('Benyamin Netanyahou n’a pas rencontré Joe Biden lors de sa visite.', { entities: [per('Benyamin Netanyahou'), per('Joe Biden')] });
  assert.equal(e.status, 'denied');
});

test('a meeting under "si" is hypothetical', () => {
  const [e] = events('Si Moscou accepte, des négociations avec Kiev pourraient commencer.', {
    entities: [city('Moscou', 'RU'), city('Kiev', 'UA')],
  });
  assert.equal(e.status, 'hypothetical');
});

test('"a été annulé" is cancelled', () => {
  const [e] = events('Le sommet entre Donald Trump et Kim Jong-un a été annulé.', { entities: [per('Donald Trump'), per('Kim Jong-un')] });
  assert.equal(e.status, 'cancelled');
});

test('"se poursuivent" is ongoing', () => {
  const [e] = events('Les négociations entre Israël et le Hamas se poursuivent au Caire.', {
    entities: [country('IL', ['Israël']), { name: 'Hamas', type: 'ORG' }, city('Le Caire', undefined, ['Caire'])],
  });
  assert.equal(e.status, 'ongoing');
});

test('a date after publication makes a bare meeting planned', () => {
  const [e] = events('Emmanuel Macron rencontre Keir Starmer le 20 mars à Londres.', {
    entities: [per('Emmanuel Macron'), per('Keir Starmer'), city('Londres')], timexes: [['le 20 mars', '2025-03-20']],
  });
  assert.equal(e.status, 'planned');
});

// ---------- actors, place, dates ----------

test('a demonym compound names both sides: "pourparlers israélo-libanais"', () => {
  const [e] = events('Des pourparlers israélo-libanais ont eu lieu lundi à Washington.', {
    entities: [city('Washington', 'US')], timexes: [['lundi', '2025-03-10']],
  });
  assert.deepEqual(names(e), ['Israel', 'Lebanon']);
});

test('coordinated demonyms after an actor noun: "des responsables chinois et américains"', () => {
  const [e] = events('Des responsables chinois et américains se sont réunis à Genève.', { entities: [city('Genève')] });
  assert.deepEqual(names(e), ['China', 'United States']);
});

test('the place is the location governed by "à" near the trigger', () => {
  const [e] = events('Des responsables chinois et américains se sont réunis à Genève.', { entities: [city('Genève')] });
  assert.equal(e.place?.name, 'Genève');
});

test('"entre Moscou et Kiev" resolves metonymy to the country actors', () => {
  const [e] = events('Des négociations entre Moscou et Kiev ont repris.', { entities: [city('Moscou', 'RU'), city('Kiev', 'UA')] });
  assert.deepEqual(names(e), ['Russia', 'Ukraine']);
});

test('an enumeration of dates yields one event per date', () => {
  const list = events('Genève a accueilli trois séries de négociations entre Washington et Téhéran, les 3 janvier, 10 février et 2 mars.', {
    entities: [city('Genève'), city('Washington', 'US'), { name: 'Iran', type: 'LOC', subtype: 'country', forms: ['Téhéran'], actor: { entity: 'country:IR', name: 'Iran' } }],
    timexes: [['3 janvier', '2025-01-03'], ['10 février', '2025-02-10'], ['2 mars', '2025-03-02']],
  });
  assert.deepEqual(list.map((e) => e.date?.value), ['2025-01-03', '2025-02-10', '2025-03-02']);
});

test('the reporting verb takes its own date, not the event reported', () => {
  const [e] = events('«Les négociations avec Kiev ont été difficiles», a déclaré jeudi Dmitri Peskov.', {
    entities: [city('Kiev', 'UA'), per('Dmitri Peskov')], timexes: [['jeudi', '2025-03-06']],
  });
  assert.equal(e.date, null);
});

test('a call "lors de" shares the date of its clause\'s main event', () => {
  const list = events('Marco Rubio a appelé mercredi Moscou à négocier, lors d’un appel avec Sergueï Lavrov.', {
    entities: [per('Marco Rubio'), city('Moscou', 'RU'), per('Sergueï Lavrov')], timexes: [['mercredi', '2025-03-05']],
  });
  const call = list.find((e) => e.mode === 'phone')!;
  assert.equal(call.date?.value, '2025-03-05');
});

test('"les deux camps" takes the two sides of the previous event', () => {
  const list = events('Des pourparlers entre l’Arménie et l’Azerbaïdjan ont eu lieu à Abou Dhabi. Les deux camps ont ensuite procédé à un échange de prisonniers.', {
    entities: [{ name: 'Armenia', type: 'LOC', subtype: 'country', forms: ['Arménie'] }, { name: 'Azerbaijan', type: 'LOC', subtype: 'country', forms: ['Azerbaïdjan'] }, city('Abou Dhabi')],
  });
  const swap = list.find((e) => e.type === 'RETREAT')!;
  assert.deepEqual(names(swap), ['Armenia', 'Azerbaijan']);
});

test('actors carry aliases for matching (country French names)', () => {
  const [e] = events('Des négociations entre Moscou et Kiev ont repris.', { entities: [city('Moscou', 'RU'), city('Kiev', 'UA')] });
  assert.ok(e.actors.find((a) => a.name === 'Russia')!.aliases!.includes('Russie'));
});

// ---------- precision traps ----------

test('"la guerre en Ukraine" is no event', () => {
  assert.deepEqual(events('La guerre en Ukraine entre dans sa quatrième année.', { entities: [country('UA', ['Ukraine'])] }), []);
});

test('"depuis 2022" does not date the event', () => {
  const [e] = events('Les pourparlers entre l’Arménie et l’Azerbaïdjan sont au point mort depuis 2022.', {
    entities: [{ name: 'Armenia', type: 'LOC', subtype: 'country', forms: ['Arménie'] }, { name: 'Azerbaijan', type: 'LOC', subtype: 'country', forms: ['Azerbaïdjan'] }],
    timexes: [['2022', '2022']],
  });
  assert.equal(e.date, null);
});

test('a trigger without any actor is dropped', () => {
  assert.deepEqual(events('Une nouvelle réunion a eu lieu mardi.', { timexes: [['mardi', '2025-03-11']] }), []);
});

test('"dans une interview" is not a meeting', () => {
  assert.deepEqual(events('Dans un entretien accordé au journal Le Monde, Emmanuel Macron défend sa réforme.', { entities: [per('Emmanuel Macron')] }), []);
});

test('"au téléphone" alone is no phone call', () => {
  assert.deepEqual(events('Joe Biden a répondu au téléphone.', { entities: [per('Joe Biden')] }).filter((e) => e.type === 'CONSULT'), []);
});

test('two mentions of the same meeting merge into one event with the best date', () => {
  const list = events('Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin. Cette rencontre entre Macron et Scholz a porté sur l’Ukraine.', {
    entities: [per('Emmanuel Macron', ['Emmanuel Macron', 'Macron']), per('Olaf Scholz', ['Olaf Scholz', 'Scholz']), city('Berlin'), country('UA', ['Ukraine'])],
    timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(list.filter((e) => e.type === 'CONSULT').length, 1);
  assert.equal(list[0].date?.value, '2025-03-11');
});

test('every event has a trigger, an evidence sentence and a stable id', () => {
  const text = 'Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin.';
  const spec = { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['mardi', '2025-03-11']] as [string, string][] };
  const [a] = events(text, spec);
  const [b] = events(text, spec);
  assert.equal(a.trigger?.text, 'rencontré');
  assert.equal(a.evidence.text, text);
  assert.equal(a.id, b.id);
});

test('"X, qui doit se rendre à Doha": the antecedent is the subject of the relative clause', () => {
  const list = events('Benyamin Netanyahou a rencontré lundi l’émissaire américain Steve Witkoff, qui doit se rendre jeudi à Doha.', {
    entities: [per('Benyamin Netanyahou'), per('Steve Witkoff'), { name: 'Qatar', type: 'LOC', subtype: 'city', forms: ['Doha'], actor: { entity: 'country:QA', name: 'Qatar' } }],
    timexes: [['lundi', '2025-03-10'], ['jeudi', '2025-03-13']],
  });
  const trip = list.find((e) => e.mode === 'visit')!;
  assert.ok(names(trip).includes('Steve Witkoff'));
  assert.ok(!names(trip).includes('Benyamin Netanyahou'));
});

test('a compound past is occurred even when its weekday resolved to a later date', () => {
  const [e] = events('Emmanuel Macron a rencontré Olaf Scholz lundi.', {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['lundi', '2025-03-17']],
  });
  assert.equal(e.status, 'occurred');
});

test('a dateline date does not date the news', () => {
  const [e] = events('Genève, 12 mai 2025 (AFP) - Les Etats-Unis et la Chine se sont mis d’accord pour suspendre leurs droits de douane.', {
    entities: [country('US', ['Etats-Unis']), country('CN', ['Chine'])], timexes: [['12 mai 2025', '2025-05-12']],
  });
  assert.equal(e.type, 'AGREE');
  assert.equal(e.date, null);
});

test('"tout dialogue avec Washington" is no particular event', () => {
  const list = events('Ali Khamenei avait jugé en février « pas intelligent » tout dialogue avec Washington.', {
    entities: [per('Ali Khamenei'), city('Washington', 'US')], timexes: [['février', '2025-02']],
  });
  assert.deepEqual(list, []);
});

test('strikes asked to stop belong to the one asked, not to the one asking', () => {
  const list = events('Emmanuel Macron a appelé Israël à cesser ses frappes au Liban.', {
    entities: [per('Emmanuel Macron'), country('IL', ['Israël'])],
  });
  assert.ok(!list.some((e) => e.type === 'ASSAULT' && names(e).includes('Emmanuel Macron')));
});

test('"est envisagée" after the trigger makes it proposed', () => {
  const [e] = events('Une médiation de la Cédéao est envisagée.', { entities: [{ name: 'ECOWAS', type: 'ORG', forms: ['Cédéao'] }] });
  assert.equal(e.status, 'proposed');
});

// ---------- generalisation fixes (issue 7) ----------

const org = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'ORG', forms });

test('"sans" after the trigger ("…, sans résultat concret") is no denial', () => {
  const [e] = events('Emmanuel Macron et Olaf Scholz se sont rencontrés lundi à Berlin, sans résultat concret.', {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz'), city('Berlin')], timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.status, 'occurred');
});

test('"aucune" right before the trigger still denies it', () => {
  const [e] = events('Selon Moscou, aucune rencontre entre Vladimir Poutine et Volodymyr Zelensky n’est prévue.', {
    entities: [per('Vladimir Poutine'), per('Volodymyr Zelensky'), city('Moscou', 'RU')],
  });
  assert.equal(e.status, 'denied');
});

test('a cancellation across "après" belongs to the cancelled event, not to the cause', () => {
  const evs = events('La réunion prévue mardi entre Emmanuel Macron et Olaf Scholz a été annulée après le début, lundi, des bombardements russes sur Kharkiv.', {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz'), city('Kharkiv')], timexes: [['mardi', '2025-03-11'], ['lundi', '2025-03-10']],
  });
  assert.equal(evs.find((e) => e.type === 'CONSULT')?.status, 'cancelled');
  assert.notEqual(evs.find((e) => e.type === 'ASSAULT')?.status, 'cancelled');
});

test('easing sanctions is a CONCEDE (ease), not a SANCTION', () => {
  const evs = events('Les États-Unis ont assoupli mardi leurs sanctions contre la Syrie.', {
    entities: [country('US', ['États-Unis']), { name: 'Syria', type: 'LOC', subtype: 'country', id: 'country:SY', forms: ['Syrie'] }], timexes: [['mardi', '2025-03-11']],
  });
  assert.deepEqual(evs.map((e) => [e.type, e.mode]), [['CONCEDE', 'ease']]);
  assert.deepEqual(names(evs[0]), ['Syria', 'United States']);
});

test('"la levée des sanctions" is one CONCEDE trigger', () => {
  const evs = events('La Chine réclame la levée des sanctions américaines.', { entities: [country('CN', ['Chine'])] });
  assert.deepEqual(evs.map((e) => e.type).sort(), ['CONCEDE', 'REQUEST']);
});

test('"sont parvenus à un accord" is an AGREE between the subjects', () => {
  const [e] = events('Kiev et Moscou sont parvenus vendredi à un accord sur les exportations de céréales.', {
    entities: [city('Kiev', 'UA'), city('Moscou', 'RU')], timexes: [['vendredi', '2025-03-07']],
  });
  assert.equal(e.type, 'AGREE');
  assert.equal(e.date?.value, '2025-03-07');
  assert.deepEqual(names(e), ['Russia', 'Ukraine']);
});

test('a truce "entrée en vigueur" is a CONCEDE ceasefire taking effect', () => {
  const [e] = events('La trêve entre Israël et le Hamas est entrée en vigueur dimanche matin.', {
    entities: [country('IL', ['Israël']), org('Hamas')], timexes: [['dimanche matin', '2025-03-09TMO']],
  });
  assert.equal(e.type, 'CONCEDE');
  assert.equal(e.mode, 'ceasefire');
  assert.equal(e.date?.value, '2025-03-09');
  assert.deepEqual(names(e), ['Hamas', 'Israel']);
});

test('a fronted date ("Le 3 mars, …") dates the main clause’s event', () => {
  const [e] = events('Le 3 mars, le président kényan William Ruto et son homologue ougandais Yoweri Museveni ont signé à Nairobi un accord commercial.', {
    entities: [per('William Ruto'), per('Yoweri Museveni'), city('Nairobi')], timexes: [['Le 3 mars', '2025-03-03']],
  });
  assert.equal(e.type, 'AGREE');
  assert.equal(e.date?.value, '2025-03-03');
});

test('a conditional reported with "a annoncé que" is planned, not hypothetical', () => {
  const [e] = events('Le Kremlin a annoncé mardi que Vladimir Poutine recevrait jeudi le président turc Recep Tayyip Erdogan.', {
    entities: [{ name: 'Kremlin', type: 'ORG', actor: COUNTRY.RU }, per('Vladimir Poutine'), per('Recep Tayyip Erdogan')],
    timexes: [['mardi', '2025-03-11'], ['jeudi', '2025-03-13']],
  });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.status, 'planned');
  assert.equal(e.date?.value, '2025-03-13');
});

test('"après la visite de X" does not make the main clause’s subject a visitor', () => {
  const evs = events('Olaf Scholz a téléphoné mardi à Emmanuel Macron, après la visite de Marco Rubio à Pékin.', {
    entities: [per('Olaf Scholz'), per('Emmanuel Macron'), per('Marco Rubio'), city('Pékin', 'CN')], timexes: [['mardi', '2025-03-11']],
  });
  const visit = evs.find((e) => e.mode === 'visit');
  assert.ok(visit);
  assert.ok(!names(visit).includes('Olaf Scholz'));
});

test('"a pris part à cette conversation" adds participants to the call instead of making a new event', () => {
  const evs = events('Vladimir Poutine s’est entretenu mardi au téléphone avec Recep Tayyip Erdogan. Le ministre Hakan Fidan a également pris part à cette conversation.', {
    entities: [per('Vladimir Poutine'), per('Recep Tayyip Erdogan'), per('Hakan Fidan')], timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(evs.length, 1);
  assert.ok(names(evs[0]).includes('Hakan Fidan'));
});

test('"au terme d’un sommet" shares the date of the clause’s main event', () => {
  const evs = events('Les dirigeants de l’Union africaine se sont engagés lundi à Addis-Abeba à financer une force commune, au terme d’un sommet extraordinaire.', {
    entities: [{ ...org('Union africaine'), subtype: 'io' }, city('Addis-Abeba')], timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(evs.find((e) => e.type === 'CONSULT')?.date?.value, '2025-03-10');
  assert.equal(evs.find((e) => e.type === 'AGREE')?.date?.value, '2025-03-10');
});

test('"d’ici 2030" is a deadline, not the date of an event', () => {
  const evs = events('Les pays du G7 se sont engagés à sortir du charbon d’ici 2030, au terme d’une réunion à Turin.', {
    entities: [org('G7'), city('Turin')], timexes: [['2030', '2030']],
  });
  assert.ok(evs.every((e) => e.date === null));
});

test('"ont annoncé lundi un accord": the date goes to the agreement, not the reporting verb', () => {
  const [e] = events('Le Kenya et la Tanzanie ont annoncé lundi un accord sur le partage des eaux du lac Victoria.', {
    entities: [{ name: 'Kenya', type: 'LOC', subtype: 'country', id: 'country:KE' }, { name: 'Tanzania', type: 'LOC', subtype: 'country', id: 'country:TZ', forms: ['Tanzanie'] }],
    timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(e.type, 'AGREE');
  assert.equal(e.date?.value, '2025-03-10');
});

// ---------- round 2: ultimatums, conditions, collective actors, dates of announcements ----------


test('"a fixé ses conditions" is a REQUEST', () => {
  const list = events('Recep Tayyip Erdogan a fixé mardi ses conditions à l’adhésion de la Suède.', {
    entities: [per('Recep Tayyip Erdogan'), { name: 'Sweden', id: 'country:SE', type: 'LOC', subtype: 'country', forms: ['Suède'] }], timexes: [['mardi', '2025-03-11']],
  });
  const e = list.find((x) => x.type === 'REQUEST')!;
  assert.equal(e.status, 'occurred');
  assert.equal(e.date?.value, '2025-03-11');
});

test('"ont donné 72 heures à X pour" is a THREATEN', () => {
  const list = events('Les Etats-Unis ont donné lundi 72 heures à la junte pour libérer le président.', {
    entities: [country('US', ['Etats-Unis'])], timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(list.find((x) => x.type === 'THREATEN')?.date?.value, '2025-03-10');
});

test('"s\'étaient entendus sur un prêt à Kiev" is an AGREE whose receiver is an actor', () => {
  const list = events('Mardi, les dirigeants du G20 s’étaient entendus sur un prêt de 20 milliards d’euros à Kiev.', {
    entities: [org('G20'), city('Kiev', 'UA')], timexes: [['Mardi', '2025-03-11']],
  });
  const e = list.find((x) => x.type === 'AGREE')!;
  assert.deepEqual(names(e), ['G20', 'Ukraine']);
  assert.equal(e.date?.value, '2025-03-11');
});

test('"a décliné l\'invitation" is a REJECT, not a proposal', () => {
  const list = events('Le Brésil a décliné l’invitation de la Suisse.', { entities: [{ name: 'Brésil', type: 'LOC', subtype: 'country' }] });
  assert.deepEqual(list.map((x) => x.type), ['REJECT']);
});

test('military exercises around a country are a MOBILIZE against it', () => {
  const [e] = events('La Chine a lancé jeudi des exercices militaires autour de Taïwan.', {
    entities: [country('CN', ['Chine']), { name: 'Taïwan', type: 'LOC', subtype: 'country' }], timexes: [['jeudi', '2025-03-06']],
  });
  assert.equal(e.type, 'MOBILIZE');
  assert.ok(names(e).includes('Taïwan'));
});

test('"a appelé son homologue" is a phone CONSULT, not a REQUEST', () => {
  const list = events('Le ministre russe Sergueï Lavrov a appelé son homologue américain mercredi.', {
    entities: [per('Sergueï Lavrov')], timexes: [['mercredi', '2025-03-05']],
  });
  assert.equal(list[0].type, 'CONSULT');
  assert.equal(list[0].mode, 'phone');
});

test('"doivent se reparler lundi" is a planned CONSULT', () => {
  const [e] = events('Vladimir Poutine et Donald Trump doivent se reparler lundi.', {
    entities: [per('Vladimir Poutine'), per('Donald Trump')], timexes: [['lundi', '2025-03-17']],
  });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.status, 'planned');
});

test('an acronym in parentheses stays in the subject of its clause', () => {
  const list = events('Les ministres de l’Organisation du traité de l’Atlantique nord (Otan) ont condamné mercredi les frappes.', {
    entities: [org('Otan')], timexes: [['mercredi', '2025-03-05']],
  });
  assert.ok(names(list.find((x) => x.type === 'ACCUSE')!).includes('Otan'));
});

test('a clause reported with "annoncé que" has its own subject', () => {
  const list = events('Donald Trump a annoncé lundi que Israël et le Hamas ont accepté une trêve.', {
    entities: [per('Donald Trump'), country('IL', ['Israël']), org('Hamas')], timexes: [['lundi', '2025-03-10']],
  });
  // (a truce accepted is an agreement, AGREE, since round 31)
  const e = list.find((x) => x.mode === 'ceasefire')!;
  assert.ok(names(e).includes('Hamas') && names(e).includes('Israel'));
});

test('strikes on a country\'s soil have that country as target', () => {
  const list = events('La Russie a lancé mardi une offensive en Ukraine.', {
    entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['mardi', '2025-03-11']],
  });
  assert.deepEqual(names(list.find((x) => x.type === 'ASSAULT')!), ['Russia', 'Ukraine']);
});

test('a fronted date before "a annoncé" dates the announced aid', () => {
  const list = events('Lundi, Joe Biden a annoncé une aide de 500 millions de dollars à l’Ukraine.', {
    entities: [per('Joe Biden'), country('UA', ['Ukraine'])], timexes: [['Lundi', '2025-03-10']],
  });
  const e = list.find((x) => x.type === 'AID')!;
  assert.equal(e.date?.value, '2025-03-10');
  assert.ok(names(e).includes('Ukraine'));
});

// ---------- round 3: threats, targets, precision ----------

const iran = (forms: string[]): EntitySpec => ({ name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms });
const lebanon = (forms: string[]): EntitySpec => ({ name: 'Lebanon', id: 'country:LB', type: 'LOC', subtype: 'country', forms });

test('praise of no named actor ("a salué « le triomphe de la vérité »") records no SUPPORT', () => {
  const list = events('Nicolás Maduro a salué mercredi « le triomphe de la vérité ».', {
    entities: [per('Nicolás Maduro')], timexes: [['mercredi', '2025-03-12']],
  });
  assert.equal(list.filter((e) => e.type === 'SUPPORT').length, 0);
});

test('a nationality adjective after an easing of sanctions names its target', () => {
  const e = events('Mardi, les États-Unis ont assoupli leurs sanctions sur le pétrole et le gaz vénézuéliens.', {
    entities: [country('US', ['États-Unis'])], timexes: [['Mardi', '2025-03-11']],
  }).find((x) => x.type === 'CONCEDE')!;
  assert.ok(e.actors.some((a) => a.role === 'target' && a.name === 'Venezuela'));
});

test('"« Si X viole l\'accord, nous attaquerons », a prévenu Y" is a THREATEN from Y against X', () => {
  const e = events('« Si le Hezbollah viole l\'accord, nous attaquerons », a prévenu Benyamin Netanyahou mardi.', {
    entities: [org('Hezbollah'), per('Benjamin Netanyahu', ['Benyamin Netanyahou'])], timexes: [['mardi', '2025-03-11']],
  }).find((x) => x.type === 'THREATEN')!;
  assert.ok(e.actors.some((a) => a.name === 'Benjamin Netanyahu'));
  assert.ok(e.actors.some((a) => a.role === 'target' && a.name === 'Hezbollah'));
});

test('"…, tout en menaçant l\'Iran de" shares the subject and date of the clause it hangs on', () => {
  const e = events('Début mars, Donald Trump avait appelé Ali Khamenei à négocier, tout en menaçant l\'Iran de bombardements.', {
    entities: [per('Donald Trump'), per('Ali Khamenei'), iran(['Iran'])], timexes: [['Début mars', '2025-03']],
  }).find((x) => x.type === 'THREATEN')!;
  assert.equal(e.actors.find((a) => a.role === 'source')?.name, 'Donald Trump');
  assert.ok(e.actors.some((a) => a.role === 'target' && a.name === 'Iran'));
  assert.equal(e.date?.value, '2025-03');
});

test('an ultimatum takes the target of the strikes it announces', () => {
  const e = events('Donald Trump a réitéré vendredi son ultimatum : il décidera d\'ici deux semaines s\'il engage son pays dans des frappes contre l\'Iran.', {
    entities: [per('Donald Trump'), iran(['Iran'])], timexes: [['vendredi', '2025-03-07']],
  }).find((x) => x.type === 'THREATEN')!;
  assert.ok(e.actors.some((a) => a.role === 'target' && a.name === 'Iran'));
});

test('a second attack by the same attacker in the sentence strikes the same target', () => {
  const list = events('Israël a intensifié ses frappes sur le Liban, avant de lancer une offensive terrestre le 1er octobre.', {
    entities: [country('IL', ['Israël']), lebanon(['Liban'])], timexes: [['le 1er octobre', '2024-10-01']],
  });
  const e = list.find((x) => x.type === 'ASSAULT' && x.date?.value === '2024-10-01')!;
  assert.ok(e.actors.some((a) => a.role === 'target' && a.name === 'Lebanon'));
});
