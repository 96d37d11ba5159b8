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

// Scraped text in the style of other French-language outlets: their furniture goes, the body stays.
const LEAD = 'Le président ukrainien a rencontré mardi à Bruxelles les dirigeants de l’Union européenne pour discuter des garanties de sécurité.';
const keptText = (raw: string) => cleanText(raw).text;

test('Libération: subscriber banner, "par" byline, update in brackets, related-links list', () => {
  const raw = 'Article réservé aux abonnés\npar Jean Dupont\npublié le 7 juillet 2025 à 14h05 (mis à jour à 16h20)\n' + LEAD + '\nSur le même sujet\nUkraine : à Kiev, la lassitude d’une population sous les bombes\nGuerre en Ukraine : ce que l’on sait des négociations';
  assert.equal(keptText(raw), LEAD);
});

test('Le Parisien: newsletter prompt, e-mail notice, "LP/" credit', () => {
  const raw = 'Le Parisien avec AFP\nLe 7 juillet 2025 à 14h05, modifié le 7 juillet 2025 à 16h20\n' + LEAD + '\nLa newsletter Actu Chaque matin, l’essentiel de l’actualité\nJe m’inscris\nVotre adresse mail est collectée par Le Parisien pour vous permettre de recevoir nos actualités et offres commerciales. En savoir plus\nLP/Olivier Arandel';
  assert.equal(keptText(raw), LEAD);
});

test('franceinfo: bracketed caption credit, reading time, app prompt', () => {
  const raw = 'Article rédigé par franceinfo avec AFP - France Télévisions\nPublié le 07/07/2025 14:05 Mis à jour le 07/07/2025 16:20\nTemps de lecture : 2min\nVolodymyr Zelensky à Bruxelles, le 8 juillet 2025. (NICOLAS TUCAT / AFP)\n' + LEAD + '\nTéléchargez l’application franceinfo pour recevoir les alertes';
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.ok(r.removed.some((x) => x.reason === 'credit' && x.text.startsWith('Volodymyr Zelensky')));
});

test('BFMTV: initials byline, "[VIDÉO]" tag cut from the headline, Google News prompt', () => {
  const raw = '[VIDÉO] Zelensky à Bruxelles pour parler des garanties de sécurité\nJ.D. avec AFP\nLe 07/07/2025 à 14:05\nMis à jour le 07/07/2025 à 16:20\nSuivre BFMTV sur Google Actualités\n' + LEAD + '\nArticle original publié sur BFMTV.com';
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.ok(r.removed.some((x) => x.reason === 'title' && x.text === 'Zelensky à Bruxelles pour parler des garanties de sécurité'));
});

test('L’Express and Le Point: audio button with duration, favourites, comment count', () => {
  const raw = 'Par L’Express avec AFP\nPublié le 07/07/2025 à 14:05\nÉcouter l’article 00:00/03:12\nAjouter à mes favoris\n12 commentaires\n' + LEAD + '\nCommentaires (12)\nLecture audio réservée aux abonnés';
  assert.equal(keptText(raw), LEAD);
});

test('La Croix: bracketed agency in the byline, "Lecture en 3 min."', () => {
  const raw = 'La Croix (avec AFP)\nle 07/07/2025 à 14:05\nLecture en 3 min.\n' + LEAD + '\nLien copié';
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.equal(r.removed[0].reason, 'byline');
});

test('Les Échos: abbreviated months in the dateline, "Offrir cet article"', () => {
  const raw = 'Publié le 7 juil. 2025 à 14:05 Mis à jour le 7 juil. 2025 à 16:20\nOffrir cet article\n' + LEAD;
  assert.deepEqual(cleanText(raw).removed.map((x) => x.reason), ['dateline', 'furniture']);
});

test('Mediapart: paywall truncation, "Déjà abonné ? Connectez-vous", offer line', () => {
  const raw = LEAD + '\nLa suite est réservée aux abonnés.\nDéjà abonné ? Connectez-vous\nAbonnez-vous à partir de 1 € pour 15 jours';
  assert.equal(keptText(raw), LEAD);
});

test('Le Monde: "Vous lisez un article réservé aux abonnés", remaining share, device notice', () => {
  const raw = 'Vous lisez un article réservé aux abonnés.\n' + LEAD + '\nIl vous reste 71.43% de cet article à lire. La suite est réservée aux abonnés.\nLecture du Monde en cours sur un autre appareil.\nVous pouvez lire Le Monde sur un seul appareil à la fois (ordinateur, téléphone ou tablette).';
  assert.equal(keptText(raw), LEAD);
});

test('Le Soir and La Libre Belgique: Belga credit, Belgian dash dates, reading time', () => {
  const raw = 'Par Jean Dupont - Le Soir\nPublié le 07-07-2025 à 14h05 - Mis à jour le 07-07-2025 à 16h20\nTemps de lecture: 3 min\n© Belga\n' + LEAD;
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.deepEqual(r.removed.slice(0, 2).map((x) => x.reason), ['byline', 'dateline']);
});

test('RTBF: sharing buttons and "Écouter l’article"', () => {
  const raw = 'RTBF avec Belga\nPublié le mardi 08 juillet 2025 à 14h05\nPartager sur Facebook\nPartager sur X\nÉcouter l’article\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('RTS: "Publié à" / "Modifié à" without date and the closing "ats/afp/gma" signature', () => {
  const raw = 'Publié à 14:05\nModifié à 16:20\n' + LEAD + '\nats/afp/gma';
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.deepEqual(r.removed.map((x) => x.reason), ['dateline', 'dateline', 'byline']);
});

test('24 heures and Tribune de Genève: error-report prompt and newsletter', () => {
  const raw = 'Publié aujourd’hui à 14h05\n' + LEAD + '\nVous avez trouvé une erreur? Merci de nous la signaler.\nNewsletter «Dernières nouvelles» Recevez le meilleur de l’actualité chaque matin.\n3 commentaires';
  assert.equal(keptText(raw), LEAD);
});

test('Radio-Canada: Canadian time zone, "Photo :" credit, "Partager la page"', () => {
  const raw = 'Radio-Canada avec Agence France-Presse\nPublié le 7 juillet 2025 à 14 h 05 HAE\nPhoto : Reuters / Evelyn Hockstein\nPartager la page\n' + LEAD;
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.deepEqual(r.removed.map((x) => x.reason), ['byline', 'dateline', 'credit', 'furniture']);
});

test('La Presse and Le Devoir: capitals photo credit and "Photo:" without a space', () => {
  const raw = 'PHOTO MANDEL NGAN, AGENCE FRANCE-PRESSE\nPhoto: Mandel Ngan Agence France-Presse\nAgence France-Presse\n' + LEAD;
  assert.deepEqual(cleanText(raw).removed.map((x) => x.reason), ['credit', 'credit', 'agency']);
});

test('Jeune Afrique: date and reading time on one line', () => {
  const raw = 'Par Jeune Afrique\nPublié le 7 juillet 2025 Lecture : 3 minutes.\n' + LEAD;
  const r = cleanText(raw);
  assert.equal(r.text, LEAD);
  assert.deepEqual(r.removed.map((x) => x.reason), ['byline', 'dateline', 'furniture']);
});

test('TV5Monde: capitals outlet with agency, Swiss-style update line, "©AFP"', () => {
  const raw = 'TV5MONDE avec AFP\nMise à jour 08.07.2025 à 14:05\n©AFP\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('Courrier international: source line and cartoon credit', () => {
  const raw = 'Lecture 2 min.\nPublié le 7 juillet 2025 à 14h05\nSource de l’article : The Kyiv Independent (Kiev)\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('Euronews: "GMT+2" after the time and "Droits d’auteur" credit', () => {
  const raw = 'Par Euronews avec AP\nPublié le 07/07/2025 - 14:05 GMT+2\nDroits d’auteur AP Photo/Virginia Mayo\nPartager cet article\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('Sud Ouest and La Dépêche: web-domain byline, audio player, "AFP/Archives" caption', () => {
  const raw = 'Par SudOuest.fr avec AFP\nPublié le 07/07/2025 à 14h05. Mis à jour à 16h20.\nÉcouter l’article Powered by ETX Studio\nVolodymyr Zelensky lors d’une conférence de presse à Kiev. SERGEI SUPINSKY / AFP/Archives\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('Nice-Matin: update printed before publication, cookie refusal text', () => {
  const raw = 'Par Nice-Matin (avec AFP)\nMis à jour le 07/07/2025 à 16:20 Publié le 07/07/2025 à 14:05\nVous avez choisi de ne pas accepter le dépôt de "cookies" sur votre navigateur, qui permettent notamment d’afficher de la publicité personnalisée.\n' + LEAD;
  assert.equal(keptText(raw), LEAD);
});

test('a caption ending with "(Photo d’illustration)" is a caption', () => {
  const raw = 'Des soldats ukrainiens près de Bakhmout, dans l’est du pays. (Photo d’illustration)\n' + LEAD;
  assert.deepEqual(cleanText(raw).removed.map((x) => x.reason), ['caption']);
});

test('"EN DIRECT" and "Suivez-nous" lines are furniture', () => {
  const raw = 'EN DIRECT\n' + LEAD + '\nSuivez-nous sur Instagram et TikTok';
  assert.equal(keptText(raw), LEAD);
});

test('a pitch line right after "Publicité" is an advertisement', () => {
  const raw = LEAD + '\nPublicité\nAssurance auto : comparez les offres avec Assurplus\nLes Vingt-Sept doivent se retrouver jeudi pour un sommet consacré à l’aide militaire.';
  const r = cleanText(raw);
  assert.deepEqual(r.removed.map((x) => x.reason), ['ad', 'ad']);
  assert.equal(r.text.split('\n').length, 2);
});

test('a headline after "Publicité" is not taken for an advertisement', () => {
  const r = cleanText('Publicité\nGaza : un accord de cessez-le-feu annoncé à Doha\nLes médiateurs qataris ont annoncé mercredi un accord entre Israël et le Hamas.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['ad', 'title']);
});

test('"Lire aussi" on its own line takes the linked headline with it, not the next paragraph', () => {
  const raw = LEAD + '\nLire aussi\nDéfense : combien la Belgique dépense-t-elle vraiment ?\nLes Alliés se retrouveront l’an prochain en Turquie, a annoncé le secrétaire général.';
  const r = cleanText(raw);
  assert.deepEqual(r.removed.map((x) => x.reason), ['furniture', 'furniture']);
  assert.match(r.text, /Les Alliés se retrouveront/);
});

test('body sentences that start like furniture stay', () => {
  const body = [
    'Publicité pour l’alcool : le gouvernement renonce à assouplir la loi Evin, a annoncé mardi le ministre de la Santé.',
    'La publicité par téléphone sera interdite à partir de 2026.',
    'Il vous reste trois jours pour déposer un recours, a rappelé le tribunal administratif.',
    'En cliquant sur ce lien, les victimes installaient sans le savoir un logiciel espion, selon les enquêteurs.',
    'Suivre les négociations depuis Genève reste difficile pour les ONG, qui dénoncent leur opacité.',
  ];
  const raw = `${LEAD}\n${body.join('\n')}`;
  const r = cleanText(raw);
  assert.deepEqual(r.removed, []);
  assert.equal(r.text, raw);
});

test('an intertitle after a related link stays', () => {
  const raw = LEAD + '\nLire aussi : Ukraine, ce que contient le plan européen\nInquiétudes à Kiev\nL’Ukraine et ses alliés craignent un accord conclu sans eux.';
  assert.deepEqual(cleanText(raw).removed.map((x) => x.reason), ['furniture']);
});

test('a byline and a dateline on one line are both removed, each with its reason', () => {
  assert.deepEqual(reasons(`Le président a parlé mardi devant la presse à Varsovie.\nOuest-France avec AFP. Publié le 12/09/2025 à 17h30\n${LEAD}`),
    ['byline:Ouest-France avec AFP', 'dateline:Publié le 12/09/2025 à 17h30']);
});

test('a sentence naming an outlet before "publié le" stays', () => {
  assert.deepEqual(reasons(`${LEAD}\nLe Monde a publié le 3 mars une enquête sur les sanctions.`), []);
});
