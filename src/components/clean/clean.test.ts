import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean.ts';

const reasons = (raw: string) => cleanText(raw).removed.map((r) => `${r.reason}:${r.text}`);

test('an all-capitals advertisement with a sponsor tag is removed as an ad', () => {
  const r = cleanText('NE LAISSEZ PAS LA 5G DÉTRUIRE VOTRE ADN Protégez votre famille avec nos appareils® Publicité par Adclick\nLe gouvernement a présenté mercredi son projet de budget pour 2026 devant le Parlement.');
  assert.equal(r.text, 'Le gouvernement a présenté mercredi son projet de budget pour 2026 devant le Parlement.');
  assert.equal(r.removed[0].reason, 'ad');
});

test('"Passer la publicité" is cut inline even when glued to the next word', () => {
  const r = cleanText('Passer la publicité Passer la publicitéLe secrétaire d’État américain a appelé Moscou à négocier «de bonne foi».');
  assert.equal(r.text, 'Le secrétaire d’État américain a appelé Moscou à négocier «de bonne foi».');
  assert.deepEqual(r.removed.map((x) => x.reason), ['ad', 'ad']);
});

test('removed entries carry offsets into the raw text', () => {
  const raw = 'Lire aussi : Le budget en cinq questions\nLe Premier ministre a engagé la responsabilité de son gouvernement sur le budget.';
  const [r] = cleanText(raw).removed;
  assert.equal(raw.slice(r.start, r.end), r.text);
  assert.equal(r.reason, 'furniture');
});

test('Le Monde furniture: byline with agency, dates, reading time, subscriber line', () => {
  const raw = [
    'Le Monde avec AFP',
    'Publié le 7 août 2025 à 10h27, modifié le 7 août 2025 à 12h05',
    'Temps de lecture : 3 min.',
    'Article réservé aux abonnés',
    'Offrir cet article',
    'Le président ukrainien a réitéré jeudi son appel à une rencontre avec Vladimir Poutine.',
    'Lire aussi | Guerre en Ukraine : ce que l’on sait du sommet',
    'Voir les commentaires',
  ].join('\n');
  const r = cleanText(raw);
  assert.equal(r.text, 'Le président ukrainien a réitéré jeudi son appel à une rencontre avec Vladimir Poutine.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['byline', 'dateline', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
});

test('20 Minutes furniture: agencies byline, dated line, sharing and newsletter lines', () => {
  const raw = '20 Minutes avec agences\nPublié le 07/08/25 à 10h27 — Mis à jour le 07/08/25 à 12h00\nPartager\nNewsletter\nLe Kremlin a confirmé jeudi qu’un sommet entre les deux présidents était en préparation.';
  const r = cleanText(raw);
  assert.equal(r.text, 'Le Kremlin a confirmé jeudi qu’un sommet entre les deux présidents était en préparation.');
  assert.deepEqual(reasons(raw).slice(0, 2), ['byline:20 Minutes avec agences', 'dateline:Publié le 07/08/25 à 10h27 — Mis à jour le 07/08/25 à 12h00']);
});

test('Ouest-France furniture: "Ouest-France avec AFP", listening button, cookie consent', () => {
  const raw = 'Ouest-France avec AFP\nÉcouter cet article\nNos partenaires et nous utilisons des cookies pour mesurer l’audience et afficher des publicités personnalisées.\nLes négociations reprendront lundi à Istanbul, selon le ministère turc des Affaires étrangères.';
  const r = cleanText(raw);
  assert.equal(r.text, 'Les négociations reprendront lundi à Istanbul, selon le ministère turc des Affaires étrangères.');
});

test('RFI furniture: "Par : RFI Suivre", dates with colons, audio player', () => {
  const raw = 'Par : RFI Suivre\nPublié le : 07/08/2025 - 10:27 Modifié le : 07/08/2025 - 12:00\nÉcouter - 02:34\nLe chef de la diplomatie russe a reçu son homologue turc à Moscou.';
  const r = cleanText(raw);
  assert.equal(r.text, 'Le chef de la diplomatie russe a reçu son homologue turc à Moscou.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['byline', 'dateline', 'furniture']);
});

test('Le Temps and Keystone-ATS furniture: agency lines and Swiss datelines', () => {
  const raw = 'ATS\n\nKeystone-SDA\n\n07.08.2025, 10:27\n\n07.08.2025, 11:43\n\nLe Conseil fédéral a salué jeudi la reprise du dialogue entre Washington et Moscou.';
  const r = cleanText(raw);
  assert.equal(r.text, 'Le Conseil fédéral a salué jeudi la reprise du dialogue entre Washington et Moscou.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['agency', 'byline', 'dateline', 'dateline']);
});

test('Libération and BFMTV furniture: lower-case byline, initials with agency, photo credit, social buttons', () => {
  const raw = 'par Libération et AFP\nJ.D. avec AFP\nLe 07/08/2025 à 10:27\nPhoto : Mandel Ngan / AFP\nFacebook\nTwitter\nLe président américain a menacé mardi la Russie de nouvelles sanctions (Photo by Mandel Ngan / AFP).';
  const r = cleanText(raw);
  assert.equal(r.text, 'Le président américain a menacé mardi la Russie de nouvelles sanctions.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['byline', 'byline', 'dateline', 'credit', 'furniture', 'furniture', 'credit']);
});

test('credits, copyright and relative datelines are removed', () => {
  const raw = 'Crédit Photo : Sergei Ilnitsky / EPA\n© AFP\nIl y a 30 minutes\nLa Maison-Blanche a annoncé un nouvel appel entre les deux dirigeants dans la soirée.';
  assert.deepEqual(cleanText(raw).removed.map((x) => x.reason), ['credit', 'credit', 'dateline']);
});

test('a headline repeated with its kicker glued is a duplicate; the first stays', () => {
  const raw = 'Le Kremlin confirme que les préparatifs du sommet ont commencé jeudi.\n\nGuerre en Ukraine. Trump prêt à rencontrer Poutine «très bientôt»\n\nGuerre en UkraineTrump prêt à rencontrer Poutine «très bientôt»\n\nLe président ukrainien a appelé à une rencontre au sommet.';
  const r = cleanText(raw);
  assert.equal(r.text.split('\n')[1], 'Guerre en Ukraine. Trump prêt à rencontrer Poutine «très bientôt»');
  assert.deepEqual(r.removed.map((x) => x.reason), ['duplicate']);
});

test('an identical caption printed twice is kept once', () => {
  const cap = 'Donald Trump et Vladimir Poutine lors du sommet du G20 à Osaka en 2019 (archives).';
  const r = cleanText(`${cap}\n${cap}\nLe Kremlin a annoncé jeudi un sommet entre les deux dirigeants dans les prochains jours.`);
  assert.equal(r.text.split('\n').filter((l) => l === cap).length, 1);
});

test('a short headline at the top moves to the title; the lead paragraph stays', () => {
  const r = cleanText('Poutine évoque un espoir de dialogue avec les États-Unis\nLe président russe a déclaré jeudi que les discussions préliminaires offrent « un certain espoir ».');
  assert.equal(r.removed[0].reason, 'title');
  assert.match(r.text, /^Le président russe/);
});

test('a long lead ending with a period is body text, not a title', () => {
  const lead = 'Le secrétaire d’État américain s’est entretenu hier avec son homologue russe alors que des pourparlers pourraient être organisés lundi à Istanbul.';
  const r = cleanText(`${lead}\nLa Russie a proposé une deuxième séance de pourparlers directs.`);
  assert.equal(r.text.split('\n')[0], lead);
  assert.equal(r.removed.length, 0);
});

test('intertitles inside the body stay as their own paragraph', () => {
  const r = cleanText('Le président a parlé jeudi devant les députés réunis en session extraordinaire.\nInquiétudes à Kiev\nL’Ukraine et ses alliés craignent un accord conclu sans eux.');
  assert.deepEqual(r.text.split('\n'), ['Le président a parlé jeudi devant les députés réunis en session extraordinaire.', 'Inquiétudes à Kiev', 'L’Ukraine et ses alliés craignent un accord conclu sans eux.']);
});

test('a labelled dateline glued before the headline is split off', () => {
  const r = cleanText(' date 2025-08-15 Vladimir Poutine espère une paix durable en Ukraine\n\nLe président russe a dit vendredi espérer que l’entente trouvée en Alaska conduira à la paix.');
  assert.deepEqual(r.removed.map((x) => `${x.reason}:${x.text}`), ['dateline:date 2025-08-15', 'title:Vladimir Poutine espère une paix durable en Ukraine']);
});

test('a given title repeated as the first line is removed', () => {
  const r = cleanText('Sommet en Alaska : ce qu’il faut retenir\nLes deux présidents se sont rencontrés vendredi pendant près de trois heures.', { title: 'Sommet en Alaska : ce qu’il faut retenir' });
  assert.equal(r.removed[0].reason, 'title');
  assert.match(r.text, /^Les deux présidents/);
});

test('a quotation cut by line breaks is rejoined with its closing punctuation', () => {
  const raw = 'Il a ajouté que la question des garanties de sécurité,\n"doit faire l’objet d’un consensus"\n.\n"Nous sommes prêts à poursuivre les négociations directes"\n, a-t-il ajouté.';
  assert.deepEqual(cleanText(raw).text.split('\n'), [
    'Il a ajouté que la question des garanties de sécurité, "doit faire l’objet d’un consensus".',
    '"Nous sommes prêts à poursuivre les négociations directes", a-t-il ajouté.',
  ]);
});

test('a line ending a sentence is not joined to the next one', () => {
  const r = cleanText('Le ministre a démissionné mardi soir.\nle lendemain, son successeur a été nommé.');
  assert.equal(r.text.split('\n').length, 2);
});

test('typographic characters are kept in the text', () => {
  const r = cleanText('Moscou a jugé la rencontre «\u00a0productive\u00a0» et l’a dit jeudi.');
  assert.equal(r.text, 'Moscou a jugé la rencontre «\u00a0productive\u00a0» et l’a dit jeudi.');
});

test('a body paragraph starting with "Par" is not a byline', () => {
  const r = cleanText('Par ailleurs, le Kremlin a démenti toute rencontre prévue avec le président ukrainien.');
  assert.equal(r.removed.length, 0);
});

test('navigation trails and hashtag lines are furniture', () => {
  const r = cleanText('Accueil > International > Europe\n#Ukraine #Russie\nLe sommet de l’Otan s’ouvre mardi à La Haye en présence de trente-deux dirigeants.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['furniture', 'furniture']);
});
