// Types for score.mjs (the scorer is plain ESM so that it runs with `node` alone).
export declare const RULE_IDS: string[];
export interface Expectation {
  profile: string;
  fires: string[];
  template?: boolean;
  from?: string;
  to?: string | string[];
  internalDomain?: string;
}
export interface RuleScore {
  met: number;
  total: number;
  shouldFire: number;
  fired: number;
  misses: { file: string; error?: string }[];
  falseAlarms: { file: string; messages: { line: number; column: number; severity: number; message: string }[] }[];
}
export interface ScoreResult {
  overall: { met: number; total: number; percent: number; firingExpectations: number; firingMet: number };
  perRule: Record<string, RuleScore>;
  files: { file: string; profile: string; expected: string[]; actual: string[]; ok: boolean }[];
  unknownRules: { file: string; ruleId: string; message: string; line: number }[];
  errors: { file: string; error: string }[];
}
export declare function loadExpectations(file?: string): Record<string, Expectation>;
export declare function score(opts?: { root?: string; only?: string[] }): ScoreResult;
export declare function formatReport(result: ScoreResult): string;
