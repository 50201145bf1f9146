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
import ProseLink from './ProseLink.astro';
import ProseCode from './ProseCode.astro';

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

/**
 * How a prose page shows what Markdown writes, in the page's edition: a link to a page of the
 * site leads to the edition's page, and inline code (the downloads' English names) is marked as
 * English.
 */
export const PROSE_ELEMENTS = { a: ProseLink, code: ProseCode };
