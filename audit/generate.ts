// Deterministic mbox generator for the audit's tests and benchmark (issue 4): N sent and received
// messages across months, staff and units with known breach rates per rule, plus auto-replies,
// internal-only mail, received mail and one malformed message. Message i depends only on
// (seed, i), so the expected figures are known without linting anything.
//
//   node dist/audit/generate.js --messages 10000 --out sent.mbox --units units.json --expected expected.json

import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { toMboxEntry } from './mbox.js';

export const INTERNAL_DOMAIN = 'institucija.lt';

/** Staff: address, name, position, unit. `care` < 1 makes fewer mistakes than average. */
export const staff = [
  { address: 'ona.petraitiene@institucija.lt', name: 'Ona Petraitienė', position: 'Vyriausioji specialistė', unit: 'Klientų aptarnavimo skyrius', care: 0.5 },
  { address: 'jonas.kazlauskas@institucija.lt', name: 'Jonas Kazlauskas', position: 'Vyresnysis specialistas', unit: 'Klientų aptarnavimo skyrius', care: 1 },
  { address: 'rasa.jankauskaite@institucija.lt', name: 'Rasa Jankauskaitė', position: 'Specialistė', unit: 'Klientų aptarnavimo skyrius', care: 1.4 },
  { address: 'tomas.zukauskas@institucija.lt', name: 'Tomas Žukauskas', position: 'Patarėjas', unit: 'Teisės skyrius', care: 0.7 },
  { address: 'lina.butkiene@institucija.lt', name: 'Lina Butkienė', position: 'Vyriausioji specialistė', unit: 'Teisės skyrius', care: 1.2 },
  { address: 'darius.stankevicius@institucija.lt', name: 'Darius Stankevičius', position: 'Specialistas', unit: 'Finansų skyrius', care: 1.6 },
  { address: 'egle.vasiliauskiene@institucija.lt', name: 'Eglė Vasiliauskienė', position: 'Vedėjo pavaduotoja', unit: 'Finansų skyrius', care: 0.6 },
  { address: 'mindaugas.urbonas@kaunas.institucija.lt', name: 'Mindaugas Urbonas', position: 'Vyresnysis specialistas', unit: 'Kauno skyrius', care: 1 },
  { address: 'ieva.navickiene@kaunas.institucija.lt', name: 'Ieva Navickienė', position: 'Specialistė', unit: 'Kauno skyrius', care: 1.1 },
] as const;

const clients = [
  { address: 'jonas.jonaitis@gmail.com', name: 'Jonas Jonaitis' },
  { address: 'aldona.m@yahoo.com', name: 'Aldona Mikalauskienė' },
  { address: 'info@uab-statyba.lt', name: 'UAB Statyba' },
  { address: 'petras1970@one.lt', name: '' },
  { address: 'laura.k@inbox.lt', name: 'Laura Kairytė' },
  { address: 'v.sakalauskas@outlook.com', name: 'Vytautas Sakalauskas' },
];

/** Rules a generated message breaks on purpose, with their nominal share of checked messages. */
export const defectRates = {
  greeting: 0.2,
  'greeting-informal': 0.05,
  'all-caps': 0.1,
  'sign-off': 0.08,
  'line-length': 0.15,
  'signature-fields': 0.06,
  'personal-data': 0.03,
} as const;
export type Defect = keyof typeof defectRates;
export const defects = Object.keys(defectRates) as Defect[];
export const errorDefects: Defect[] = ['greeting', 'greeting-informal', 'all-caps', 'sign-off', 'signature-fields'];

export const kindRates = { 'auto-reply': 0.03, 'internal-only': 0.02, received: 0.03 } as const;

export interface GenerateOptions {
  messages: number;
  seed?: number;
  /** First month `YYYY-MM`; messages spread evenly over `months` months. */
  startMonth?: string;
  months?: number;
  /** Index of the one malformed message (default: the middle; -1 = none). */
  malformedAt?: number;
}

export type PlannedKind = 'sent' | 'auto-reply' | 'internal-only' | 'received' | 'malformed';

export interface PlannedMessage {
  index: number;
  kind: PlannedKind;
  staff: (typeof staff)[number];
  client: (typeof clients)[number];
  date: Date;
  month: string;
  reply: boolean;
  defects: Defect[];
  encoding: '8bit' | 'quoted-printable' | 'base64' | 'windows-1257' | 'html';
}

/** A small, fast, seedable PRNG: the stream for message i depends only on (seed, i). */
function rngFor(seed: number, index: number): () => number {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function planMessage(index: number, options: GenerateOptions): PlannedMessage {
  const rng = rngFor(options.seed ?? 1, index);
  const months = options.months ?? 12;
  const [y, m] = (options.startMonth ?? '2025-01').split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 1, 1);
  const end = Date.UTC(y, m - 1 + months, 1);
  // Even spread in time, so each month gets its share; a few hours of jitter inside the day.
  const time = start + Math.floor(((index + 0.5) / options.messages) * (end - start - 86_400_000)) + Math.floor(rng() * 3_600_000);
  const date = new Date(time);
  const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  const monthIndex = (date.getUTCFullYear() - y) * 12 + date.getUTCMonth() - (m - 1);
  const person = staff[Math.floor(rng() * staff.length)]!;
  const client = clients[Math.floor(rng() * clients.length)]!;
  const malformedAt = options.malformedAt ?? (options.messages >= 10 ? Math.floor(options.messages / 2) : -1);
  let kind: PlannedKind = 'sent';
  const k = rng();
  if (index === malformedAt) kind = 'malformed';
  else if (k < kindRates['auto-reply']) kind = 'auto-reply';
  else if (k < kindRates['auto-reply'] + kindRates['internal-only']) kind = 'internal-only';
  else if (k < kindRates['auto-reply'] + kindRates['internal-only'] + kindRates.received) kind = 'received';
  // The unit gets better month by month: mistakes are 30 % likelier than nominal in the first
  // month and 25 % less likely in the twelfth.
  const trend = 1.3 - (0.55 * Math.min(monthIndex, 11)) / 11;
  const chosen: Defect[] = [];
  const g = rng();
  if (g < defectRates.greeting * trend * person.care) chosen.push('greeting');
  else if (g < (defectRates.greeting + defectRates['greeting-informal']) * trend * person.care) chosen.push('greeting-informal');
  for (const d of ['all-caps', 'sign-off', 'line-length', 'signature-fields', 'personal-data'] as const) {
    if (rng() < defectRates[d] * trend * person.care) chosen.push(d);
  }
  const e = rng();
  const encoding = e < 0.5 ? '8bit' : e < 0.7 ? 'quoted-printable' : e < 0.85 ? 'base64' : e < 0.93 ? 'windows-1257' : 'html';
  return { index, kind, staff: person, client, date, month, reply: rng() < 0.7, defects: kind === 'sent' ? chosen : [], encoding };
}

/** A valid Lithuanian personal code (the check digit as the Civil Registry computes it). */
export function ltPersonalCode(seedDigits: string): string {
  const d = seedDigits.slice(0, 10).split('').map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
  let s = d.reduce((a, x, i) => a + x * w1[i]!, 0) % 11;
  if (s === 10) {
    s = d.reduce((a, x, i) => a + x * w2[i]!, 0) % 11;
    if (s === 10) s = 0;
  }
  return seedDigits.slice(0, 10) + String(s);
}

const contentSentences = [
  ['informuojame, kad Jūsų prašymas gautas ir bus išnagrinėtas', 'per dvidešimt darbo dienų.'],
  ['dėkojame už Jūsų laišką. Prašymą perdavėme Teisės skyriui,', 'kuris Jums atsakys iki kito mėnesio pabaigos.'],
  ['pranešame, kad reikiamus dokumentus galite pateikti elektroniniu', 'paštu arba atvykę į mūsų įstaigą darbo valandomis.'],
  ['atsakydami į Jūsų klausimą informuojame, kad mokestis už paslaugą', 'nustatytas institucijos vadovo įsakymu.'],
];
const extraLines = [
  'Prireikus papildomos informacijos, maloniai prašome kreiptis.',
  'Sprendimą galite apskųsti teisės aktų nustatyta tvarka.',
  'Dokumentų kopijas siunčiame kartu su šiuo laišku.',
];
const greetings = ['Laba diena,', 'Sveiki,', 'Labas rytas,'];
const subjects = ['Dėl prašymo', 'Dėl dokumentų pateikimo', 'Dėl mokesčio už paslaugą', 'Dėl pažymos išdavimo'];

function bodyLines(p: PlannedMessage, rng: () => number): string[] {
  const lines: string[] = [];
  const [first, second] = contentSentences[Math.floor(rng() * contentSentences.length)]!;
  if (p.defects.includes('greeting')) {
    lines.push(first[0]!.toUpperCase() + first.slice(1), second);
  } else {
    lines.push(p.defects.includes('greeting-informal') ? 'Labas,' : greetings[Math.floor(rng() * greetings.length)]!, '', first, second);
  }
  lines.push('', extraLines[Math.floor(rng() * extraLines.length)]!);
  if (p.defects.includes('all-caps')) lines.push('PRAŠOME ATVYKTI SU ASMENS DOKUMENTU IR PRAŠYMO ORIGINALU.');
  if (p.defects.includes('line-length'))
    lines.push('Daugiau informacijos apie prašymų nagrinėjimo tvarką rasite institucijos interneto svetainėje.');
  if (p.defects.includes('personal-data')) {
    const digits = `3${String(80 + (p.index % 20))}0${1 + (p.index % 9)}${String(10 + (p.index % 18))}${String(p.index % 1000).padStart(3, '0')}`;
    lines.push(`Pažyma išduota asmeniui, kurio asmens kodas ${ltPersonalCode(digits)}.`);
  }
  lines.push('');
  if (p.defects.includes('sign-off')) lines.push('-- ');
  else lines.push('Pagarbiai,');
  lines.push(p.staff.name, p.staff.position, p.staff.unit);
  if (!p.defects.includes('signature-fields')) lines.push('Tel. +370 5 212 3456');
  lines.push(`El. p. ${p.staff.address}`);
  if (p.reply) {
    lines.push('', `${p.date.getUTCFullYear()}-01-05, ${p.client.name || p.client.address} rašė:`, '> Laba diena,', '> kada galėsiu gauti pažymą?', `> ${p.client.name || 'Klientas'}`);
  }
  return lines;
}

function encodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch = b === 10 ? '\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (ch === '\n') {
      out += `${line.replace(/ $/, '=20')}\n`;
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += `${line}=\n`;
      line = '';
    }
    line += ch;
  }
  return out + line;
}

// windows-1257 (Baltic) for the Lithuanian letters the generator uses.
const cp1257: Record<string, number> = { ą: 0xe0, č: 0xe8, ę: 0xe6, ė: 0xeb, į: 0xe1, š: 0xf0, ų: 0xf8, ū: 0xfb, ž: 0xfe, Ą: 0xc0, Č: 0xc8, Ę: 0xc6, Ė: 0xcb, Į: 0xc1, Š: 0xd0, Ų: 0xd8, Ū: 0xdb, Ž: 0xde };
function encodeWindows1257(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => cp1257[c] ?? (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 0x3f)));
}

const encodeWord = (text: string): string => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`);
const mailbox = (name: string, address: string): string => (name ? `${encodeWord(name)} <${address}>` : address);
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The raw RFC 5322 message of a plan (LF line ends; latin1 string of bytes for windows-1257). */
export function renderMessage(p: PlannedMessage, options: GenerateOptions): string {
  const rng = rngFor((options.seed ?? 1) + 7919, p.index);
  if (p.kind === 'malformed') return 'this line is not a header\n\x00\x01\x02 garbage from a broken export\n';
  const subjectBase = subjects[p.index % subjects.length]!;
  let from = mailbox(p.staff.name, p.staff.address);
  let to = mailbox(p.client.name, p.client.address);
  let subject = p.reply ? `RE: ${subjectBase}` : subjectBase;
  const extra: string[] = [];
  let lines: string[];
  if (p.kind === 'received') {
    [from, to] = [to, from];
    subject = subjectBase;
    lines = ['Laba diena,', 'kada galėsiu gauti pažymą?', 'Ačiū'];
  } else if (p.kind === 'internal-only') {
    const colleague = staff[(staff.indexOf(p.staff) + 1) % staff.length]!;
    to = mailbox(colleague.name, colleague.address);
    subject = `FW: ${subjectBase}`;
    lines = ['Sveika,', 'PERŽIŪRĖK ŠITĄ', 'Ačiū'];
  } else if (p.kind === 'auto-reply') {
    const variant = p.index % 4;
    if (variant === 0) extra.push('Auto-Submitted: auto-replied');
    else if (variant === 1) extra.push('X-Autoreply: yes');
    else if (variant === 2) extra.push('Precedence: auto_reply');
    subject = variant === 3 ? `Automatinis atsakymas: ${subjectBase}` : `Out of Office: ${subjectBase}`;
    lines = ['ATOSTOGAUJU', 'Būsiu darbe po savaitės.'];
  } else lines = bodyLines(p, rng);
  const text = `${lines.join('\n')}\n`;
  const headers = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${encodeWord(subject)}`,
    `Date: ${p.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <gen-${options.seed ?? 1}-${p.index}@${INTERNAL_DOMAIN}>`,
    ...(p.reply && p.kind === 'sent' ? [`In-Reply-To: <client-${p.index}@example.com>`] : []),
    ...extra,
    'MIME-Version: 1.0',
  ];
  switch (p.kind === 'sent' ? p.encoding : '8bit') {
    case 'quoted-printable':
      return `${headers.join('\n')}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${encodeQuotedPrintable(text)}`;
    case 'base64':
      return `${headers.join('\n')}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n')}\n`;
    case 'windows-1257':
      return `${headers.join('\n')}\nContent-Type: text/plain; charset=windows-1257\nContent-Transfer-Encoding: 8bit\n\n${encodeWindows1257(text).toString('latin1')}`;
    case 'html': {
      const html = lines.map((l) => (l === '' ? '<p class=MsoNormal>&nbsp;</p>' : `<p class=MsoNormal>${escapeHtml(l)}</p>`)).join('\n');
      return `${headers.join('\n')}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${Buffer.from(`<html><body>${html}</body></html>\n`, 'utf8').toString('latin1')}`;
    }
    default:
      return `${headers.join('\n')}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${Buffer.from(text, 'utf8').toString('latin1')}`;
  }
}

/** The figures a correct audit of the generated mbox must report. */
export interface ExpectedFigures {
  messages: number;
  linted: number;
  compliant: number;
  skipped: Record<'auto-reply' | 'internal-only' | 'received', number>;
  unreadable: number;
  rules: Record<string, number>;
  months: Record<string, { linted: number; compliant: number }>;
  senders: Record<string, { linted: number; compliant: number }>;
  units: Record<string, { linted: number; compliant: number }>;
}

export function expectedFigures(options: GenerateOptions): ExpectedFigures {
  const e: ExpectedFigures = { messages: options.messages, linted: 0, compliant: 0, skipped: { 'auto-reply': 0, 'internal-only': 0, received: 0 }, unreadable: 0, rules: {}, months: {}, senders: {}, units: {} };
  for (let i = 0; i < options.messages; i++) {
    const p = planMessage(i, options);
    if (p.kind === 'malformed') e.unreadable++;
    else if (p.kind !== 'sent') e.skipped[p.kind]++;
    else {
      const complies = !p.defects.some((d) => errorDefects.includes(d));
      e.linted++;
      if (complies) e.compliant++;
      for (const d of p.defects) e.rules[d] = (e.rules[d] ?? 0) + 1;
      for (const [map, key] of [[e.months, p.month], [e.senders, p.staff.address], [e.units, p.staff.unit]] as const) {
        const t = (map[key] ??= { linted: 0, compliant: 0 });
        t.linted++;
        if (complies) t.compliant++;
      }
    }
  }
  return e;
}

export function unitsMap(): Record<string, string> {
  return Object.fromEntries(staff.map((s) => [s.address, s.unit]));
}

/** The mbox as a stream of ~1 MB Buffers, generated on the fly (nothing held but one chunk). */
export function mboxChunks(options: GenerateOptions): AsyncIterable<Buffer> & Iterable<Buffer> {
  function* chunks(): Generator<Buffer> {
    let pending: string[] = [];
    let size = 0;
    for (let i = 0; i < options.messages; i++) {
      const p = planMessage(i, options);
      const entry = toMboxEntry(renderMessage(p, options), p.kind === 'received' ? p.client.address : p.staff.address, p.date);
      pending.push(entry);
      size += entry.length;
      if (size >= 1 << 20) {
        yield Buffer.from(pending.join(''), 'latin1');
        pending = [];
        size = 0;
      }
    }
    if (pending.length) yield Buffer.from(pending.join(''), 'latin1');
  }
  const iterable = {
    [Symbol.iterator]: chunks,
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks()) yield chunk;
    },
  };
  return iterable;
}

export function mboxStream(options: GenerateOptions): Readable {
  return Readable.from(mboxChunks(options), { objectMode: false });
}

export async function writeMbox(path: string, options: GenerateOptions): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of mboxChunks(options)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      messages: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'generated.mbox' },
      units: { type: 'string' },
      expected: { type: 'string' },
    },
  });
  const options: GenerateOptions = { messages: Number(values.messages), seed: Number(values.seed) };
  await writeMbox(values.out!, options);
  if (values.units) await writeFile(values.units, `${JSON.stringify(unitsMap(), null, 2)}\n`);
  if (values.expected) await writeFile(values.expected, `${JSON.stringify(expectedFigures(options), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
