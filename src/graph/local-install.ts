import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../config.ts';

/** What the local database needs on this machine, and how to get it. */

export const neo4jDir = path.join(projectRoot, 'neo4j');
export const neo4jLibDir = path.join(neo4jDir, 'lib');
const pomFile = path.join(neo4jDir, 'pom.xml');
const markerName = '.pom-sha256';

/** Something the local database needs is not installed; the message says what to install. */
export class MissingPrerequisiteError extends Error {
  override readonly name = 'MissingPrerequisiteError';
}

const orRemote =
  'or point NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) at an existing Neo4j server instead of the local one';

export interface JavaRuntime {
  command: string;
  major: number;
}

/** The `java` to run Neo4j with: $JAVA_HOME/bin/java if set, else the one on PATH; must be 17 or later. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const javaHome = env['JAVA_HOME'];
  const command = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(command, ['-version'], { encoding: 'utf8', env });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new MissingPrerequisiteError(
      `the local Neo4j database needs Java 17 or later, and ${javaHome ? `${command} (from JAVA_HOME) could not be run` : 'no `java` was found on PATH'}. ` +
        `Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), ${orRemote}.`,
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const first = Number(version?.[1] ?? 0);
  const major = first === 1 ? Number(version?.[2] ?? 0) : first;
  if (major < 17) {
    throw new MissingPrerequisiteError(
      `the local Neo4j database needs Java 17 or later; ${command} is Java ${major || 'of unknown version'}. ` +
        `Install Java 17 (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) and set JAVA_HOME to it, ${orRemote}.`,
    );
  }
  return { command, major };
}

function findMaven(): string {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new MissingPrerequisiteError(
      'the Neo4j jars are not fetched yet, and fetching them needs Maven, but no `mvn` is on PATH. ' +
        `Install it (Debian/Ubuntu: apt-get install maven), ${orRemote}.`,
    );
  }
  return 'mvn';
}

/** True when neo4j/lib holds the jars of the current neo4j/pom.xml. */
export async function jarsAreCurrent(): Promise<boolean> {
  const marker = path.join(neo4jLibDir, markerName);
  if (!existsSync(marker)) return false;
  return (await readFile(marker, 'utf8')).trim() === (await pomHash());
}

/**
 * Copies Neo4j's jars into neo4j/lib through Maven unless they match the pom already. Maven runs
 * offline first (the local repository usually has everything after one fetch), then online with
 * progress. The jars land in a private directory that replaces lib/ whole, so an interrupted or
 * concurrent fetch never leaves a mixed classpath.
 */
export async function ensureNeo4jJars(log: (line: string) => void): Promise<'present' | 'fetched'> {
  if (await jarsAreCurrent()) return 'present';
  const mvn = findMaven();
  const partial = path.join(neo4jDir, `lib.partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const base = ['-B', '-Dstyle.color=never', '-f', pomFile, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`];
    const offline = await runMaven(mvn, ['-o', '-q', ...base], () => {});
    if (!offline.ok) {
      log('Fetching the Neo4j jars from Maven Central (first start only; about 125 MB)…');
      const online = await runMaven(mvn, base, log);
      if (!online.ok) {
        throw new Error(`Maven could not fetch the Neo4j jars (exit ${online.code}):\n${online.tail.join('\n')}`);
      }
    }
    await writeFile(path.join(partial, markerName), `${await pomHash()}\n`);
    if (await jarsAreCurrent()) return 'present'; // another process finished first
    await rm(neo4jLibDir, { recursive: true, force: true });
    try {
      await rename(partial, neo4jLibDir);
    } catch (error) {
      if (!(await jarsAreCurrent())) throw error; // else a concurrent fetch put the same jars there
    }
    log(`Neo4j jars ready in ${path.relative(process.cwd(), neo4jLibDir) || neo4jLibDir}`);
    return 'fetched';
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

interface MavenRun {
  ok: boolean;
  code: number | null;
  tail: string[];
}

/** Runs Maven, turning its per-file download lines into a running count of files and bytes. */
function runMaven(mvn: string, args: string[], log: (line: string) => void): Promise<MavenRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let files = 0;
    let bytes = 0;
    let lastReport = Date.now();
    const report = () => `  … ${files} file${files === 1 ? '' : 's'}, ${(bytes / 1e6).toFixed(1)} MB downloaded`;
    const onLine = (raw: string): void => {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
      tail.push(line);
      if (tail.length > 30) tail.shift();
      const downloaded = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (downloaded === null) return;
      files += 1;
      bytes += Number(downloaded[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[downloaded[2] as 'B'] ?? 1);
      if (Date.now() - lastReport >= 5000) {
        lastReport = Date.now();
        log(report());
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', reject);
    child.on('close', (code) => {
      if (files > 0) log(report());
      resolve({ ok: code === 0, code, tail });
    });
  });
}

async function pomHash(): Promise<string> {
  return createHash('sha256').update(await readFile(pomFile)).digest('hex');
}
