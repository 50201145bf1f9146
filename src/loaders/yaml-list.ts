/**
 * Loads a YAML list of entries (incidents, talks events) and validates it before Astro
 * does, so an editor's mistake is reported as "file, entry, field: problem" for every
 * mistake at once, instead of one terse schema dump per build.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, describeYamlError, validateList } from '../lib/content-errors';

export function yamlList<S extends z.ZodType<{ id: string }>>(path: string, schema: S): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const url = new URL(path, config.root);
      const file = relative(fileURLToPath(config.root), fileURLToPath(url));
      const text = await readFile(url, 'utf8');
      let raw: unknown;
      try {
        raw = parse(text);
      } catch (e) {
        const problem = describeYamlError(file, e);
        throw problem ? new ContentError([problem]) : e;
      }
      const entries = validateList(raw, schema, file);
      store.clear();
      for (const [i, entry] of entries.entries()) {
        const data = await parseData({
          id: entry.id,
          data: (raw as Record<string, unknown>[])[i] ?? {},
          filePath: file,
        });
        store.set({ id: entry.id, data, filePath: file });
      }
      logger.info(`${entries.length} entries from ${file}`);
      watcher?.add(fileURLToPath(url));
    },
  };
}
