/**
 * Types for the parts of untyped packages this site uses, no more: a call the site does not
 * make is not declared, so a new use has to be typed here first.
 */

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** 'bibliography' (CSL styles), 'bibtex', 'ris', 'data' (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void } };
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  /** 0: success; other values say why no unique fragment was found. */
  export const GenerateFragmentStatus: {
    SUCCESS: 0;
    INVALID_SELECTION: 1;
    AMBIGUOUS: 2;
    TIMEOUT: 3;
    EXECUTION_FAILED: 4;
  };
  export interface TextFragment {
    textStart: string;
    textEnd?: string;
    prefix?: string;
    suffix?: string;
  }
  export function generateFragment(
    selection: Selection,
    startTime?: number,
  ): { status: number; fragment?: TextFragment };
}

declare module 'html-metadata' {
  /** Every kind of metadata the page carries, by standard (highwirePress, dublinCore, openGraph, general…). */
  export function parseAll(chtml: unknown): Promise<Record<string, Record<string, unknown>>>;
}

declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js?url' {
  const url: string;
  export default url;
}
