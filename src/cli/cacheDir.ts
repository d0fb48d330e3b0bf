import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the command line keeps its code cache (src/node/codeCache.ts): $NEWS_LENS_CODE_CACHE (a folder, or
 * "off" for none), else the user's cache folder: $XDG_CACHE_HOME/news-lens or ~/.cache/news-lens,
 * ~/Library/Caches/news-lens on macOS, %LOCALAPPDATA%\news-lens\Cache on Windows.
 */
export function cliCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string | null {
  const set = env.NEWS_LENS_CODE_CACHE;
  if (set) return /^(off|0|false|no)$/i.test(set) ? null : path.resolve(set);
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'news-lens', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'news-lens');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'news-lens');
}
