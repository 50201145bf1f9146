/**
 * Where each edition stands against the English: every translated piece that is missing, or
 * that was made from an older English text (its `translatedFrom` differs from the English
 * text's version now). Prints a list; changes nothing unless asked.
 *
 *   npm run translations                       list what is missing or stale, per edition
 *   npm run translations -- --stamp ru/incidents/darya-dugina
 *                                              record that this translation now matches the English
 *   npm run translations -- --stamp-all ru     the same for every translated piece of an edition
 *
 * Stamp a piece only after its translation has been brought up to date with the English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  CONTENT,
  readExplainerSections,
  readFigureCaptions,
  readIncidents,
  readPeaceTalksSections,
  readProsePages,
  readSnippets,
  readTalksEvents,
  readTranslations,
} from '../tests/support/content.ts';
import {
  MDX_TEXT_FIELDS,
  captionText,
  incidentText,
  mdxText,
  sectionText,
  talksEventText,
  textVersion,
} from '../src/lib/translation.ts';
import { TRANSLATED_LOCALES } from '../src/i18n/locales.ts';

const dir = process.env['CONTENT_DIR'] ?? CONTENT;

/** The English version of every piece, by "<kind>/<id>". */
const english = new Map<string, string>();
for (const i of readIncidents(dir)) english.set(`incidents/${i.id}`, textVersion(incidentText(i)));
for (const e of readTalksEvents(dir)) english.set(`talks-events/${e.id}`, textVersion(talksEventText(e)));
for (const c of readFigureCaptions(dir).values()) english.set(`figures/${c.id}`, textVersion(captionText(c)));
for (const s of readExplainerSections(dir)) english.set(`explainer/${s.id}`, textVersion(sectionText(s, s.body)));
for (const s of readPeaceTalksSections(dir)) english.set(`peace-talks/${s.id}`, textVersion(sectionText(s, s.body)));
for (const p of readProsePages(dir))
  english.set(`pages/${p.id}`, textVersion(mdxText(p, MDX_TEXT_FIELDS.pages, p.body)));
for (const s of readSnippets(dir)) english.set(`snippets/${s.id}`, textVersion(mdxText(s, [], s.body)));

/** Writes `translatedFrom: <version>` into a translation file, replacing any it had. */
function stamp(file: string, version: string) {
  const text = readFileSync(file, 'utf8');
  const line = `translatedFrom: "${version}"`;
  if (/^translatedFrom: .*$/m.test(text)) writeFileSync(file, text.replace(/^translatedFrom: .*$/m, line));
  else if (file.endsWith('.mdx')) writeFileSync(file, text.replace(/^---\n/, `---\n${line}\n`));
  else {
    // After the file's opening comment lines, so the comment stays first.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => !l.startsWith('#'));
    lines.splice(at, 0, line);
    writeFileSync(file, lines.join('\n'));
  }
}

const args = process.argv.slice(2);
const stampOne = args.indexOf('--stamp');
const stampAll = args.indexOf('--stamp-all');
for (const locale of TRANSLATED_LOCALES) {
  const translated = readTranslations(locale, dir);
  const lines: string[] = [];
  for (const [key, version] of english) {
    const t = translated.get(key);
    const name = `${locale}/${key}`;
    if (stampAll >= 0 && args[stampAll + 1] === locale && t) stamp(t.file, version);
    else if (stampOne >= 0 && args[stampOne + 1] === name && t) stamp(t.file, version);
    else if (!t) lines.push(`  missing  ${name}  (shown in English until translated)`);
    else if (t.data['translatedFrom'] !== version)
      lines.push(
        `  stale    ${name}  (${t.file}: translatedFrom ${String(t.data['translatedFrom'] ?? 'none')}, English now ${version})`,
      );
  }
  console.log(`${locale}: ${translated.size} translated pieces, ${lines.length} missing or stale`);
  for (const l of lines) console.log(l);
}
// Names shown from the data come from the glossary; one it lacks is shown in English meanwhile.
const glossary = new Set((parse(readFileSync(`${dir}/glossary.yaml`, 'utf8')) as { en: string }[]).map((g) => g.en));
const unnamed = [
  ...new Set(readIncidents(dir).flatMap((i) => [i.person.name, i.place.locality, i.place.region])),
].filter((n) => !glossary.has(n));
console.log(`glossary: ${unnamed.length} name(s) shown from the data are missing from ${dir}/glossary.yaml`);
for (const n of unnamed) console.log(`  ${n}`);

if (stampOne >= 0 || stampAll >= 0) console.log('Stamped. Run again to see what is left.');
