/**
 * A figure's caption from the editors' words (content/figures/<id>.yaml) and what the figure shows:
 * the figure decides which optional sentences apply, the words stay the editors'.
 */
import { fillTexts } from './template';
import type { TimelineCaption } from '../schemas/figure';

/** What the timeline's caption says of the chart. */
export interface TimelineFacts {
  /** The chart's first and last years. */
  fromYear: string;
  untilYear: string;
  /** The person whose killing the vertical rule marks, when the chart marks one. */
  keyName?: string | undefined;
  /** How many talks events are older than the chart's first year. */
  eventsOutside: number;
}

/**
 * The timeline's caption: its title with the chart's years, and its text with the sentence on
 * the key killing and the one on earlier talks events where they apply, left out otherwise.
 */
export function timelineCaption(words: TimelineCaption, facts: TimelineFacts, file: string) {
  const source = { file, entry: words.id };
  const sentences = fillTexts(
    { keyIncident: words.keyIncident, eventsOutside: words.eventsOutside },
    { name: facts.keyName ?? '', count: facts.eventsOutside },
    source,
  );
  return fillTexts(
    { title: words.title, text: words.text },
    {
      from: facts.fromYear,
      until: facts.untilYear,
      keyIncident: facts.keyName === undefined ? '' : sentences.keyIncident,
      eventsOutside: facts.eventsOutside > 0 ? sentences.eventsOutside : '',
    },
    source,
  );
}
