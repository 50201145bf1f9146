/**
 * Loads a folder of YAML entries (incidents, talks events), one file per entry, the file name
 * being the id: content/incidents/<id>.yaml, Astro's glob() convention. Each file is validated
 * once, with the collection's schema, and what the schema returns is stored as it is, so Astro
 * does not validate it again. Not glob() itself: its YAML errors name the file relative to
 * src/content, carry a stack trace and stop at the first bad file, where an editor needs
 * "file, entry, field: problem" for every file at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ENTRY_FILE, validateEntries } from '../lib/content-errors';

export function yamlEntries<S extends z.ZodType<{ id: string }>>(dir: string, schema: S): Loader {
  return {
    name: 'yaml-entries',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const folder = fileURLToPath(new URL(dir.endsWith('/') ? dir : `${dir}/`, config.root)).replace(/\/$/, '');
      const sync = async () => {
        const names = (await readdir(folder, { withFileTypes: true }))
          .filter((f) => f.isFile() && ENTRY_FILE.test(f.name))
          .map((f) => f.name)
          .sort();
        const read = await Promise.all(
          names.map(async (name) => ({
            file: relative(root, join(folder, name)),
            // In dev a file can go between listing and reading; its own unlink reloads again.
            text: await readFile(join(folder, name), 'utf8').catch((e: NodeJS.ErrnoException) => {
              if (e.code === 'ENOENT') return undefined;
              throw e;
            }),
          })),
        );
        const files = read.filter((f): f is { file: string; text: string } => f.text !== undefined);
        // Throws before the store is touched, so a bad edit in dev leaves the last good content.
        const entries = validateEntries(files, schema);
        store.clear();
        for (const { id, file, data } of entries) store.set({ id, data, filePath: file });
        logger.info(`${entries.length} entries from ${relative(root, folder)}`);
      };
      await sync();
      if (!watcher) return;
      watcher.add(folder);
      const reload = async (path: string) => {
        if (dirname(path) !== folder || !ENTRY_FILE.test(path.slice(folder.length + 1))) return;
        try {
          await sync();
        } catch (e) {
          logger.error(e instanceof Error ? e.message : String(e));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
