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
  // 000 annex "Konfliktą paaštrinančios frazės" 20–27, annex 13 (telephone); 002 §3.3, §3.4.2, §5.6
  escalatingPhrases: [
    'nusiramink*',
    'turite privalote', 'turit privalot', 'jūs privalote', 'jūs privalot', 'privalote',
    'kodėl nesikreip* anksčiau',
    'jūs nesuprant*', 'jūs nepasak*', 'nesuprantate', 'nepasakėte',
    'slepiat*', 'slepiate', 'slepiat', 'slėpėte',
    'nešauk* ant manęs',
    'negalim*', 'neišeina', 'nežinom*',
    'kaip jūs galit* to nežinot*', 'kaip jūs galite to nežinoti',
    'ar dar neaišku', 'kiek galima jums kartot*', 'kiek galima kartot*',
    'pas mus tokia tvarka', 'pas mus tokios taisyklės', 'pas mus visada daug problemų',
    'tai ne mano klaida', 'ne mano klaida', 'aš tuo neužsiimu', 'aš to nežinau',
    // 000 annex 25, 002 §5.6 — missing from SPEC's list; the standard wins
    'aš įsitikinus* kad jūs', 'aš įsitikin* kad jūs',
    // 002 §3.3 "Mes niekuomet nesakome"
    'kaip klausiat* taip aš ir atsakau', 'nieko nesupratau', 'kalbat* nesąmones', 'kalbėkit* aiškiau',
    'tai ko atėjot*', 'sakykit* greičiau',
  ],
  // 000 §70.4, annex 7; 002 §2.2 — diminutives (stems; `*` = any ending)
  diminutives: [
    'sutartėl*', 'parašiuk*', 'skolel*', 'dokumentėl*', 'laiškel*', 'klausimėl*', 'prašymėl*',
    'pažymėl*', 'minutėl*', 'sekundėl*', 'butuk*', 'mokestėl*', 'popieriuk*', 'kvituk*',
    'anketėl*', 'sąskaitėl*', 'valandėl*', 'dienel*', 'pinigėl*', 'paraiškėl*', 'formulėl*',
    'lapel*', 'žinutėl*', 'klientuk*', 'darbel*', 'reikalėl*', 'vaikuč*', 'truputėl*', 'biškį', 'biški',
    'ačiūk*', 'dėkuk*', 'aktel*', 'raštel*', 'pažymėlė',
  ],
  // 000 annex (telephone) 11: "nu", "aha", "jo", "ta prasme"
  fillers: ['nu', 'aha', 'jo', 'mhm', 'ok', 'okei', 'oki', 'nū', 'žodžiu', 'kaip ir'],
  fillerPhrases: ['ta prasme', 'tipo'],
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
    issiuntem: 'išsiuntėm', issiuntiau: 'išsiunčiau', menesio: 'mėnesio', menesi: 'mėnesį',
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
    'vyresnysis', 'vyresnioji', 'pirminink*', 'seniūn*', 'komendant*', 'ūkvedys', 'ūkvedė',
  ],
  unitWords: [
    'skyri*', 'poskyri*', 'padalin*', 'sektori*', 'grupė', 'grupės', 'biur*', 'departament*',
    'valdyb*', 'tarnybos skyrius', 'regiono', 'padalinys', 'filial*', 'kabinet*', 'dalis', 'komanda',
  ],
  institutionWords: [
    'tarnyb*', 'inspekcij*', 'ministerij*', 'savivaldyb*', 'administracij*', 'centr*', 'agentūr*',
    'sį', 'vį', 'uab', 'ab', 'všį', 'bį', 'lopšel*', 'daržel*', 'mokykl*', 'gimnazij*', 'ligonin*',
    'universitet*', 'kolegij*', 'teism*', 'prokuratūr*', 'policij*', 'fond*', 'institut*', 'rūm*',
    'komisij*', 'taryb*', 'kanceliarij*', 'muziej*', 'bibliotek*', 'būstas', 'namai', 'įstaig*',
    'įmon*', 'valstybin*', 'lietuvos', 'respublikos', 'miesto', 'rajono', 'apskrities', 'seimas',
    'vyriausyb*', 'departamentas', 'sodra',
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
  ],
  months: [
    'sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo',
    'spalio', 'lapkričio', 'gruodžio',
    // out-of-office replies are often bilingual (`until May 6`)
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
  ],
};
