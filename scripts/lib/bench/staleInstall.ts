/** The part of an npm lockfile (package-lock.json, or node_modules/.package-lock.json) read here. */
export interface Lockfile {
  packages: Record<string, { version?: string }>;
}

/** A package installed at another version than the project's lockfile names. */
export interface StalePackage {
  path: string;
  installed: string;
  locked: string;
}

/**
 * The packages whose installed version (npm's record in node_modules/.package-lock.json) is not
 * the one package-lock.json names. A benchmark run on such an install measures other code than the
 * commit's. Packages not installed at all are left out: npm skips optional ones for other platforms.
 * @example staleInstall(lock, installed) // [{ path: 'node_modules/some-lib', installed: '1.0.0', locked: '2.0.0' }]
 */
export function staleInstall(locked: Lockfile, installed: Lockfile): StalePackage[] {
  const stale: StalePackage[] = [];
  for (const [path, { version }] of Object.entries(locked.packages)) {
    // '' is the project itself.
    const present = installed.packages[path]?.version;
    if (path === '' || !version || !present || present === version) continue;
    stale.push({ path, installed: present, locked: version });
  }
  return stale;
}
