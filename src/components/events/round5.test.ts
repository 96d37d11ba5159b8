// Withdrawals from organisations, postponements, night ranges, weapons as actors and bodies acting for their organisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../core/document.ts';
import { COUNTRY, country, fixtureEvents, person as per, type EntitySpec } from './testing.ts';

const io = (name: string, id: string, forms: string[]): EntitySpec => ({ name, id, type: 'ORG', subtype: 'io', forms });

const events = fixtureEvents('2025-03-12');
const names = (e: EventRecord) => e.actors.map((a) => a.name).sort();

test('"quitter" an international organisation is a RETREAT with the organisation as target', () => {
  const [e] = events("Le Burundi a annoncé lundi qu'il quittait l'Organisation internationale de la francophonie.", {
    entities: [{ name: 'Burundi', id: 'country:BI', type: 'LOC', subtype: 'country' }, io('Organisation internationale de la francophonie', 'local:oif', ['Organisation internationale de la francophonie'])],
    timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(e?.type, 'RETREAT');
  assert.equal(e.actors.find((a) => a.role === 'target')?.name, 'Organisation internationale de la francophonie');
});

test('"se retirer de l\'OTAN" is a RETREAT from the alliance', () => {
  const [e] = events("La Hongrie menace depuis des mois de se retirer de l'OTAN, a rappelé mardi le ministre.", {
    entities: [{ name: 'Hungary', id: 'country:HU', type: 'LOC', subtype: 'country', forms: ['Hongrie'] }, io('NATO', 'Q7184', ['OTAN'])],
  });
  assert.equal(e?.type, 'RETREAT');
  assert.ok(names(e).includes('NATO'));
});

test('leaving a building or a country is no withdrawal', () => {
  const out = events('Le président a quitté la Maison-Blanche jeudi soir avant de quitter la France vendredi.', {
    entities: [{ name: 'White House', id: 'vigie:org:white-house', type: 'ORG', subtype: 'institution', forms: ['Maison-Blanche'], actor: COUNTRY.US }, country('FR', ['France'])],
    timexes: [['jeudi soir', '2025-03-06TEV'], ['vendredi', '2025-03-07']],
  });
  assert.equal(out.filter((e) => e.type === 'RETREAT').length, 0);
});

test('"a reporté au 4 avril la visite prévue mardi": planned on the new date, cancelled on the old one', () => {
  const out = events("Le chancelier Olaf Scholz a reporté au 4 avril le déplacement qu'il devait effectuer mardi en Chine.", {
    entities: [per('Olaf Scholz'), country('CN', ['Chine'])], timexes: [['4 avril', '2025-04-04'], ['mardi', '2025-03-11']],
  });
  const visits = out.filter((e) => e.type === 'CONSULT');
  assert.equal(visits.find((e) => e.date?.value === '2025-04-04')?.status, 'planned');
  assert.equal(visits.find((e) => e.date?.value === '2025-03-11')?.status, 'cancelled');
});

test('"dans la nuit de samedi à dimanche" dates the event by its second day', () => {
  const [e] = events('Dans la nuit de samedi à dimanche, des drones russes ont frappé le port d\'Odessa.', {
    entities: [country('RU', ['Russie'])], timexes: [['samedi', '2025-03-08'], ['dimanche', '2025-03-09']],
  });
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(e.date?.value, '2025-03-09');
  assert.deepEqual(names(e), ['Russia']);
});

test('the European Commission acting carries the European Union\'s names', () => {
  const [e] = events('La présidente de la Commission européenne a rencontré jeudi à Tokyo le premier ministre japonais.', {
    entities: [{ name: 'European Commission', id: 'vigie:org:european-commission', type: 'ORG', subtype: 'io', forms: ['Commission européenne'] },
      { name: 'Japan', id: 'country:JP', type: 'LOC', subtype: 'country' }],
    timexes: [['jeudi', '2025-03-06']],
  });
  const commission = e?.actors.find((a) => a.name === 'European Commission');
  assert.ok(commission?.aliases?.includes('Union européenne'));
});
