/**
 * The "Link to this passage" control that appears beside selected words in a piece
 * (src/scripts/passage-links.ts). Its own small area: the script that shows it carries these
 * strings to the browser, and nothing else of the dictionaries.
 */
import { defineStrings } from '../strings';

export default defineStrings(
  {
    link: 'Link to this passage',
    copied: 'Link to the passage copied',
    /** When no short run of words picks the passage out: the piece's own link is copied instead. */
    fallback: 'These words cannot be linked on their own: the link to the whole piece was copied',
  },
  {
    ru: {
      link: 'Ссылка на этот фрагмент',
      copied: 'Ссылка на фрагмент скопирована',
      fallback: 'На эти слова отдельно сослаться нельзя: скопирована ссылка на весь материал',
    },
    uk: {
      link: 'Посилання на цей фрагмент',
      copied: 'Посилання на фрагмент скопійовано',
      fallback: 'На ці слова окремо послатися не можна: скопійовано посилання на весь матеріал',
    },
  },
);
