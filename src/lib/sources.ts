/** How a source is named wherever it is listed: its kind is part of its name. Pure functions. */
import type { Source } from '../schemas/common';

/**
 * "Reuters, carried by The Japan News"; "UNN, reporting Reuters"; "Kremlin (official
 * statement)"; "Wikipedia (reference)"; or the outlet alone for an original report.
 */
export function sourceLabel(s: Pick<Source, 'outlet' | 'kind' | 'via'>): string {
  switch (s.kind) {
    case 'agency-copy':
      return `${s.via}, carried by ${s.outlet}`;
    case 'secondary':
      return `${s.outlet}, reporting ${s.via}`;
    case 'official':
      return `${s.outlet} (official statement)`;
    case 'reference':
      return `${s.outlet} (reference work)`;
    default:
      return s.outlet;
  }
}
