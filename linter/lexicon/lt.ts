// Lithuanian word lists. Each list cites the standard it comes from; add a word here, not code.
import type { Lexicon } from './types.js';

export const lt: Lexicon = {
  // 000 §66.4, §70.3; 002 §3.1.2.2 ("Laba diena; Labas rytas; Labas vakaras"); 000 §70.3 "Sveiki, gerb."
  greetings: [
    'laba diena', 'labą dieną', 'labas rytas', 'labą rytą', 'labas vakaras', 'labą vakarą',
    'sveiki', 'gerb.', 'gerb', 'gerbiamas', 'gerbiamasis', 'gerbiamoji', 'gerbiama',
    'gerbiami', 'gerbiamieji', 'gerbiamosios', 'gerbiamos', 'mielas', 'mieloji', 'mieli',
    'sveikiname',
  ],
  // 000 §66.4 ("vietoj „Laba diena“ vartoti „Laba“"), 002 §3.1.2.2 ("Labas; Sveikas; Laba")
  informalGreetings: [
    'labas', 'laba', 'sveikas', 'sveika', 'labukas', 'labuks', 'labutis', 'sveikutis',
    'sveikučiai', 'čia', 'alio', 'hi', 'hello', 'hey', 'hei', 'labuka', 'sw', 'sveikinu',
  ],
  addressForms: ['gerb.', 'gerb', 'gerbiamas', 'gerbiamasis', 'gerbiamoji', 'gerbiama', 'gerbiami', 'gerbiamieji', 'p.', 'ponas', 'ponia', 'pone', 'mielas', 'mieloji'],
  // 000 §70.8, annex 18; 002 §3.5 ("Viso gero; Geros dienos; Gero savaitgalio")
  closings: [
    'pagarbiai', 'su pagarba', 'su didžiausia pagarba', 'geros dienos', 'gražios dienos',
    'geros savaitės', 'gero savaitgalio', 'viso gero', 'linkiu geros dienos', 'linkime geros dienos',
    'linkėjimai', 'su linkėjimais', 'su geriausiais linkėjimais', 'nuoširdžiai', 'sėkmės',
    'geros dienos linkėdami', 'geros dienos linkėdamas', 'geros dienos linkėdama',
  ],
  // 002 §3.5: "Sudie; Viso; Iki"; "Prašom, nėra už ką" is not a closing
  informalClosings: ['sudie', 'viso', 'iki', 'ate', 'atė', 'bye', 'bye bye', 'iki greito', 'prašom', 'prašau', 'nėra už ką', 'iki pasimatymo', 'paka', 'čiau', 'čiao'],
  alphabet: 'ąčęėįšųūž',
  // 000 §70.7: capitals are shouting, acronyms are not
  acronyms: [
    'VMI', 'SĮ', 'VĮ', 'BĮ', 'VšĮ', 'LR', 'PVM', 'ES', 'UAB', 'AB', 'MB', 'IĮ', 'Nr', 'NR', 'SODRA', 'VSDFV',
    'VSD', 'PSD', 'GPM', 'NT', 'NTR', 'VĮ', 'RC', 'ID', 'PDF', 'DOCX', 'URL', 'WWW', 'HTML', 'EUR',
    'SMS', 'IT', 'EU', 'LT', 'LV', 'EN', 'TAR', 'VRK', 'VTAS', 'STT', 'FNTT', 'VPT', 'AAD', 'NVSC',
    'VSAT', 'PAGD', 'SADM', 'ŠMSM', 'VRM', 'TM', 'FM', 'KAM', 'SAM', 'UM', 'ŽŪM', 'EIM', 'APVA',
    'CPVA', 'ESO', 'LRV', 'LRS', 'VAA', 'VVTAT', 'VDI', 'RRT', 'VTEK', 'LPT', 'VMB', 'NMA', 'CVP',
    'IS', 'DVS', 'VTD', 'EPS', 'SĮ„VMB“', 'ASAP', 'CV', 'PIN', 'QR', 'OK', 'GDPR', 'BDAR', 'RE', 'FW', 'FWD', 'TR', 'AW',
  ],
  // 000 annex "Konfliktą paaštrinančios frazės" 20–27, annex 28, telephone annex 13; 002 §3.2, §3.3,
  // §3.4.2, §5.6. Phrases, not their single words with innocent uses (`jei turite klausimų`,
  // `jei nesuprantate, skambinkite`); the words the standards list alone (`Nusiraminkite`,
  // `Slepiate`, `Negalime, neišeina, nežinome`) match as words, in their 2nd/1st person plural forms.
  escalatingPhrases: [
    // 20 „Nusiraminkite“ (imperative only: `rekomenduojame nusiraminti` is 002 §5.6's own advice)
    'nusiramink*',
    // 21 „Turite, privalote“ (`turite` + infinitive: obligationVerbs)
    'turite privalote', 'turit privalot', 'privalote', 'privalot', 'privalėsite', 'privalėsit',
    // 22 „Kodėl nesikreipėte anksčiau?“
    'kodėl nesikreip* anksčiau', 'kodėl nesikreip*', 'kodėl jūs nesikreip*', 'kodėl anksčiau nesikreip*',
    // 23 „Jūs nesuprantate“; „Jūs nepasakėte“
    'jūs nesupra*', 'jūs nieko nesupra*', 'jūs nepasak*', 'jūs mums nepasak*', 'jūs man nepasak*',
    // 24 „Slepiate“
    'slepiat*', 'slėpėte', 'nuslėpėte', 'nuslepiat*', 'jūs slep*', 'jūs slėp*', 'jūs nuslėp*',
    // 25 „Aš įsitikinusi (-ęs), kad Jūs“ — missing from SPEC's list; the standard wins
    'įsitikinus* kad jūs', 'įsitikinęs kad jūs', 'įsitikinę kad jūs',
    // 26 „Nešaukite ant manęs“
    'nešauk* ant manęs', 'nerėk* ant manęs', 'nešauk* ant mūsų',
    // 27 „Negalime, neišeina, nežinome“; annex 28 „negalime padaryti, nedarome“ (not `negalima`)
    'negalime', 'negalim', 'negalėsime', 'negalėsim', 'neišeina', 'neišeis', 'nežinome', 'nežinom',
    'nedarome', 'nedarom',
    // 002 §3.4.2
    'kaip jūs galit* to nežinot*', 'kaip galit* to nežinot*', 'kaip jūs galit* nežinot*',
    'ar dar neaišku', 'ar vis dar neaišku', 'ar jums dar neaišku', 'ar jums vis dar neaišku',
    'kiek galima jums kartot*', 'kiek galima kartot*', 'kiek kartų galima kartot*', 'kiek kartų reikia kartot*',
    'pas mus tokia tvarka', 'pas mus tokios taisyklės', 'pas mus visada daug problemų',
    // telephone annex 13 „Nesikratau atsakomybės“
    'tai ne mano klaida', 'ne mano klaida', 'ne mano kaltė', 'ne mūsų klaida', 'ne mūsų kaltė',
    'aš tuo neužsiimu', 'tuo neužsiim*', 'aš to nežinau', 'to nežinau',
    // 002 §3.3 "Mes niekuomet nesakome"
    'kaip klausiat* taip aš ir atsakau', 'kaip klausiat* taip ir atsakau', 'nieko nesupratau',
    'kalbat* nesąmones', 'rašot* nesąmones', 'kalbėkit* aiškiau', 'rašykit* aiškiau',
    // 002 §3.2 "Kreipdamiesi į Klientą nesakome"
    'tai ko atėjot*', 'sakykit* greičiau',
  ],
  // Better formulations from the standards, keyed by the phrase above (escalating-phrase).
  phraseAdvice: {
    'nusiramink*': 'Aš suprantu Jūsų nepasitenkinimą. Gal galite ramiai paaiškinti, kas nutiko?',
    'turite privalote': 'Prašome …',
    privalote: 'Prašome …',
    privalėsite: 'Prašome …',
    'kodėl nesikreip* anksčiau': 'Ačiū, kad kreipėtės.',
    'kodėl nesikreip*': 'Ačiū, kad kreipėtės.',
    'kodėl jūs nesikreip*': 'Ačiū, kad kreipėtės.',
    'kodėl anksčiau nesikreip*': 'Ačiū, kad kreipėtės.',
    'jūs nesupra*': 'Norėčiau patikslinti …',
    'jūs nieko nesupra*': 'Norėčiau patikslinti …',
    'jūs nepasak*': 'Gal galite detaliau paaiškinti situaciją?',
    'jūs mums nepasak*': 'Gal galite detaliau paaiškinti situaciją?',
    'jūs man nepasak*': 'Gal galite detaliau paaiškinti situaciją?',
    'slepiat*': 'Gal galėtumėte patikslinti …?',
    'įsitikinus* kad jūs': 'Ar teisingai supratau, kad …?',
    'įsitikinęs kad jūs': 'Ar teisingai supratau, kad …?',
    'įsitikinę kad jūs': 'Ar teisingai supratau, kad …?',
    'nešauk* ant manęs': 'Suprantu Jus, tai tikrai nemaloni situacija.',
    negalime: 'Sakykite, ką galime padaryti.',
    negalim: 'Sakykite, ką galime padaryti.',
    negalėsime: 'Sakykite, ką galime padaryti.',
    neišeina: 'Sakykite, ką galime padaryti.',
    neišeis: 'Sakykite, ką galime padaryti.',
    nedarome: 'Sakykite, ką galime padaryti.',
    nežinome: 'Pasitikslinsime ir Jums atsakysime.',
    'aš to nežinau': 'Pasitikslinsiu ir Jums atsakysiu.',
    'to nežinau': 'Pasitikslinsiu ir Jums atsakysiu.',
    'kaip jūs galit* to nežinot*': 'Ar atsakiau į Jūsų klausimus?',
    'ar dar neaišku': 'Ar viskas aišku?',
    'ar vis dar neaišku': 'Ar viskas aišku?',
    'kiek galima jums kartot*': 'Ar atsakiau į Jūsų klausimus?',
    'kiek galima kartot*': 'Ar atsakiau į Jūsų klausimus?',
    'pas mus tokia tvarka': 'Nurodykite konkrečią tvarką ar teisės aktą.',
    'pas mus tokios taisyklės': 'Nurodykite konkrečią tvarką ar teisės aktą.',
    'tai ne mano klaida': 'Perduosiu Jūsų klausimą atsakingam kolegai.',
    'ne mano klaida': 'Perduosiu Jūsų klausimą atsakingam kolegai.',
    'aš tuo neužsiimu': 'Perduosiu Jūsų klausimą atsakingam kolegai.',
    'tuo neužsiim*': 'Perduosiu Jūsų klausimą atsakingam kolegai.',
    'nieko nesupratau': 'Norėčiau patikslinti …',
    'kalbėkit* aiškiau': 'Gal galėtumėte patikslinti …?',
    'rašykit* aiškiau': 'Gal galėtumėte patikslinti …?',
    'kaip klausiat* taip aš ir atsakau': 'Jei teisingai supratau, Jus domina …',
  },
  // 000 annex 21 „Turite“ in the sense "you must": followed by an infinitive (`turite pateikti`).
  obligationVerbs: ['turite', 'turit', 'turėsite', 'turėsit'],
  // 000 §70.4, annex 7; 002 §2.2 — diminutives (stems; `*` = any ending)
  diminutives: [
    'sutartėl*', 'parašiuk*', 'skolel*', 'dokumentėl*', 'laiškel*', 'klausimėl*', 'prašymėl*',
    'pažymėl*', 'minutėl*', 'sekundėl*', 'butuk*', 'mokestėl*', 'popieriuk*', 'kvituk*',
    'anketėl*', 'sąskaitėl*', 'valandėl*', 'dienel*', 'pinigėl*', 'paraiškėl*', 'formulėl*',
    'žinutėl*', 'klientuk*', 'reikalėl*', 'vaikuč*', 'truputėl*', 'biškį', 'biški',
    'ačiūk*', 'dėkuk*', 'aktel*', 'raštel*', 'pažymėlė',
  ],
  // 000 annex (telephone) 11: "nu", "aha", "jo", "ta prasme"
  // (`lapelis` = leaflet and `darbeliai` = children's crafts are ordinary words, not diminutives here)
  // matched only when set off by punctuation (familiarity): `žodžiu` = orally, `tipo` = of the type
  fillers: ['nu', 'aha', 'jo', 'mhm', 'ok', 'okei', 'oki', 'nū', 'žodžiu', 'tipo'],
  // `jo` is also a pronoun and `ok` a quoted label, so only these are fillers wherever a sentence starts.
  bareFillers: ['nu', 'aha', 'mhm', 'nū'],
  fillerPhrases: ['ta prasme'],
  // 000 annex 2; 002 §4.2.1; 003 §37 — words whose form without Lithuanian letters is not a word
  missingDiacritics: {
    aciu: 'ačiū', dekui: 'dėkui', dekoju: 'dėkoju', dekojame: 'dėkojame', dekojam: 'dėkojam',
    jusu: 'jūsų', musu: 'mūsų', del: 'dėl', uz: 'už', laiska: 'laišką', laiskas: 'laiškas',
    laisko: 'laiško', laiske: 'laiške', laiskus: 'laiškus', laisku: 'laiškų', laiskui: 'laiškui',
    prasome: 'prašome', prasau: 'prašau', prasom: 'prašom', prasymas: 'prašymas', prasyma: 'prašymą',
    prasymo: 'prašymo', prasymu: 'prašymų', siandien: 'šiandien', sios: 'šios', sis: 'šis',
    pazyma: 'pažyma', pazymos: 'pažymos', isduoti: 'išduoti', kreipkites: 'kreipkitės',
    kreipetes: 'kreipėtės', nera: 'nėra', galesite: 'galėsite',
    galetumete: 'galėtumėte', galetume: 'galėtume', zinoti: 'žinoti', issiusti: 'išsiųsti',
    issiuntem: 'išsiuntėm', issiunciau: 'išsiunčiau', menesio: 'mėnesio', menesi: 'mėnesį',
    skyriu: 'skyrių', pries: 'prieš', kodel: 'kodėl', turesite: 'turėsite', reikes: 'reikės',
    reiketu: 'reikėtų', atsiprasome: 'atsiprašome', atsiprasau: 'atsiprašau', pranesame: 'pranešame',
    pranesimas: 'pranešimas', pranesima: 'pranešimą', pranesimo: 'pranešimo', dokumenta: 'dokumentą',
    uzpildyti: 'užpildyti', uzpildykite: 'užpildykite', uzsakymas: 'užsakymas', ziureti: 'žiūrėti',
    issamiau: 'išsamiau', isnagrinejome: 'išnagrinėjome', isnagrineti: 'išnagrinėti', atsakyma: 'atsakymą',
    klausima: 'klausimą', butina: 'būtina', butinai: 'būtinai', busite: 'būsite',
    ivykdyti: 'įvykdyti', ivertinti: 'įvertinti', isigaliojo: 'įsigaliojo', igyvendinti: 'įgyvendinti',
    zodziu: 'žodžiu', zmones: 'žmonės', zmogus: 'žmogus', sianden: 'šiandien',
    rasykite: 'rašykite', rasyti: 'rašyti', parasykite: 'parašykite', parasas: 'parašas', praejusia: 'praėjusią', ateinancia: 'ateinančią', siuo: 'šiuo', sioje: 'šioje',
    siame: 'šiame', siu: 'šių', ismoka: 'išmoka', ismokos: 'išmokos',
    mokejimo: 'mokėjimo', mokejimas: 'mokėjimas', sumoketi: 'sumokėti', sumokejote: 'sumokėjote',
    pazymejimas: 'pažymėjimas', pazymejima: 'pažymėjimą', savivaldybes: 'savivaldybės', salyga: 'sąlyga', salygos: 'sąlygos',
    saskaita: 'sąskaita', saskaitos: 'sąskaitos', sarasas: 'sąrašas',
    sarase: 'sąraše', imones: 'įmonės', imone: 'įmonė', istaiga: 'įstaiga', istaigos: 'įstaigos',
    iskaitant: 'įskaitant', ikelti: 'įkelti', ikelkite: 'įkelkite', ivesti: 'įvesti', ivyko: 'įvyko', sekmes: 'sėkmės', grazios: 'gražios', linkejimai: 'linkėjimai', linkejimu: 'linkėjimų',
    // group A (missing-diacritics): more ASCII forms that are not Lithuanian words themselves
    pasto: 'pašto', pastu: 'paštu', pastas: 'paštas', taciau: 'tačiau', cia: 'čia', buti: 'būti',
    tures: 'turės', galetu: 'galėtų', zinote: 'žinote', zinau: 'žinau', ziniu: 'žinių', asmenu: 'asmenų',
    duomenu: 'duomenų', dienu: 'dienų', pinigu: 'pinigų', grazinti: 'grąžinti', siunciame: 'siunčiame',
    siunciu: 'siunčiu', issiusime: 'išsiųsime', issiunteme: 'išsiuntėme', atsiusti: 'atsiųsti',
    atsiuskite: 'atsiųskite', issiuskite: 'išsiųskite', pateikete: 'pateikėte', dekingi: 'dėkingi',
    nuosirdziai: 'nuoširdžiai', sekmingai: 'sėkmingai', zinute: 'žinutė', adresa: 'adresą',
    mokescio: 'mokesčio', mokesciai: 'mokesčiai', turetumete: 'turėtumėte', prasymai: 'prašymai', zr: 'žr',
  },
  // 000 §66.5; 001 §7.2; 002 §3.1.2.2
  politeYou: ['jūs', 'jūsų', 'jums', 'jus', 'jumis', 'jūsiškis', 'jūsiškė'],
  positionWords: [
    'specialist*', 'vyr.', 'vyriausi*', 'vyresn*', 'direktor*', 'vadov*', 'referent*', 'inspektor*',
    'konsultant*', 'patarėj*', 'administrator*', 'tarnautoj*', 'pavaduotoj*', 'koordinator*',
    'buhalter*', 'teisinink*', 'auklėtoj*', 'mokytoj*', 'psicholog*', 'darbuotoj*', 'sekretor*',
    'viršinink*', 'pareigūn*', 'vedėj*', 'valdytoj*', 'analitik*', 'kuratori*', 'ekspert*',
    'raštved*', 'vadybinink*', 'juristas', 'juristė', 'logoped*', 'slaugytoj*', 'metodinink*',
    'dispečer*', 'operator*', 'technik*', 'inžinier*', 'projekt* vadov*', 'atstov*', 'asistent*',
    'vyresnysis', 'vyresnioji', 'pirminink*', 'komendant*', 'ūkvedys', 'ūkvedė',
    'seniūnas', 'seniūnė', 'seniūnaitis', 'seniūnaitė', 'meras', 'merė', 'vicemeras', 'vicemerė', 'narys', 'narė',
    'bibliotekinink*', 'archyvar*', 'kasinink*', 'pedagog*', 'valdinink*', 'dėstytoj*', 'trener*', 'gydytoj*',
    'globėj*', 'padėjėj*', 'ekonomist*', 'finansinink*', 'raštinės', 'referentė', 'tyrėj*', 'redaktor*',
    'vertėj*', 'mediatori*', 'prižiūrėtoj*', 'kontrolier*', 'auditori*', 'tvarkytoj*', 'rengėj*',
    'registrator*', 'statistik*', 'notar*', 'antstol*', 'ugniages*', 'gelbėtoj*',
  ],
  unitWords: [
    'skyri*', 'poskyri*', 'padalin*', 'sektori*', 'grupė', 'grupės', 'biur*', 'departament*',
    'valdyb*', 'tarnybos skyrius', 'regiono', 'padalinys', 'filial*', 'kabinet*', 'dalis', 'komanda',
    // An eldership is a unit of the municipality's administration (its head, `seniūnas`, a position).
    'seniūnij*',
  ],
  institutionWords: [
    'tarnyb*', 'inspekcij*', 'ministerij*', 'savivaldyb*', 'administracij*', 'centr*', 'agentūr*',
    'sį', 'vį', 'uab', 'ab', 'všį', 'bį', 'lopšel*', 'daržel*', 'mokykl*', 'gimnazij*', 'ligonin*',
    'universitet*', 'kolegij*', 'teism*', 'prokuratūr*', 'policij*', 'fond*', 'institut*', 'rūm*',
    'komisij*', 'taryb*', 'kanceliarij*', 'muziej*', 'bibliotek*', 'būstas', 'namai', 'įstaig*',
    'įmon*', 'valstybin*', 'lietuvos', 'respublikos', 'miesto', 'rajono', 'apskrities', 'seimas',
    'vyriausyb*', 'departamentas', 'sodra', 'progimnazij*', 'laboratorij*',
  ],
  autoReplyMarkers: [
    'automatinis atsakymas', 'automatinis pranešimas', 'automatinė žinutė', 'būsiu išvyk*',
    'esu išvyk*', 'būsiu išėj*', 'atostogauju', 'atostogausiu', 'esu atostog*', 'būsiu atostog*',
    'nebūsiu darbe', 'nesu darbe', 'nedirbu iki', 'komandiruotėje iki', 'out of office',
    'nebūsiu pasiekiam*', 'negalėsiu atsakyti',
    'esu komandiruot*', 'būsiu komandiruot*', 'nedirbsiu iki', 'mano nebuvimo darbe',
  ],
  standInMarkers: ['kreipkit*', 'prašome kreiptis', 'prašau kreiptis', 'pavaduoja', 'pavaduojantis', 'pavaduojanti', 'susisiekite su', 'kreiptis į'],
  confidentialityMarkers: ['konfidencial*', 'skirta tik adresatui', 'skirtas tik adresatui', 'tik adresatui', 'confidential', 'konfidenciāl*'],
  // 002 §4.2.1 "padėkojame už laišką"
  thanksPhrases: [
    'dėkoju už', 'dėkojame už', 'dėkui už', 'ačiū už', 'dėkojame, kad', 'dėkoju, kad', 'ačiū, kad',
    'dėkojame jums už', 'dėkojame jums, kad', 'nuoširdžiai dėkojame', 'dėkojame už jūsų', 'dėkoju už jūsų',
    'esame dėkingi', 'esu dėking*', 'dėkojame už laišką', 'dėkojame už užklausą',
    'dėkoju jums už', 'dėkoju jums, kad', 'ačiū jums už', 'ačiū jums, kad', 'dėkojame, jog', 'dėkoju, jog',
    'dėkojame jums, jog', 'dėkui, kad', 'padėkoti už', 'dėkoja už',
  ],
  feedbackPhrases: ['nuomon*', 'pasiūlym*', 'atsiliepim*', 'įvertink*', 'vertinim*'],
  noDiacriticsRequests: [
    'be lietuvišk* raidžių', 'be lietuvišk* rašmenų', 'be lietuvišk* simbolių', 'lotyniškomis raidėmis',
    'be diakritik*', 'without lithuanian letters', 'without lithuanian characters', 'without diacritics',
    // group A: clients who ask for it write without the letters, and say it in other words
    'be lietuvisk* raidziu', 'be lietuvisk* rasmenu', 'be lietuvisk* simboliu', 'lotyniskomis raidemis',
    'be kabliukų', 'be kabliuku', 'be paukščiukų', 'be pauksciuku', 'nenaudok* lietuvišk*',
    'nenaudok* lietuvisk*', 'nerašyk* lietuvišk*', 'nerasyk* lietuvisk*', 'nerodo lietuvišk*',
    'nerodo lietuvisk*', 'neskaito lietuvišk*', 'neskaito lietuvisk*', 'without accents',
  ],
  months: [
    'sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo',
    'spalio', 'lapkričio', 'gruodžio',
    // out-of-office replies are often bilingual (`until May 6`)
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
  ],
};
