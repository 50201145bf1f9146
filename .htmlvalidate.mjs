// html-validate's configuration for the HTML validity gate (tests/gates/validity.ts):
// the recommended and document presets, errors only where a reader or a tool would notice.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Same-origin files need no integrity hash; anything cross-origin is banned anyway.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Titles are "Page | Site name"; the page part is an editorial choice, not a validity one.
    'long-title': 'off',
    // HTML allows ids that start with a digit ("58-not-59", slugged from headings).
    'valid-id': ['error', { relaxed: true }],
    // A focusable <div role="region" aria-label> is the accessible pattern for a table that
    // scrolls on its own (src/lib/rehype-table-scroll.ts); it is not a thematic <section>.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // A group of checkboxes for one facet shares its name, as a group of radios does.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // The incident filters apply each change at once and exist only when scripting is on
    // (src/components/data/IncidentFilters.astro); there is nothing to submit.
    'wcag/h32': 'off',
  },
});
