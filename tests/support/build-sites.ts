/**
 * Vitest's global set-up for the tests that read built sites: builds whatever content set is
 * missing before the test files start, so parallel files never race to build the same one.
 */
import { ensureBuilt } from './site';

export default function setup() {
  ensureBuilt('content');
  ensureBuilt('fixtures');
  ensureBuilt('paged');
}
