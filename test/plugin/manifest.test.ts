/**
 * plugin.manifest.json is the single source of what a host relies on: it agrees with
 * package.json, names an entry point that exists, and no source file or view repeats its paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as entryPoint from '../../src/index';
import { manifest } from '../../src/manifest';
import { packageRoot } from '../../src/package-root';

const root = packageRoot();
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  bin: Record<string, string>;
};

function filesUnder(directory: string, extensions: string[]): string[] {
  return fs.readdirSync(directory, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && extensions.includes(path.extname(entry.name)) ? [file] : [];
  });
}

describe('the plugin manifest', () => {
  it('has the name and version of the package', () => {
    expect(manifest.name).toBe(packageJson.name);
    expect(manifest.version).toBe(packageJson.version);
  });

  it('names the package entry point, which exports the factory', () => {
    expect(manifest.entryPoint.module).toBe(packageJson.main);
    const source = path.join(root, manifest.entryPoint.module.replace(/^dist\//, ''));
    expect(fs.existsSync(source.replace(/\.js$/, '.ts'))).toBe(true);

    const exported = (entryPoint as Record<string, unknown>)[manifest.entryPoint.export];
    expect(typeof exported).toBe('function');
  });

  it('names a migration command the package provides, and a prefixed migrations table', () => {
    const command = manifest.migrations.command.replace(/^npx /, '');

    expect(Object.keys(packageJson.bin)).toContain(command);
    expect(manifest.migrations.tableName.startsWith(manifest.tablePrefix)).toBe(true);
  });

  it('is the only place that writes the sign-in, metadata, ACS, mount and health paths', () => {
    const sso = manifest.sso;
    const paths = [sso.loginPath, sso.metadataPath, sso.assertionConsumerPath];
    // Short paths are looked for only as whole string literals, where code would repeat them.
    const literals = [manifest.mountPath, manifest.healthPath].flatMap((p) =>
      ["'", '"', '`'].map((quote) => `${quote}${p}${quote}`),
    );
    const files = [
      ...filesUnder(path.join(root, 'src'), ['.ts']),
      ...filesUnder(path.join(root, 'views'), ['.hbs']),
    ];

    const repeating = files.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [...paths, ...literals].some((fact) => text.includes(fact));
    });

    expect(repeating.map((file) => path.relative(root, file))).toEqual([]);
  });
});
