// Weekdays and day words resolved with the tense of their clause and their cue words.
import { expectTimexes } from './testing.ts';

const THU = '2025-03-13', WED = '2024-11-06', TUE = '2025-06-10', MON = '2023-10-09', SUN = '2025-09-21';

expectTimexes([
  // past tenses: the most recent such day, today included
  ["Le chef de l'État a reçu lundi son homologue brésilien à l'Élysée.", THU, 'lundi', '2025-03-10'],
  ["Le Premier ministre indien s'est rendu mardi à Washington.", THU, 'mardi', '2025-03-11'],
  ['Le président kényan a annoncé jeudi la dissolution du gouvernement.', THU, 'jeudi', '2025-03-13'],
  ["L'armée a repris jeudi la localité, selon le ministère de la Défense.", THU, 'jeudi', '2025-03-13'],
  ['Le dirigeant nord-coréen a supervisé dimanche un tir de missile balistique.', WED, 'dimanche', '2024-11-03'],
  ['Les manifestants se sont rassemblés samedi devant le Parlement géorgien.', TUE, 'samedi', '2025-06-07'],
  ['Le président français a téléphoné dimanche à son homologue égyptien.', SUN, 'dimanche', '2025-09-21'],
  ["Vendredi, les autorités boliviennes ont décrété l'état d'urgence.", SUN, 'Vendredi', '2025-09-19'],
  ["Le groupe a revendiqué l'attentat mercredi dans un communiqué.", SUN, 'mercredi', '2025-09-17'],
  ["Le Hamas a lancé samedi une attaque d'une ampleur inédite contre Israël.", MON, 'samedi', '2023-10-07'],
  ['Le ministre chinois des Affaires étrangères est arrivé lundi matin à Moscou.', TUE, 'lundi matin', '2025-06-09'],
  ['Le président élu a prononcé mardi soir un discours à Palm Beach.', WED, 'mardi soir', '2024-11-05TEV'],
  ["L'interview diffusée dimanche par la BBC a suscité des critiques.", THU, 'dimanche', '2025-03-09'],
  // a participle whose folded form is a noun ("rencontré" / "rencontre", "menacé" / "menace")
  ['Le chef de la diplomatie saoudienne a rencontré mardi son homologue iranien à Riyad.', THU, 'mardi', '2025-03-11'],
  ['Le président américain a menacé lundi de frapper les installations nucléaires iraniennes.', THU, 'lundi', '2025-03-10'],
  // past infinitive: "après avoir réagi mercredi" is past
  ["Le président a jugé jeudi l'incident grave, après avoir réagi mercredi sur son réseau social.", SUN, 'mercredi', '2025-09-17'],
  ['Il a quitté le pays sans avoir rencontré lundi le chef de la junte.', THU, 'lundi', '2025-03-10'],
  // a deadline set in the past lies after the day it was set
  ["Vendredi, le président américain avait donné à son homologue jusqu'à jeudi pour accepter le plan.", '2025-11-24', 'jeudi', '2025-11-27'],
  // a reflexive with a clitic between ("s'en est pris") is a compound past, not a passive
  ["Mardi, lors d'une réunion de son cabinet, il s'en est encore pris à son homologue russe.", THU, 'Mardi', '2025-03-11'],
  // plus-que-parfait: strictly before, even on the same weekday
  ['Jeudi, le ministre avait affirmé que les élections seraient reportées.', THU, 'Jeudi', '2025-03-06'],
  ['Mardi, le gouvernement avait démenti toute rupture du cessez-le-feu.', THU, 'Mardi', '2025-03-11'],
  // future, conditional, modal, futur proche, "prévu", "attendu"
  ['Les ministres européens de la Défense se réuniront vendredi à Bruxelles.', THU, 'vendredi', '2025-03-14'],
  ['Le vote doit avoir lieu dimanche dans tout le pays.', THU, 'dimanche', '2025-03-16'],
  ["Des négociations pourraient s'ouvrir lundi à Genève.", THU, 'lundi', '2025-03-17'],
  ['Le sommet devrait se tenir samedi à Nairobi.', THU, 'samedi', '2025-03-15'],
  ['Le Premier ministre va présenter vendredi son plan de relance.', THU, 'vendredi', '2025-03-14'],
  ['La rencontre est prévue mardi à Ankara.', WED, 'mardi', '2024-11-12'],
  ['Les résultats définitifs sont attendus vendredi.', WED, 'vendredi', '2024-11-08'],
  ['La Commission européenne présentera mercredi son paquet de sanctions.', TUE, 'mercredi', '2025-06-11'],
  ['Le pape recevra jeudi le président argentin au Vatican.', SUN, 'jeudi', '2025-09-25'],
  // the governing noun: ready on Wednesday for talks to be held on Saturday
  ["Le ministre s'est dit prêt mardi à des discussions avec l'opposition samedi.", THU, 'mardi', '2025-03-11'],
  ["Le ministre s'est dit prêt mardi à des discussions avec l'opposition samedi.", THU, 'samedi', '2025-03-15'],
  // cue words
  ['Le Parlement votera mercredi prochain sur la réforme des retraites.', THU, 'mercredi prochain', '2025-03-19'],
  ["L'accord avait été signé samedi dernier à Doha.", THU, 'samedi dernier', '2025-03-08'],
  ["Le scrutin de dimanche passé a vu la victoire de l'opposition.", THU, 'dimanche passé', '2025-03-09'],
  ['Les électeurs moldaves voteront dimanche prochain.', SUN, 'dimanche prochain', '2025-09-28'],
  ['Les discussions ont repris ce lundi à Riyad.', THU, 'ce lundi', '2025-03-10'],
  ['Le chancelier allemand se rendra ce vendredi à Varsovie.', THU, 'ce vendredi', '2025-03-14'],
  ['Les pourparlers reprendront lundi à 10h à Genève.', SUN, 'lundi à 10h', '2025-09-22T10:00', 'TIME'],
  // day words
  ['Le président ukrainien a déclaré hier que les frappes s’intensifiaient.', TUE, 'hier', '2025-06-09'],
  ['Le texte sera examiné demain par les députés.', TUE, 'demain', '2025-06-11'],
  ['Les deux dirigeants se parleront après-demain au téléphone.', TUE, 'après-demain', '2025-06-12'],
  ["L'ambassadeur avait été convoqué avant-hier au ministère.", TUE, 'avant-hier', '2025-06-08'],
  ['Le Premier ministre israélien s’exprime aujourd’hui devant la Knesset.', TUE, 'aujourd’hui', '2025-06-10'],
  ["Le Premier ministre s'exprime aujourd'hui devant le Parlement.", TUE, "aujourd'hui", '2025-06-10'],
  ['Le gouvernement a démissionné hier soir après le vote de défiance.', MON, 'hier soir', '2023-10-08TEV'],
  ['Le Conseil de sécurité se réunit ce soir en urgence.', MON, 'ce soir', '2023-10-09TEV'],
  ['Les secours ont poursuivi ce matin leurs recherches dans les décombres.', MON, 'ce matin', '2023-10-09'],
  ['Le ministre a parlé mercredi avec son homologue.', null, 'mercredi', 'XXXX-XX-XX'],
]);
