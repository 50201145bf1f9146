/** Where content lives; tests point this at fixtures to prove that bad content fails the build. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
