import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

describe('escalating-phrase', () => {
  // [name, content, actual, column, advice?]
  const invalid: Array<[string, string, string, number, string?]> = [
    ['Nusiraminkite (000 annex 20)', 'Nusiraminkite ir perskaitykite dar kartą.', 'Nusiraminkite', 1, 'Gal galite ramiai paaiškinti'],
    ['Turite, privalote (annex 21)', 'Jūs turite, privalote atvykti.', 'turite, privalote', 5],
    ['privalote alone', 'Jūs privalote atvykti rytoj.', 'privalote', 5, 'Prašome'],
    ['turite + infinitive', 'Jūs turite pateikti pažymą.', 'turite pateikti', 5, 'Prašome'],
    ['turite + adverb + infinitive', 'Turite būtinai kreiptis į skyrių.', 'Turite būtinai kreiptis', 1],
    ['Kodėl nesikreipėte anksčiau (annex 22)', 'Kodėl nesikreipėte anksčiau?', 'Kodėl nesikreipėte anksčiau', 1, 'Ačiū, kad kreipėtės.'],
    ['Jūs nesuprantate, any case (annex 23)', 'JŪS NESUPRANTATE esmės.', 'JŪS NESUPRANTATE', 1],
    ['Jūs nesupratote (inflection)', 'Matyt, Jūs nesupratote mūsų rašto.', 'Jūs nesupratote', 8],
    ['Jūs nepasakėte', 'Jūs nepasakėte savo adreso.', 'Jūs nepasakėte', 1],
    ['Slepiate (annex 24)', 'Atrodo, kad slepiate informaciją.', 'slepiate', 13],
    ['Aš įsitikinusi, kad Jūs (annex 25, missing in SPEC)', 'Aš įsitikinusi, kad Jūs tai žinojote.', 'įsitikinusi, kad Jūs', 4, 'Ar teisingai supratau'],
    ['Esu įsitikinęs, kad jūs', 'Esu įsitikinęs, kad jūs klystate.', 'įsitikinęs, kad jūs', 5],
    ['Nešaukite ant manęs (annex 26)', 'Nešaukite ant manęs.', 'Nešaukite ant manęs', 1],
    ['Negalime (annex 27)', 'Deja, negalime to padaryti.', 'negalime', 7, 'Sakykite, ką galime padaryti.'],
    ['neišeina', 'Taip neišeina.', 'neišeina', 6],
    ['nežinome', 'Mes nežinome, kada bus.', 'nežinome', 5],
    ['nedarome (annex 28)', 'Tokių pažymų nedarome.', 'nedarome', 14],
    ['Kaip Jūs galite to nežinoti (002 §3.4.2)', 'Kaip Jūs galite to nežinoti?', 'Kaip Jūs galite to nežinoti', 1],
    ['Ar dar neaišku', 'Ar dar neaišku?', 'Ar dar neaišku', 1, 'Ar viskas aišku?'],
    ['Kiek galima Jums kartoti', 'Kiek galima Jums kartoti tą patį?', 'Kiek galima Jums kartoti', 1],
    ['Pas mus tokia tvarka', 'Pas mus tokia tvarka.', 'Pas mus tokia tvarka', 1],
    ['tai ne mano klaida (telephone annex 13)', 'Bet tai ne mano klaida.', 'tai ne mano klaida', 5],
    ['aš tuo neužsiimu', 'Aš tuo neužsiimu.', 'Aš tuo neužsiimu', 1],
    ['aš to nežinau', 'Aš to nežinau.', 'Aš to nežinau', 1],
    ['Kalbėkite aiškiau (002 §3.3)', 'Rašykite aiškiau.', 'Rašykite aiškiau', 1],
    ['decomposed letters (NFC)', 'Deja, nez\u030cinome.', 'nežinome', 7],
  ];
  it.each(invalid)('%s', (_name, content, actual, column, advice) => {
    const messages = only('escalating-phrase', letter(content));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'escalating-phrase', severity: 1, line: 3, column, actual });
    expect(messages[0]!.reason).toContain(actual);
    if (advice) expect(messages[0]!.expected?.[0]).toContain(advice);
  });

  it('a phrase over a line break is found', () => {
    const [message] = only('escalating-phrase', letter('Manau, kad Jūs\nnesuprantate.'));
    expect(message).toMatchObject({ line: 3, column: 12, endLine: 4 });
  });

  it('each occurrence is reported', () => {
    expect(only('escalating-phrase', letter('Negalime. Neišeina. Nežinome.'))).toHaveLength(3);
  });

  const valid: Array<[string, string]> = [
    ['jei turite klausimų', letter('Jei turite klausimų, skambinkite.')],
    ['turite teisę', letter('Jūs turite teisę apskųsti sprendimą.')],
    ['turite, kad…', letter('Jei turite, kad ir nedaug, informacijos, rašykite.')],
    ['nesuprantate alone (an offer of help)', letter('Jei ko nors nesuprantate, skambinkite.')],
    ['negalima (impersonal)', letter('Šio dokumento pakeisti negalima.')],
    ['galime', letter('Galime tai padaryti rytoj.')],
    ['nusiraminti as advice', letter('Rekomenduojame nusiraminti.')],
    ['Jūs ir nesuprantate in separate sentences', letter('Ačiū, Jūs. Nesuprantate? Skambinkite.')],
    ['quoted client text', letter('Ačiū už laišką.') + '\n\n> Jūs nesuprantate! Negalime taip gyventi.'],
    ['in a URL', letter('Žr. https://e.lt/negalime-nezinome.')],
    ['in a URL in capitals', letter('Žr. WWW.E.LT/NEGALIME-NEZINOME ir HTTPS://E.LT/NUSIRAMINKITE.')],
    ['polite alternatives from the standard', letter('Aš suprantu Jūsų nepasitenkinimą. Ar teisingai supratau, kad norite gauti pažymą?')],
  ];
  it.each(valid)('not: %s', (_name, body) => {
    expect(ids(body)).not.toContain('escalating-phrase');
  });

  it('Latvian lexicon', () => {
    const [message] = only('escalating-phrase', 'Labdien!\n\nLūdzu, nomierinieties.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' });
    expect(message).toMatchObject({ actual: 'nomierinieties' });
    expect(message?.reason).toContain('Konfliktu saasinoša frāze');
  });
});

describe('escalating-phrase: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'escalating-phrase' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(500_000), 'a'.repeat(1_000_000), ':'.repeat(1_000_000), ':) '.repeat(300_000), '1'.repeat(1_000_000), '123456-'.repeat(150_000), '😀'.repeat(300_000), 'nu, '.repeat(200_000), 'jūs '.repeat(200_000), '<'.repeat(1_000_000), '^'.repeat(1_000_000), '\u200D'.repeat(500_000), '33309240064 '.repeat(80_000)]) {
      const messages = withinBound(3000, () => only('escalating-phrase', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});
