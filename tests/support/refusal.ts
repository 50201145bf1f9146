/** What an editor is told when content is refused. */
import { ContentError } from '../../src/lib/content-errors';

/** Runs a step that must refuse the content and returns its editor's message; anything else fails the test. */
export function refusal(step: () => unknown): string {
  try {
    step();
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error('expected the content to be refused');
}
