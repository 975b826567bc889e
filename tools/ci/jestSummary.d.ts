// Types for jestSummary.js, which stays plain JavaScript so `npm test` runs it with bare node.
export declare const RESULTS_FILE: string;
export declare function summarise(file?: string): { passed: number; failed: number; line: string } | { error: string };
export declare function printSummary(file?: string): number;
