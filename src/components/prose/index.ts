/**
 * The tags editors may use in MDX prose (content/pages, content/snippets) without importing
 * them: values the site knows when it is built, and the tables and glossaries made from the
 * data. Each renders exactly what its name says, so a translation keeps the tag and moves it.
 */
import AsOf from './AsOf.astro';
import Codebook from './Codebook.astro';
import Contradictions from './Contradictions.astro';
import DataLicence from './DataLicence.astro';
import DataVersion from './DataVersion.astro';
import Glossary from './Glossary.astro';
import LastUpdated from './LastUpdated.astro';
import ListSeparator from './ListSeparator.astro';
import SiteName from './SiteName.astro';
import Vocabularies from './Vocabularies.astro';

export const PROSE_COMPONENTS = {
  AsOf,
  Codebook,
  Contradictions,
  DataLicence,
  DataVersion,
  Glossary,
  LastUpdated,
  ListSeparator,
  SiteName,
  Vocabularies,
};
