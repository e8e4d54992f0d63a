// Deterministic benchmark corpus: drafts shaped like the traffic of a public institution's
// mailbox (issue 5). Same seed → byte-identical files, so runs on different days compare.
//
// Shape: mostly 6–20-line replies; about 10% carry a long quoted thread (200–2,000 lines) in
// Outlook / Gmail formats; a few are pasted 1 MB threads. Lithuanian and Latvian. Breaches are
// mixed in at known rates and recorded per file in the manifest.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type CorpusLanguage = 'lt' | 'lv';
export type DraftKind = 'reply' | 'thread' | 'pasted';

/** Breaches the generator plants, each drawn at its rate in `BREACH_RATES`; names follow the rule ids they should trigger. */
export type DrawnBreach =
  | 'greeting'
  | 'greeting-informal'
  | 'all-caps'
  | 'line-length'
  | 'signature'
  | 'escalating-phrase'
  | 'missing-diacritics'
  | 'repeated-words'
  | 'personal-data'
  | 'placeholder'
  | 'max-lines'
  | 'internal-thread';

/**
 * What a draft breaks, as recorded in the manifest: the drawn breaches, and two that follow from
 * the letter's ordinary variation in Latvian (lv-valsts asks for both, 004): no invitation to give
 * feedback (30% of letters) and a signature without the e-mail line (15%).
 */
export type Breach = DrawnBreach | 'feedback-invite' | 'signature-fields';

/** Probability that a draft carries each planted breach (independent draws). */
export const BREACH_RATES: Readonly<Record<DrawnBreach, number>> = {
  greeting: 0.04,
  'greeting-informal': 0.04,
  'all-caps': 0.03,
  'line-length': 0.06,
  signature: 0.03,
  'escalating-phrase': 0.03,
  'missing-diacritics': 0.04,
  'repeated-words': 0.03,
  'personal-data': 0.02,
  placeholder: 0.03,
  'max-lines': 0.03,
  'internal-thread': 0.15, // of drafts with quoted history
};

export interface CorpusOptions {
  /** PRNG seed. */
  seed?: number;
  /** Number of drafts in total (replies + threads + pasted). */
  drafts?: number;
  /** Share of drafts carrying a quoted thread of 200–2,000 lines. */
  threadShare?: number;
  /** Number of pasted ~1 MB threads. */
  pasted?: number;
  /** Share of Latvian drafts. */
  latvianShare?: number;
}

export interface CorpusFile {
  /** Path relative to the corpus' drafts folder, e.g. `lt/reply-00001.txt`. */
  path: string;
  language: CorpusLanguage;
  kind: DraftKind;
  /** Lines in the file (header lines included). */
  lines: number;
  bytes: number;
  breaches: Breach[];
}

export interface CorpusManifest {
  seed: number;
  files: CorpusFile[];
  totalBytes: number;
  totalLines: number;
}

export const DEFAULT_CORPUS: Required<CorpusOptions> = {
  seed: 20240521,
  drafts: 10_000,
  threadShare: 0.1,
  pasted: 3,
  latvianShare: 0.2,
};

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Log-uniform integer in [min, max]: many shorter threads, a tail of long ones. */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Phrase banks
// ---------------------------------------------------------------------------------------------

interface Person {
  name: string;
  /** Vocative form for a greeting (Lithuanian), or the name as addressed (Latvian). */
  address: string;
  email: string;
}

interface Staff extends Person {
  position: string;
  unit: string;
  institution: string;
  domain: string;
}

interface Bank {
  greetings: (client: Person) => string[];
  informalGreeting: string;
  /** First content sentence, starting in lower case (follows a greeting ending in a comma). */
  openers: string[];
  topics: string[][];
  general: string[];
  closings: string[];
  clients: Person[];
  staffNames: { name: string; email: string }[];
  positions: string[];
  units: string[];
  institutions: { name: string; domain: string }[];
  phone: (r: Random) => string;
  capsLines: string[];
  escalating: string[];
  repeated: string[];
  noDiacritics: string;
  personalCode: (r: Random) => string;
  placeholders: string[];
  subjects: string[];
  replyPrefix: string;
  clientLetters: string[][];
  wroteLine: (date: string, who: string) => string;
  outlookHeader: (from: string, date: string, to: string, subject: string) => string[];
  dates: (r: Random) => string;
  internalNote: string[];
  feedback?: string;
}

const ltClients: Person[] = [
  { name: 'Jonas Jonaitis', address: 'Jonai Jonaiti', email: 'jonas.jonaitis@gmail.com' },
  { name: 'Ona Kazlauskienė', address: 'Ona Kazlauskiene', email: 'ona.kazlauskiene@yahoo.com' },
  { name: 'Petras Petraitis', address: 'Petrai Petraiti', email: 'petras.p@inbox.lt' },
  { name: 'Rasa Vaitkienė', address: 'Rasa Vaitkiene', email: 'rasa.vaitkiene@gmail.com' },
  { name: 'Tomas Kazlauskas', address: 'Tomai Kazlauskai', email: 'tomas.k@one.lt' },
  { name: 'Aldona Stankevičienė', address: 'Aldona Stankevičiene', email: 'aldona.st@gmail.com' },
  { name: 'Mindaugas Žukauskas', address: 'Mindaugai Žukauskai', email: 'm.zukauskas@gmail.com' },
  { name: 'Gintarė Balčiūnienė', address: 'Gintare Balčiūniene', email: 'gintare.b@takas.lt' },
];

const lvClients: Person[] = [
  { name: 'Jānis Bērziņš', address: 'Bērziņa kungs', email: 'janis.berzins@inbox.lv' },
  { name: 'Anna Ozoliņa', address: 'Ozoliņas kundze', email: 'anna.ozolina@gmail.com' },
  { name: 'Pēteris Kalniņš', address: 'Kalniņa kungs', email: 'peteris.k@apollo.lv' },
  { name: 'Līga Liepiņa', address: 'Liepiņas kundze', email: 'liga.liepina@gmail.com' },
  { name: 'Andris Krūmiņš', address: 'Krūmiņa kungs', email: 'andris.krumins@inbox.lv' },
];

function ltPersonalCode(r: Random): string {
  const d = [r.pick([3, 4]), ...r.digits(2).split('').map(Number)];
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  d.push(Math.floor(month / 10), month % 10, Math.floor(day / 10), day % 10);
  d.push(...r.digits(3).split('').map(Number));
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
  let k = d.reduce((s, x, i) => s + x * w1[i]!, 0) % 11;
  if (k === 10) {
    k = d.reduce((s, x, i) => s + x * w2[i]!, 0) % 11;
    if (k === 10) k = 0;
  }
  return d.join('') + String(k);
}

const ltMonths = ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'];
const lvMonths = ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const LT: Bank = {
  greetings: (c) => [
    `Laba diena, gerb. ${c.address},`,
    `Laba diena, gerb. ${c.address},`,
    'Laba diena,',
    'Sveiki,',
    `Gerb. ${c.address},`,
    'Labas rytas,',
    `Sveiki, p. ${c.address.split(' ').at(-1)},`,
  ],
  informalGreeting: 'Labas,',
  openers: [
    'dėkojame už Jūsų laišką.',
    'dėkojame, kad kreipėtės į mus.',
    'atsakydami į Jūsų paklausimą, teikiame informaciją.',
    'gavome Jūsų prašymą ir jį išnagrinėjome.',
    'dėkojame už Jūsų kantrybę.',
  ],
  topics: [
    [
      'Jūsų prašymas dėl socialinio būsto nuomos įregistruotas.',
      'Šiuo metu eilėje esate 154-oje vietoje.',
      'Eilės sąrašas atnaujinamas kasmet iki vasario 1 d.',
      'Pasikeitus šeimos sudėčiai, prašome pateikti naujus dokumentus.',
      'Būsto nuomos mokesčio kompensacija mokama kas mėnesį.',
      'Būsto apžiūrą galima suderinti su bendrovės specialistu.',
      'Šildymo sezono metu gedimus šalina avarinė tarnyba.',
    ],
    [
      'Probacijos priežiūros sąlygos nurodytos teismo nuosprendyje.',
      'Į registraciją prašome atvykti kitą pirmadienį 9 val.',
      'Apie gyvenamosios vietos pakeitimą praneškite iš anksto.',
      'Elektroninio stebėjimo įrenginį galite atsiimti skyriuje.',
      'Individualų elgesio planą aptarsime susitikimo metu.',
      'Atvykdami turėkite asmens tapatybę patvirtinantį dokumentą.',
    ],
    [
      'Vaikas įtrauktas į priėmimo į lopšelį-darželį eilę.',
      'Prašymą dėl darželio galite pateikti elektroniniu būdu.',
      'Vietų skirstymas vyks gegužės mėnesį.',
      'Apie priimtą sprendimą informuosime el. paštu.',
      'Adaptacijos laikotarpiu vaikas gali būti grupėje trumpiau.',
      'Mokestis už vaiko išlaikymą mokamas iki mėnesio 20 d.',
    ],
    [
      'Statybą leidžiantis dokumentas išduotas 2024 m. kovo 12 d.',
      'Leidimas galioja penkerius metus nuo išdavimo dienos.',
      'Trūkstamus dokumentus pateikite per Infostatybos sistemą.',
      'Prašymo nagrinėjimo terminas yra 20 darbo dienų.',
      'Projektinius pasiūlymus reikia viešinti savivaldybės svetainėje.',
      'Sprendimą galite apskųsti per vieną mėnesį nuo jo gavimo.',
    ],
  ],
  general: [
    'Jei turite klausimų, kreipkitės telefonu ar el. paštu.',
    'Daugiau informacijos rasite mūsų interneto svetainėje.',
    'https://www.vilniausbustas.lt/paslaugos/socialinis-bustas',
    'Atsakymą pateiksime ne vėliau kaip per 5 darbo dienas.',
  ],
  closings: ['Pagarbiai,', 'Pagarbiai,', 'Su pagarba', 'Geros dienos!', 'Pagarbiai'],
  clients: ltClients,
  staffNames: [
    { name: 'Rasa Petrauskienė', email: 'rasa.petrauskiene' },
    { name: 'Tomas Rimkus', email: 'tomas.rimkus' },
    { name: 'Aušra Jankauskienė', email: 'ausra.jankauskiene' },
    { name: 'Darius Stankevičius', email: 'darius.stankevicius' },
    { name: 'Giedrė Urbonienė', email: 'giedre.urboniene' },
  ],
  positions: ['Vyriausioji specialistė', 'Vyresnysis specialistas', 'Skyriaus vedėja', 'Probacijos pareigūnas', 'Patarėja'],
  units: ['Socialinės paramos skyrius', 'Švietimo skyrius', 'Statybos ir urbanistikos skyrius', 'Vilniaus regiono probacijos skyrius'],
  institutions: [
    { name: 'Utenos rajono savivaldybės administracija', domain: 'utena.lt' },
    { name: 'Lietuvos probacijos tarnyba', domain: 'probacija.lt' },
    { name: 'SĮ „Vilniaus miesto būstas“', domain: 'vilniausbustas.lt' },
    { name: 'Kauno lopšelis-darželis „Daigelis“', domain: 'daigelis.kaunas.lm.lt' },
  ],
  phone: (r) => `Tel. +370 ${r.pick(['5', '37', '389', '46'])} ${r.digits(5)}`,
  capsLines: ['PRAŠOME PATEIKTI DOKUMENTUS IKI PENKTADIENIO.', 'DĖMESIO: TERMINAS NEBUS PRATĘSTAS.', 'ATSAKYMĄ GAUSITE PAŠTU.'],
  escalating: ['Nusiraminkite, Jūsų prašymas bus išnagrinėtas.', 'Pas mus tokia tvarka, kitaip padaryti negalime.', 'Kiek galima Jums kartoti tą patį?'],
  repeated: ['Prašymą ir ir dokumentus pateikite skyriui.', 'Informuosime Jus Jus el. paštu.'],
  noDiacritics: 'aciu uz laiska, jusu prasymas gautas.',
  personalCode: (r) => `Jūsų asmens kodas ${ltPersonalCode(r)} patikrintas registre.`,
  placeholders: ['<Vardas Pavardė>', '[Vardas Pavardė]', '{{vardas}}', 'Vardenis Pavardenis'],
  subjects: ['Dėl socialinio būsto eilės', 'Dėl registracijos', 'Dėl vietos darželyje', 'Dėl statybos leidimo', 'Paklausimas', 'Dėl dokumentų'],
  replyPrefix: 'RE: ',
  clientLetters: [
    ['Laba diena,', 'norėčiau sužinoti, kada gausiu atsakymą dėl savo prašymo.', 'Prašymą pateikiau prieš mėnesį, bet niekas nesusisiekė.', 'Ačiū.', 'Jonas'],
    ['Sveiki,', 'kokius dokumentus reikia pateikti, kad vaikas gautų vietą darželyje?', 'Ar galima pateikti prašymą internetu, ar reikia atvykti?', 'Aciu uz atsakyma', 'Rasa'],
    ['Laba diena,', 'šildymas bute neveikia jau trečią dieną, prašau padėti.', 'Skambinau kelis kartus, bet niekas neatsiliepė.', 'Kada atvyks meistras?', 'Ona K.'],
    ['Gerbiamieji,', 'negaliu atvykti į registraciją pirmadienį, nes dirbu.', 'Ar būtų galima atvykti antradienį po 17 val.?', 'Su pagarba', 'Petras Petraitis'],
  ],
  wroteLine: (date, who) => `${date}, ${who} rašė:`,
  outlookHeader: (from, date, to, subject) => [
    '-----Originalus laiškas-----',
    `Nuo: ${from}`,
    `Išsiųsta: ${date}`,
    `Kam: ${to}`,
    `Tema: ${subject}`,
  ],
  dates: (r) => `2024 m. ${ltMonths[r.int(0, 11)]} ${r.int(1, 28)} d. ${pad2(r.int(8, 17))}:${pad2(r.int(0, 59))}`,
  internalNote: ['Kolega,', 'perduodu šį klausimą Jums atsakyti, klientas skundžiasi jau antrą kartą.', 'Ačiū', 'Tomas'],
};

const LV: Bank = {
  greetings: (c) => [
    `Labdien, ${c.address}!`,
    'Labdien!',
    `Cienījamā ${c.name}!`,
    'Sveicināti!',
    'Labrīt!',
  ],
  informalGreeting: 'Čau!',
  openers: [
    'Paldies par Jūsu vēstuli.',
    'Paldies, ka sazinājāties ar mums.',
    'Atbildot uz Jūsu jautājumu, sniedzam informāciju.',
    'Esam saņēmuši Jūsu iesniegumu un to izskatījuši.',
  ],
  topics: [
    [
      'Jūsu iesniegums par sociālo dzīvokli ir reģistrēts.',
      'Rindā Jūs esat 87. vietā.',
      'Rindas saraksts tiek atjaunots katru gadu līdz 1. februārim.',
      'Mainoties ģimenes sastāvam, lūdzam iesniegt jaunus dokumentus.',
    ],
    [
      'Probācijas uzraudzības nosacījumi ir noteikti tiesas spriedumā.',
      'Lūdzam ierasties reģistrācijai nākamajā pirmdienā plkst. 9.',
      'Par dzīvesvietas maiņu lūdzam paziņot iepriekš.',
    ],
    [
      'Pieteikumu bērnudārzam var iesniegt elektroniski.',
      'Vietu sadale notiks maija mēnesī.',
      'Par pieņemto lēmumu informēsim pa e-pastu.',
    ],
    [
      'Būvatļauja ir derīga piecus gadus no izdošanas dienas.',
      'Trūkstošos dokumentus lūdzam iesniegt BIS sistēmā.',
      'Iesnieguma izskatīšanas termiņš ir 20 darba dienas.',
    ],
  ],
  general: [
    'Ja Jums ir jautājumi, lūdzam sazināties pa tālruni vai e-pastu.',
    'Vairāk informācijas atradīsiet mūsu tīmekļvietnē.',
  ],
  closings: ['Ar cieņu,', 'Ar cieņu,', 'Ar labiem vēlējumiem,', 'Veiksmīgu dienu!'],
  clients: lvClients,
  staffNames: [
    { name: 'Līga Kalniņa', email: 'liga.kalnina' },
    { name: 'Andris Liepa', email: 'andris.liepa' },
    { name: 'Inese Zariņa', email: 'inese.zarina' },
  ],
  positions: ['Vecākā referente', 'Nodaļas vadītājs', 'Probācijas darbiniece', 'Konsultante'],
  units: ['Sociālo pakalpojumu nodaļa', 'Izglītības nodaļa', 'Būvvaldes nodaļa'],
  institutions: [
    { name: 'Rīgas valstspilsētas pašvaldība', domain: 'riga.lv' },
    { name: 'Valsts probācijas dienests', domain: 'vpd.gov.lv' },
    { name: 'Valsts ieņēmumu dienests', domain: 'vid.gov.lv' },
  ],
  phone: (r) => `Tālr. +371 67 ${r.digits(3)} ${r.digits(3)}`,
  capsLines: ['LŪDZAM IESNIEGT DOKUMENTUS LĪDZ PIEKTDIENAI.', 'UZMANĪBU: TERMIŅŠ NETIKS PAGARINĀTS.'],
  escalating: ['Nomierinieties, Jūsu iesniegums tiks izskatīts.'],
  repeated: ['Iesniegumu un un dokumentus lūdzam iesniegt nodaļā.'],
  noDiacritics: 'Paldies par Jusu vestuli, iesniegums ir sanemts.',
  // DDMMYY-CNNNN: C is the century (1: 1900s, 2: 2000s); another digit there is no personal code.
  personalCode: (r) => `Jūsu personas kods ${pad2(r.int(1, 28))}${pad2(r.int(1, 12))}${r.digits(2)}-${r.int(1, 2)}${r.digits(4)} ir pārbaudīts.`,
  placeholders: ['<Vārds Uzvārds>', '[Vārds Uzvārds]', '{{vards}}'],
  subjects: ['Par sociālo dzīvokli', 'Par reģistrāciju', 'Par vietu bērnudārzā', 'Par būvatļauju', 'Jautājums'],
  replyPrefix: 'RE: ',
  clientLetters: [
    ['Labdien,', 'vēlos uzzināt, kad saņemšu atbildi par savu iesniegumu.', 'Iesniegumu iesniedzu pirms mēneša.', 'Paldies', 'Jānis'],
    ['Sveiki,', 'kādi dokumenti jāiesniedz, lai bērns saņemtu vietu bērnudārzā?', 'Anna'],
  ],
  wroteLine: (date, who) => `${date} ${who} rakstīja:`,
  outlookHeader: (from, date, to, subject) => ['No: ' + from, `Nosūtīts: ${date}`, `Kam: ${to}`, `Tēma: ${subject}`],
  dates: (r) => `2024. gada ${r.int(1, 28)}. ${lvMonths[r.int(0, 11)]} ${pad2(r.int(8, 17))}:${pad2(r.int(0, 59))}`,
  internalNote: ['Kolēģi,', 'lūdzu sagatavot atbildi šim klientam, viņš raksta jau otro reizi.', 'Paldies', 'Andris'],
  feedback: 'Savu viedokli un ierosinājumus aicinām izteikt: https://www.latvija.gov.lv/atsauksmes',
};

// ---------------------------------------------------------------------------------------------
// Draft assembly
// ---------------------------------------------------------------------------------------------

interface Reply {
  lines: string[];
  breaches: Breach[];
  staff: Staff;
  client: Person;
  subject: string;
}

/**
 * The staff name `picked`, or, when that is the reply's author, the next one in the bank's list:
 * no further draw, so the random sequence (and every other draft of the corpus) stays the same.
 */
function otherStaffName(bank: Bank, picked: string, author: string): { name: string; email: string } {
  const names = bank.staffNames;
  const index = names.findIndex((staff) => staff.name === picked);
  return picked === author ? names[(index + 1) % names.length]! : names[index]!;
}

function pickStaff(r: Random, bank: Bank): Staff {
  const who = r.pick(bank.staffNames);
  const inst = r.pick(bank.institutions);
  return {
    name: who.name,
    address: who.name,
    email: `${who.email}@${inst.domain}`,
    position: r.pick(bank.positions),
    unit: r.pick(bank.units),
    institution: inst.name,
    domain: inst.domain,
  };
}

function signatureOf(r: Random, bank: Bank, s: Staff): string[] {
  const lines = [s.name, s.position];
  if (r.chance(0.8)) lines.push(s.unit);
  lines.push(s.institution, bank.phone(r));
  if (r.chance(0.85)) lines.push(`El. p. ${s.email}`.replace('El. p.', bank === LV ? 'E-pasts:' : 'El. p.'));
  return lines;
}

/** A staff reply: greeting, content, closing, signature; breaches planted at BREACH_RATES. */
function makeReply(r: Random, bank: Bank, lang: CorpusLanguage, plant: boolean, who?: { staff: Staff; client: Person }): Reply {
  const client = who?.client ?? r.pick(bank.clients);
  const staff = who?.staff ?? pickStaff(r, bank);
  const breaches: Breach[] = [];
  const has = (b: DrawnBreach): boolean => {
    const hit = plant && r.chance(BREACH_RATES[b]);
    if (hit) breaches.push(b);
    return hit;
  };

  let greeting: string | undefined = r.pick(bank.greetings(client));
  if (has('greeting')) greeting = undefined;
  else if (has('greeting-informal')) greeting = bank.informalGreeting;

  const content: string[] = [];
  let opener = r.pick(bank.openers);
  if (lang === 'lt' && has('missing-diacritics')) opener = bank.noDiacritics;
  // After a "!" greeting the letter goes on with a capital (000 §70.3).
  if (greeting?.endsWith('!')) opener = opener[0]!.toUpperCase() + opener.slice(1);
  content.push(opener);

  const topic = r.pick(bank.topics);
  const wantMany = has('max-lines');
  const n = wantMany ? r.int(13, 16) : r.int(1, Math.min(7, topic.length + 2));
  for (let i = 0; i < n; i++) content.push(i < topic.length && !wantMany ? topic[i]! : r.pick([...topic, ...bank.general]));
  if (r.chance(0.4)) content.push(r.pick(bank.general));
  if (bank.feedback && r.chance(0.7)) content.push(bank.feedback);
  else if (bank.feedback && plant) breaches.push('feedback-invite');

  const insertAt = (line: string): void => {
    content.splice(r.int(1, content.length), 0, line);
  };
  if (has('all-caps')) insertAt(r.pick(bank.capsLines));
  if (has('escalating-phrase')) insertAt(r.pick(bank.escalating));
  if (has('repeated-words')) insertAt(r.pick(bank.repeated));
  if (has('personal-data')) insertAt(bank.personalCode(r));
  if (has('line-length') && content.length >= 2) {
    // Two sentences typed on one line: > 70 characters.
    const i = r.int(0, content.length - 2);
    content.splice(i, 2, `${content[i]} ${content[i + 1]} ${r.pick(bank.general)}`);
  }
  if (has('placeholder')) {
    if (greeting && r.chance(0.5)) greeting = `${greeting.split(',')[0]!.split('!')[0]}, ${r.pick(bank.placeholders)},`;
    else insertAt(`${bank === LV ? 'Kontaktpersona' : 'Kontaktinis asmuo'}: ${r.pick(bank.placeholders)}.`);
  }

  const lines: string[] = [];
  if (greeting) lines.push(greeting, '');
  // Group content into paragraphs of 1–3 lines.
  let i = 0;
  while (i < content.length) {
    const k = r.int(1, 3);
    lines.push(...content.slice(i, i + k));
    i += k;
    if (i < content.length && r.chance(0.6)) lines.push('');
  }
  lines.push('');
  lines.push(r.pick(bank.closings));
  if (!has('signature')) {
    const signature = signatureOf(r, bank, staff);
    lines.push(...signature);
    // lv-valsts, under which the Latvian letters go, requires the e-mail in the signature (004 E-PASTS).
    if (plant && bank === LV && !signature.some((line) => line.includes('@'))) breaches.push('signature-fields');
  }

  const subject = bank.replyPrefix + r.pick(bank.subjects);
  return { lines, breaches, staff, client, subject };
}

function englishDate(r: Random): string {
  const h = r.int(8, 17);
  return `${enDays[r.int(0, 4)]}, ${enMonths[r.int(0, 11)]} ${r.int(1, 28)}, 2024 ${h > 12 ? h - 12 : h}:${pad2(r.int(0, 59))} ${h >= 12 ? 'PM' : 'AM'}`;
}

type QuoteStyle = 'outlook-en' | 'outlook-local' | 'outlook-line' | 'gmail';

/**
 * Quoted history under a reply until it holds at least `targetLines` lines (or `targetBytes`):
 * alternating client letters and earlier staff answers, in one of the common client formats.
 */
function quotedHistory(
  r: Random,
  bank: Bank,
  reply: Reply,
  style: QuoteStyle,
  target: { lines?: number; bytes?: number },
  internal: boolean,
): string[] {
  const out: string[] = [];
  let bytes = 0;
  let depth = 0;
  let fromClient = true;
  let internalPlaced = !internal;
  const clientAddr = `${reply.client.name} <${reply.client.email}>`;
  const staffAddr = `${reply.staff.name} <${reply.staff.email}>`;
  const push = (line: string): void => {
    out.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  };
  const done = (): boolean =>
    (target.lines !== undefined && out.length >= target.lines) || (target.bytes !== undefined && bytes >= target.bytes);

  while (!done()) {
    let body: string[];
    let from: string;
    let to: string;
    if (!internalPlaced && out.length > 20) {
      // A note between two colleagues left in the history (001 §10, 003 §35 breach). Two: a
      // note from the author to the author is no staff thread, and under a Gmail attribution
      // (sender only) it reads as staff following up their own message.
      const colleague = otherStaffName(bank, pickStaff(r, bank).name, reply.staff.name);
      body = bank.internalNote;
      from = `${colleague.name} <${colleague.email}@${reply.staff.domain}>`;
      to = staffAddr;
      internalPlaced = true;
    } else if (fromClient) {
      body = r.pick(bank.clientLetters);
      from = clientAddr;
      to = staffAddr;
      fromClient = false;
    } else {
      body = makeReply(r, bank, bank === LV ? 'lv' : 'lt', false, reply).lines;
      from = staffAddr;
      to = clientAddr;
      fromClient = true;
    }
    const date = style === 'outlook-en' || style === 'outlook-line' ? englishDate(r) : bank.dates(r);
    const subject = reply.subject;
    if (style === 'gmail') {
      depth = Math.min(depth + 1, 8);
      const prefix = '> '.repeat(depth - 1);
      push('');
      push(prefix + bank.wroteLine(date, from));
      for (const line of body) push((prefix + '> ' + line).trimEnd());
    } else {
      push('');
      if (style === 'outlook-en') {
        push('-----Original Message-----');
        push(`From: ${from}`);
        push(`Sent: ${date}`);
        push(`To: ${to}`);
        push(`Subject: ${subject}`);
      } else if (style === 'outlook-line') {
        push('________________________________');
        push(`From: ${from}`);
        push(`Sent: ${date}`);
        push(`To: ${to}`);
        push(`Subject: ${subject}`);
      } else {
        for (const h of bank.outlookHeader(from, date, to, subject)) push(h);
      }
      push('');
      for (const line of body) push(line);
    }
  }
  return out;
}

function headerLines(r: Random, reply: Reply, withHeaders: boolean): string[] {
  if (!withHeaders) return [];
  const h = [`Subject: ${reply.subject}`];
  if (r.chance(0.5)) h.push(`From: ${reply.staff.email}`);
  h.push(`To: ${reply.client.email}`);
  h.push('');
  return h;
}

export interface GeneratedDraft {
  text: string;
  language: CorpusLanguage;
  kind: DraftKind;
  breaches: Breach[];
}

function draftOf(r: Random, language: CorpusLanguage, kind: DraftKind): GeneratedDraft {
  const bank = language === 'lv' ? LV : LT;
  const reply = makeReply(r, bank, language, true);
  const withHeaders = kind !== 'reply' || r.chance(0.6);
  // The invitation is asked of a reply (004: "atbildes nobeigumā"); a letter with neither its
  // `RE:` subject nor a quote does not show it is one, so its missing invitation is no breach.
  const breaches = withHeaders ? [...reply.breaches] : reply.breaches.filter((breach) => breach !== 'feedback-invite');
  const lines = [...headerLines(r, reply, withHeaders), ...reply.lines];
  if (kind !== 'reply') {
    const internal = r.chance(BREACH_RATES['internal-thread']);
    if (internal) breaches.push('internal-thread');
    const style: QuoteStyle =
      kind === 'pasted' ? r.pick(['outlook-en', 'outlook-local'] as const) : r.pick(['outlook-en', 'outlook-local', 'outlook-line', 'gmail'] as const);
    // 1 MB (10^6 bytes): just under the CLI's 1 MiB limit for a .txt input (cli/readers/bytes.ts).
    const target = kind === 'pasted' ? { bytes: 1_000_000 } : { lines: r.logInt(200, 2000) };
    lines.push(...quotedHistory(r, bank, reply, style, target, internal));
  }
  return { text: lines.join('\n') + '\n', language, kind, breaches };
}

/** A typical 12-line Lithuanian draft (body only), fixed for latency measurements. */
export function typicalDraft(seed = 12): string {
  const r = new Random(mulberry32(seed));
  for (;;) {
    const reply = makeReply(r, LT, 'lt', false);
    if (reply.lines.length === 12) return reply.lines.join('\n') + '\n';
  }
}

/** A Lithuanian reply above a quoted thread of exactly `lines` body lines in total. */
export function threadDraft(lines = 2000, seed = 2000): string {
  const r = new Random(mulberry32(seed));
  const reply = makeReply(r, LT, 'lt', false);
  const history = quotedHistory(r, LT, reply, 'outlook-local', { lines: lines - reply.lines.length }, false);
  return [...reply.lines, ...history].slice(0, lines).join('\n') + '\n';
}

/** Generate drafts in memory (deterministic for a seed). */
export function* generateDrafts(options: CorpusOptions = {}): Generator<GeneratedDraft> {
  const o = { ...DEFAULT_CORPUS, ...options };
  const r = new Random(mulberry32(o.seed));
  const threads = Math.round(o.drafts * o.threadShare);
  const pasted = Math.min(o.pasted, o.drafts);
  // Spread threads and pasted drafts evenly through the sequence so any prefix is representative.
  const threadEvery = threads > 0 ? o.drafts / threads : Infinity;
  const pastedEvery = pasted > 0 ? o.drafts / pasted : Infinity;
  let nextThread = threadEvery / 2;
  let nextPasted = pastedEvery / 2 + 0.25;
  for (let i = 0; i < o.drafts; i++) {
    let kind: DraftKind = 'reply';
    if (i + 1 > nextPasted) {
      kind = 'pasted';
      nextPasted += pastedEvery;
    } else if (i + 1 > nextThread) {
      kind = 'thread';
      nextThread += threadEvery;
    }
    const language: CorpusLanguage = r.chance(o.latvianShare) ? 'lv' : 'lt';
    yield draftOf(r, language, kind);
  }
}

/**
 * Write the corpus under `dir/drafts/{lt,lv}/` and `dir/manifest.json`; `dir` is emptied first.
 * Latvian drafts sit in a folder whose `.emaillintrc.json` selects the `lv-valsts` profile.
 */
export function writeCorpus(dir: string, options: CorpusOptions = {}): CorpusManifest {
  const o = { ...DEFAULT_CORPUS, ...options };
  rmSync(dir, { recursive: true, force: true });
  const draftsDir = join(dir, 'drafts');
  mkdirSync(join(draftsDir, 'lt'), { recursive: true });
  mkdirSync(join(draftsDir, 'lv'), { recursive: true });
  writeFileSync(join(draftsDir, 'lv', '.emaillintrc.json'), JSON.stringify({ profile: 'lv-valsts' }, null, 2) + '\n');
  const files: CorpusFile[] = [];
  let totalBytes = 0;
  let totalLines = 0;
  let n = 0;
  for (const d of generateDrafts(o)) {
    n++;
    const path = `${d.language}/${d.kind}-${String(n).padStart(5, '0')}.txt`;
    const buf = Buffer.from(d.text, 'utf8');
    writeFileSync(join(draftsDir, path), buf);
    const lines = d.text.split('\n').length - 1;
    files.push({ path, language: d.language, kind: d.kind, lines, bytes: buf.length, breaches: d.breaches });
    totalBytes += buf.length;
    totalLines += lines;
  }
  const manifest: CorpusManifest = { seed: o.seed, files, totalBytes, totalLines };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest) + '\n');
  return manifest;
}
