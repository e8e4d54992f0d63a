// Latvian word lists (004 "E-PASTS", "PATEICĪBA"; SPEC §3 profile lv-valsts).
import type { Lexicon } from './types.js';

export const lv: Lexicon = {
  greetings: [
    'labdien', 'labrīt', 'labvakar', 'labu dienu', 'labu rītu', 'labu vakaru', 'sveicināti',
    'godātais', 'godātā', 'godātie', 'godātās', 'cienījamais', 'cienījamā', 'cienījamie', 'cienījamās',
    'cien.', 'god.',
  ],
  informalGreetings: ['čau', 'sveiks', 'sveika', 'sveiki', 'hei', 'hi', 'hello', 'hey', 'labs', 'čaoo', 'čauks'],
  addressForms: ['godātais', 'godātā', 'cienījamais', 'cienījamā', 'god.', 'cien.', 'kungs', 'kundze', 'kungam', 'kundzei'],
  // 004 "PATEICĪBA": "novēlēt ko pozitīvu (veiksmīgu dienu…)"
  closings: [
    'ar cieņu', 'ar labiem vēlējumiem', 'ar vislabākajiem vēlējumiem', 'veiksmīgu dienu',
    'jauku dienu', 'lai jauka diena', 'lai veiksmīga diena', 'ar sveicieniem', 'ar cieņu un labiem vēlējumiem',
  ],
  informalClosings: ['atā', 'čau', 'bye', 'paka', 'uz redzēšanos', 'līdz'],
  alphabet: 'āčēģīķļņšūž',
  acronyms: [
    'VID', 'VSAA', 'LR', 'ES', 'EU', 'SIA', 'AS', 'VAS', 'PVN', 'NVA', 'PMLP', 'VARAM', 'VK', 'MK',
    'TM', 'FM', 'IZM', 'VM', 'LM', 'EM', 'ZM', 'KM', 'AM', 'IeM', 'SM', 'VUGD', 'CSDD', 'LV', 'LT',
    'EN', 'ID', 'PDF', 'URL', 'WWW', 'EUR', 'SMS', 'IT', 'Nr', 'NR', 'RE', 'FW', 'FWD', 'TR', 'AW', 'OK',
    'VDAR', 'GDPR', 'DVS', 'CV', 'PIN', 'QR',
  ],
  escalatingPhrases: ['nomierinieties', 'jums jāsaprot', 'kāpēc jūs nevērsāties agrāk', 'jūs nesaprotat', 'mums tāda kārtība'],
  diminutives: ['dokumentiņ*', 'līgumiņ*', 'vēstulīt*', 'brīdīt*', 'minūtīt*', 'jautājumiņ*', 'parakstiņ*'],
  fillers: ['nu', 'aha', 'jā jā', 'ok', 'okei', 'tipa'],
  // `tipa` is also the genitive of `tips` (type): a filler only when set off (fillers)
  fillerPhrases: ['nu tā'],
  missingDiacritics: {},
  politeYou: ['jūs', 'jums', 'jūsu', 'jūsējais'],
  positionWords: [
    'speciālist*', 'vadītāj*', 'direktor*', 'konsultant*', 'referent*', 'padomniek*', 'vecākais',
    'vecākā', 'eksperts', 'eksperte', 'inspektor*', 'sekretār*', 'jurist*', 'vietniek*', 'analītiķ*',
    'koordinator*', 'grāmatved*', 'administrator*', 'darbiniek*', 'ierēdn*', 'projekt* vadītāj*', 'asistent*',
    // The feminine of the -nieks positions changes the stem (`darbinieks` → `darbiniece`).
    'darbiniec*', 'padomniec*', 'vietniec*', 'pārvaldniek*', 'pārvaldniec*',
    // Further posts of state and municipal staff, in both genders by their stems.
    'priekšsēdētāj*', 'lietved*', 'skolotāj*', 'audzinātāj*', 'psiholog*', 'psiholoģ*', 'metodiķ*',
    'bibliotekār*', 'arhivār*', 'inženier*', 'tehniķ*', 'operator*', 'dispečer*', 'kasier*',
    'revident*', 'auditor*', 'kontrolier*', 'pārstāvis', 'pārstāve', 'ārsts', 'ārste', 'tulks', 'tulce',
    'juriskonsult*', 'izpilddirektor*', 'loceklis', 'locekle', 'māsa', 'robežsarg*', 'ugunsdzēsēj*',
    'glābēj*', 'uzraugs', 'uzraudze', 'logopēd*', 'mediator*', 'notār*', 'izpildītāj*', 'prokuror*',
    'tiesnes*', 'tiesneš*', 'palīgs', 'palīdze',
  ],
  unitWords: ['nodaļ*', 'departament*', 'sektor*', 'daļa', 'daļas', 'birojs', 'struktūrvienīb*', 'pārvald*', 'filiāl*', 'centrs'],
  institutionWords: [
    'ministrij*', 'dienest*', 'aģentūr*', 'pārvalde', 'inspekcij*', 'birojs', 'padome', 'kanceleja',
    'valsts', 'pašvaldīb*', 'dome', 'centrs', 'vas', 'sia', 'kabinets', 'latvijas', 'republikas',
    'iestād*', 'tiesa', 'prokuratūr*', 'policij*', 'fonds', 'institūt*', 'universitāt*', 'skola', 'komisij*',
    // Schools, hospitals and the other municipal and state bodies the Lithuanian list names too.
    'ģimnāzij*', 'pirmsskol*', 'bērnudārz*', 'koledž*', 'akadēmij*', 'slimnīc*', 'muzej*', 'bibliotēk*',
    'novad*', 'pilsēt*', 'valstspilsēt*', 'saeim*', 'valdīb*', 'reģistr*', 'kase', 'sabiedrīb*', 'uzņēmum*',
  ],
  // First-person forms: a reply about a client's leave (`Jūsu atvaļinājuma pieteikums`) is no auto-reply.
  autoReplyMarkers: [
    'prombūtne', 'manas prombūtnes', 'esmu prombūtnē', 'būšu prombūtnē', 'atrodos prombūtnē', 'prombūtnē līdz',
    'esmu atvaļinājumā', 'būšu atvaļinājumā', 'atrodos atvaļinājumā', 'atvaļinājumā līdz', 'mana atvaļinājuma',
    'esmu komandējumā', 'būšu komandējumā', 'atrodos komandējumā', 'komandējumā līdz', 'mana komandējuma',
    'out of office', 'automātiskā atbilde', 'automātisks paziņojums', 'neesmu pieejam*', 'nebūšu pieejam*',
  ],
  standInMarkers: ['lūdzu sazinieties', 'sazinieties ar', 'vērsieties pie', 'aizvieto', 'aizvietotāj*', 'lūdzu, sazinieties', 'lūdzu vērsties'],
  confidentialityMarkers: ['konfidenciāl*', 'paredzēta tikai adresātam', 'tikai adresātam', 'confidential', 'konfidenciali*'],
  thanksPhrases: ['paldies par', 'pateicamies par', 'paldies, ka', 'pateicamies, ka', 'esam pateicīgi', 'paldies jums par', 'paldies jums, ka', 'pateicamies jums par'],
  // 004 E-PASTS: "aicinām klientu izteikt savu viedokli, jautājumus vai priekšlikumus … pievienojot saiti"
  feedbackPhrases: ['viedokl*', 'priekšlikum*', 'atsauksm*', 'novērtē*', 'ieteikum*', 'aptauj*'],
  noDiacriticsRequests: ['bez garumzīmēm', 'bez mīkstinājuma zīmēm', 'without diacritics'],
  months: [
    'janvār*', 'februār*', 'mart*', 'aprīl*', 'maij*', 'jūnij*', 'jūlij*', 'august*', 'septembr*',
    'oktobr*', 'novembr*', 'decembr*',
    // out-of-office replies are often bilingual (`until May 6`)
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'september', 'october', 'november', 'december',
  ],
};
