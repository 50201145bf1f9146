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

/**
 * `dir` is one folder (ids are the file names), or a folder and the subfolders to read from it,
 * each entry's id then being "<subfolder>/<file name>" (the translations: "ru/incidents/<id>").
 */
export function yamlEntries<S extends z.ZodType<{ id: string }>>(
  dir: string,
  schema: S,
  subfolders: readonly string[] = [''],
): Loader {
  return {
    name: 'yaml-entries',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const base = fileURLToPath(new URL(dir.endsWith('/') ? dir : `${dir}/`, config.root)).replace(/\/$/, '');
      const folders = subfolders.map((sub) => ({ sub, folder: sub ? join(base, sub) : base }));
      const readFolder = async ({ sub, folder }: { sub: string; folder: string }) => {
        const names = (
          await readdir(folder, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
            // A translation folder that does not exist yet simply has no entries.
            if (e.code === 'ENOENT' && sub) return [];
            throw e;
          })
        )
          .filter((f) => f.isFile() && ENTRY_FILE.test(f.name))
          .map((f) => f.name)
          .sort();
        const read = await Promise.all(
          names.map(async (name) => ({
            sub,
            file: relative(root, join(folder, name)),
            // In dev a file can go between listing and reading; its own unlink reloads again.
            text: await readFile(join(folder, name), 'utf8').catch((e: NodeJS.ErrnoException) => {
              if (e.code === 'ENOENT') return undefined;
              throw e;
            }),
          })),
        );
        return read.filter((f): f is { sub: string; file: string; text: string } => f.text !== undefined);
      };
      const sync = async () => {
        const files = (await Promise.all(folders.map(readFolder))).flat();
        // Throws before the store is touched, so a bad edit in dev leaves the last good content.
        const entries = validateEntries(files, schema);
        store.clear();
        const subOf = new Map(files.map((f) => [f.file, f.sub]));
        for (const { id, file, data } of entries) {
          const sub = subOf.get(file);
          store.set({ id: sub ? `${sub}/${id}` : id, data, filePath: file });
        }
        logger.info(`${entries.length} entries from ${relative(root, base) || '.'}`);
      };
      await sync();
      if (!watcher) return;
      for (const { folder } of folders) watcher.add(folder);
      const reload = async (path: string) => {
        if (!folders.some(({ folder }) => dirname(path) === folder) || !ENTRY_FILE.test(path.split('/').at(-1) ?? ''))
          return;
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
