/**
 * The framework apps of test/frameworks/ (test/frameworks/build.mjs: the package packed, installed and each app bundled
 * and server-rendered), for frameworks.spec.mjs. Built once per run: with several engines (run.mjs, one process each)
 * the parent builds them while the engines' processes start, and each process reads what it built (FOW_FRAMEWORK_APPS,
 * a JSON file) when its first framework test runs; a process of its own builds them itself.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The framework app tests' names start so. */
export const FRAMEWORK_TESTS = 'frameworks: the';

/** Whether the name filter of the run selects a framework app test (the apps are built only then). */
export const appsWanted = (filter) => !filter || FRAMEWORK_TESTS.includes(filter) || filter.startsWith(FRAMEWORK_TESTS) || filter.startsWith('frameworks');

/**
 * In the parent of the engines' processes: starts the build and returns `{ file, log, remove }`; `file` (for
 * FOW_FRAMEWORK_APPS) gets `{ dir, apps, seconds }` or `{ error }` once it ends, `log` resolves to a line for the report.
 */
export async function startSharedBuild() {
  const holder = await mkdtemp(join(tmpdir(), 'fow-apps-'));
  const file = join(holder, 'apps.json');
  let removeBuild = () => {};
  const write = async (data) => {
    // Whole or not at all: a process polling for the file never reads half of it.
    await writeFile(`${file}.part`, JSON.stringify(data));
    await rename(`${file}.part`, file);
  };
  const log = (async () => {
    try {
      const { buildApps } = await import('../frameworks/build.mjs');
      const result = await buildApps();
      removeBuild = result.remove;
      await write({ dir: result.dir, apps: result.apps, seconds: result.seconds });
      return `frameworks: ${result.apps.length} apps packed, installed and built in ${result.seconds.toFixed(1)} s, once for every engine`;
    } catch (error) {
      await write({ error: error?.stack ?? String(error) });
      return `frameworks: the apps did not build: ${error?.message ?? error}`;
    }
  })();
  return {
    file,
    log,
    async remove() {
      await log;
      removeBuild();
      await rm(holder, { recursive: true, force: true });
    },
  };
}

/** In an engine's process: `{ dir, apps }`, as the parent built them (waited for), or built here. */
export async function frameworkApps() {
  const file = process.env.FOW_FRAMEWORK_APPS;
  if (!file) {
    const { buildApps } = await import('../frameworks/build.mjs');
    const result = await buildApps();
    console.log(`frameworks: ${result.apps.length} apps packed, installed and built in ${result.seconds.toFixed(1)} s`);
    process.once('exit', result.remove);
    return result;
  }
  // The build takes seconds and the framework tests come late in the run: it is nearly always done already.
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      const data = JSON.parse(await readFile(file, 'utf8'));
      if (data.error) throw new Error(`the framework apps did not build:\n${data.error}`);
      return data;
    } catch (error) {
      if (error?.code !== 'ENOENT') throw error;
    }
    if (Date.now() > deadline) throw new Error(`the framework apps were not built within 180 s (${file})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
